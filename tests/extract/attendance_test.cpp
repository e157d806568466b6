// Attendance (extract/stages/attendance.cpp) and the meetings it names
// (attended-meeting-of in extract/stages/named_phrases.cpp), with sentences of their own.
#include <doctest/doctest.h>

#include "tests/extract/extract_test_support.h"

using kg::EntityType;
using kg::RelationType;
using kg_test::entity;
using kg_test::relation;
using kg_test::run;

namespace {
// every one of `people` attended `event`
void check_attended(const kg::DocumentExtraction& x, const char* event, std::initializer_list<const char*> people) {
    for (const char* who : people) CHECK_MESSAGE(relation(x, RelationType::Attended, who, event), who);
}
}  // namespace

TEST_SUITE("extract attendance") {

TEST_CASE("attended-meeting-of: 'attended the informal meeting of <group with a known name>' names an event") {
    const auto x = run("Foreign Minister Anna Lindqvist attended the extraordinary meeting of OSCE Ministers of Trade "
                       "in Vienna on 3 March.");
    CHECK(entity(x, EntityType::Event, "extraordinary meeting of OSCE Ministers of Trade"));
    CHECK(relation(x, RelationType::Attended, "Anna Lindqvist", "extraordinary meeting of OSCE Ministers of Trade"));
}

TEST_CASE("every person of the subject's list attends: 'Minister A and Minister B attended', 'A, B, and C hosted'") {
    const auto x = run("Release\n\nMinister Ishaq Dar and Minister Hakan Fidan attended the 15th Islamic Summit in "
                       "Banjul.");
    CHECK(relation(x, RelationType::Attended, "Ishaq Dar", "15th Islamic Summit"));
    CHECK(relation(x, RelationType::Attended, "Hakan Fidan", "15th Islamic Summit"));
    const auto y = run("Release\n\nMr. Tom Hale, Ms. Ana Silva, and Secretary Mia Berg hosted the G20 Summit.");
    for (const char* who : {"Tom Hale", "Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(y, RelationType::Attended, who, "G20 Summit"), who);
    // a comma alone next to the subject lists nobody
    const auto z = run("Release\n\nAfter meeting Tom Hale, Foreign Minister Hakan Fidan attended the G20 Summit.");
    CHECK(relation(z, RelationType::Attended, "Hakan Fidan", "G20 Summit"));
    CHECK_FALSE(relation(z, RelationType::Attended, "Tom Hale", "G20 Summit"));
}

TEST_CASE("a spaced dash between two countries belongs to a meeting's name: 'the 5th Viet Nam \u2013 Australia Foreign Ministers' Meeting'") {
    const auto x = run("Release\n\nOn 3 June 2024, in Ha Noi, Deputy Prime Minister Tom Hale and Minister Ana Silva "
                       "co-chaired the 5th Viet Nam \u2013 Australia Foreign Ministers' Meeting.");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "5th Viet Nam \u2013 Australia Foreign Ministers' Meeting"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "5th Viet Nam \u2013 Australia Foreign Ministers' Meeting"));
    CHECK_FALSE(entity(x, EntityType::Person, "Ha Noi"));
    // a dash after a word that is no country stays outside the name
    const auto y = run("Release\n\nThe plan \u2013 Australia Foreign Ministers' Meeting was held in Canberra.");
    CHECK_FALSE(entity(y, EntityType::Event, "plan \u2013 Australia Foreign Ministers' Meeting"));
}

TEST_CASE("attended-meeting-of: 'took part in the 31st meeting of the OSCE Ministerial Council', 'The two ministers co-chaired a meeting of the X-Y Joint Committee'") {
    const auto x = run("Release\n\nOn December 5, Minister Tom Hale took part in the 31st meeting of the OSCE Ministerial "
                       "Council in Ta' Qali, Malta.");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "31st meeting of the OSCE Ministerial Council"));
    const auto y = run("Release\n\nForeign Minister Tom Hale held talks with his Hungarian counterpart Ana Silva. The two "
                       "ministers also co-chaired a meeting of the Türkiye-Hungary Joint Economic Committee.");
    for (const char* who : {"Tom Hale", "Ana Silva"})
        CHECK_MESSAGE(relation(y, RelationType::Attended, who, "meeting of the Türkiye-Hungary Joint Economic Committee"),
                      who);
    // a name that ends in a country goes on in lower case: no meeting named
    const auto z = run("Release\n\nAdvisor Tom Hale attended the second meeting of the U.S.-India initiative on "
                       "Critical and Emerging Technology.");
    for (const auto& e : z.entities) CHECK(e.type != EntityType::Event);
}

TEST_CASE("a body that 'was held' is a meeting, attended 'from the Japanese side' by everyone named before the verb") {
    const auto x = run("Release\n\n1. On January 11, the Japan-U.S. Security Consultative Committee (\"2+2\") was held at "
                       "the Department of State in Washington, D.C. Mr. HALE Tom, Minister for Foreign Affairs, and Mr. "
                       "SILVA Ana, Minister of Defense, attended from the Japanese side, and the Honorable Mia Berg, "
                       "Secretary of State, attended from the U.S. side.");
    CHECK(entity(x, EntityType::Event, "Japan-U.S. Security Consultative Committee"));
    for (const char* who : {"Tom Hale", "Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Attended, who, "Japan-U.S. Security Consultative Committee"), who);
    // a committee that is only named stays an organisation
    const auto y = run("Release\n\nThe Japan-U.S. Security Consultative Committee published a statement.");
    CHECK(entity(y, EntityType::Organization, "Japan-U.S. Security Consultative Committee"));
}

TEST_CASE("attended-meeting-of: a meeting of a group with no known name or acronym is not named") {
    const auto x = run("Foreign Minister Anna Lindqvist attended the informal meeting of Regional Mayors.");
    CHECK(!entity(x, EntityType::Event, "informal meeting of Regional Mayors"));
}

TEST_CASE("a title after 'Name,' that a verb follows is the next clause's subject, so 'the Title' still resolves") {
    const auto x = run("Chancellor Greta Holm welcomed OSCE Secretary General Tomas Varga to Vienna.\n\n"
                       "Meeting Finance Minister Jan Berg, the Secretary General outlined the budget. "
                       "The Secretary General also attended the informal meeting of OSCE Ministers of Defence.");
    CHECK(relation(x, RelationType::Attended, "Tomas Varga", "informal meeting of OSCE Ministers of Defence"));
    CHECK(!relation(x, RelationType::Attended, "Jan Berg", "informal meeting of OSCE Ministers of Defence"));
}

TEST_CASE("a configuration of the Council of the EU is a meeting its ministers attend") {
    const auto x = run("Minister for Foreign Affairs Anna Lindqvist attended the General Affairs Council in Luxembourg "
                       "on 22 April.");
    CHECK(entity(x, EntityType::Event, "General Affairs Council"));
    CHECK(!entity(x, EntityType::Organization, "General Affairs Council"));
    CHECK(relation(x, RelationType::Attended, "Anna Lindqvist", "General Affairs Council"));
}

TEST_CASE("'took part in <Event>' is attendance, and 'On the sidelines of <Event>,' before a meeting puts both there") {
    const auto x = run("Foreign Minister Ana Silva took part in the G7 Foreign Ministers' Meeting in Capri.");
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "G7 Foreign Ministers' Meeting"));
    const auto y = run("On the sidelines of the G20 Summit in New Delhi, Prime Minister Hiro Sato held talks with Prime "
                       "Minister Tom Hale.");
    CHECK(relation(y, RelationType::Attended, "Hiro Sato", "G20 Summit"));
    CHECK(relation(y, RelationType::Attended, "Tom Hale", "G20 Summit"));
    // a part taken in something that is not an event, or no part taken
    const auto z = run("Minister Mia Berg took the G20 Summit communique home.");
    CHECK_FALSE(relation(z, RelationType::Attended, "Mia Berg", "G20 Summit"));
}

TEST_CASE("a numbered commission of two sides or a known body is one of its sessions, an event - a numbered unit is not") {
    const auto x = run("Release\n\nForeign Minister Ana Silva and Deputy Prime Minister Tom Hale co-chaired the 11th "
                       "Philippines-Viet Nam Joint Commission on Bilateral Cooperation in Hanoi.");
    CHECK(entity(x, EntityType::Event, "11th Philippines-Viet Nam Joint Commission on Bilateral Cooperation"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "11th Philippines-Viet Nam Joint Commission on Bilateral Cooperation"));
    const auto y = run("Release\n\nPresident Tom Hale addressed the 78th UN General Assembly and thanked the 2nd "
                       "Infantry Division and the 59th Presidential Inaugural Committee.");
    CHECK(entity(y, EntityType::Event, "78th UN General Assembly"));
    CHECK_FALSE(entity(y, EntityType::Event, "2nd Infantry Division"));
    CHECK_FALSE(entity(y, EntityType::Event, "59th Presidential Inaugural Committee"));
}

TEST_CASE("a headline's plural verb ends an event's name on the left: 'A, B Hold 11th Joint Commission'") {
    const auto x = run("Philippines, Viet Nam Hold 11th Joint Commission on Bilateral Cooperation\n\nText.");
    CHECK_FALSE(entity(x, EntityType::Organization, "Viet Nam Hold 11th Joint Commission on Bilateral Cooperation"));
    CHECK_FALSE(entity(x, EntityType::Event, "Viet Nam Hold 11th Joint Commission on Bilateral Cooperation"));
    const auto y = run("United States to Host Ninth Summit of the Americas\n\nText.");
    CHECK(entity(y, EntityType::Event, "Ninth Summit of the Americas"));
}

TEST_CASE("a numbered meeting of a body, or one of a body of two sides, is an event with no verb of attendance") {
    const auto x = run("Release\n\nThe visit will include a meeting of the Polish-Ukrainian Intergovernmental "
                       "Commission for Economic Cooperation. President Tom Hale spoke at the 79th session of the United "
                       "Nations General Assembly on September 24.");
    CHECK(entity(x, EntityType::Event, "meeting of the Polish-Ukrainian Intergovernmental Commission for Economic Cooperation"));
    CHECK(entity(x, EntityType::Organization, "Polish-Ukrainian Intergovernmental Commission for Economic Cooperation"));
    CHECK(entity(x, EntityType::Event, "79th session of the United Nations General Assembly"));
    // no number and no two sides, or an adjective before the meeting: not a name
    const auto y = run("Release\n\nHe is expected to take part later in a ministerial meeting of the Gulf Cooperation "
                       "Council and will then prepare a meeting of the Gulf Cooperation Council.");
    CHECK_FALSE(entity(y, EntityType::Event, "ministerial meeting of the Gulf Cooperation Council"));
    CHECK_FALSE(entity(y, EntityType::Event, "meeting of the Gulf Cooperation Council"));
}

TEST_CASE("the counterparts of a series of meetings on the sidelines of an event attended it - a call did not") {
    const auto x = run("Release\n\nKuala Lumpur, 9 July 2025\n\nForeign Minister Tom Hale held a series of bilateral "
                       "meetings on Tuesday on the sidelines of the 58th ASEAN Foreign Ministers' Meeting in Kuala "
                       "Lumpur.\n\nIn his meeting with Malaysian Foreign Minister Ana Silva, Minister Hale discussed "
                       "trade.\n\nMinister Hale then met separately with Foreign Minister Mia Berg. Later he spoke by "
                       "telephone with Foreign Minister Ian Cole.",
                       "2025-07-09");
    for (const char* who : {"Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Attended, who, "58th ASEAN Foreign Ministers' Meeting"), who);
    CHECK_FALSE(relation(x, RelationType::Attended, "Ian Cole", "58th ASEAN Foreign Ministers' Meeting"));
}

TEST_CASE("guests hosted 'for' a named meeting attended it with their hosts - 'who were visiting to attend' is the guests'") {
    const auto x = run("Release\n\nForeign Secretary Tom Hale hosted Secretary of State Ana Silva and Attorney General "
                       "Mia Berg at the National Palace for the Mexico-US High-Level Security Dialogue.");
    for (const char* who : {"Tom Hale", "Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Attended, who, "Mexico-US High-Level Security Dialogue"), who);
    // preparing for a summit is not attending it
    const auto y = run("Release\n\nPresident Tom Hale welcomed Chancellor Ana Silva to the White House, where the two "
                       "leaders prepared for the NATO Summit in Washington.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", "NATO Summit"));
    const auto z = run("Release\n\nPrime Minister Tom Hale received Minister Ana Silva and Minister Mia Berg, who were "
                       "visiting Japan to attend the 10th Japan-Australia Foreign and Defence Ministerial Consultations.");
    for (const char* who : {"Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(z, RelationType::Attended, who, "10th Japan-Australia Foreign and Defence Ministerial Consultations"), who);
    CHECK_FALSE(relation(z, RelationType::Attended, "Tom Hale", "10th Japan-Australia Foreign and Defence Ministerial Consultations"));
}

TEST_CASE("an attendance list goes back over 'Senator the Hon.' and over the apposition of the person before") {
    const auto x = run("Release\n\nPrime Minister Tom Hale received a courtesy call from Senator the Hon. Ana Silva, "
                       "Minister for Foreign Affairs of Australia, and the Hon. Mia Berg MP, Deputy Prime Minister of "
                       "Australia, who were visiting Japan to attend the 10th Japan-Australia Foreign and Defence "
                       "Ministerial Consultations.");
    for (const char* who : {"Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Attended, who, "10th Japan-Australia Foreign and Defence Ministerial Consultations"), who);
}

TEST_CASE("'The two ministers co-chaired <Event>' after their meeting: everyone at that meeting attended the event") {
    const auto x = run("Release\n\nForeign Minister Ana Silva and Cambodian Foreign Minister Tom Hale have agreed to "
                       "reopen two border checkpoints.\n\nThe two ministers co-chaired the 12th Thailand-Cambodia Joint "
                       "Commission on Bilateral Cooperation in Bangkok on Tuesday.\n\nThe Cambodian delegation included "
                       "Secretary of State Mia Berg.");
    const char* event = "12th Thailand-Cambodia Joint Commission on Bilateral Cooperation";
    check_attended(x, event, {"Ana Silva", "Tom Hale", "Mia Berg"});
    // the pair only talked about the commission: nobody attended it
    const auto y = run("Release\n\nForeign Minister Ana Silva and Cambodian Foreign Minister Tom Hale have agreed to "
                       "reopen two border checkpoints.\n\nThe two ministers discussed the 12th Thailand-Cambodia Joint "
                       "Commission on Bilateral Cooperation.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", event));
}

TEST_CASE("a meeting 'during' or 'on the occasion of' a named event was held there: both attended it") {
    const auto x = run("Release\n\nThe summit builds on the consultations between President Tom Hale and President Ana "
                       "Silva during the Mission 300 Africa Energy Summit in Dar es Salaam on 27th January 2025.");
    check_attended(x, "Mission 300 Africa Energy Summit", {"Tom Hale", "Ana Silva"});
    const auto y = run("Release\n\nPresident Tom Hale met with Prime Minister Ana Silva in Jeddah, in a bilateral "
                       "meeting on the occasion of the Jeddah Security and Development Summit.");
    CHECK(relation(y, RelationType::Attended, "Ana Silva", "Jeddah Security and Development Summit"));
    // an event only spoken of during the meeting is not where it was held
    const auto z = run("Release\n\nPresident Tom Hale met with Prime Minister Ana Silva in Jeddah. They discussed "
                       "preparations for the Jeddah Security and Development Summit.");
    CHECK_FALSE(relation(z, RelationType::Attended, "Ana Silva", "Jeddah Security and Development Summit"));
}

TEST_CASE("a meeting's countries listed after a comma are all of its name, and a named meeting 'hosted by A, with the participation of B' was attended by both") {
    const char* event = "11th Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia";
    const auto x = run("Release\n\nThe 11th Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia "
                       "was held in Ankara on 9 October 2024, hosted by H.E. Tom Hale, Minister of Foreign Affairs of "
                       "Türkiye, with the participation of H.E. Ana Silva, Minister of Foreign Affairs of Azerbaijan, and "
                       "H.E. Mia Berg, Minister of Foreign Affairs of Georgia.");
    CHECK(entity(x, EntityType::Event, event));
    check_attended(x, event, {"Tom Hale", "Ana Silva", "Mia Berg"});
    const auto y = run("Release\n\nStatement on the Upcoming Trilateral Leaders Summit of the United States, Japan, and "
                       "the Republic of Korea\n\nText.");
    CHECK(entity(y, EntityType::Event, "Trilateral Leaders Summit of the United States, Japan, and the Republic of Korea"));
    // a list that goes on past its countries is not the meeting's: the name ends at the first
    const auto z = run("Release\n\nThe Summit of the Americas, Canada and several partners agreed on a plan.");
    CHECK_FALSE(entity(z, EntityType::Event, "Summit of the Americas, Canada"));
}

TEST_CASE("a headline's 'Holds Series of Bilateral Meetings on the Sidelines of <Event>' names no event but that one, and 'on the second day of <Event>' is where a meeting was held") {
    const auto x = run("Foreign Minister Tom Hale Holds Series of Bilateral Meetings on the Sidelines of the 56th AMM\n\n"
                       "On the second day of the 56th ASEAN Foreign Ministers' Meeting (AMM) and Related Meetings, "
                       "Foreign Minister Tom Hale held a bilateral meeting with Foreign Minister Ana Silva in Jakarta.");
    for (const auto& e : x.entities)
        if (e.type == EntityType::Event) CHECK_MESSAGE(e.name == "56th ASEAN Foreign Ministers' Meeting", e.name);
    check_attended(x, "56th ASEAN Foreign Ministers' Meeting", {"Tom Hale", "Ana Silva"});
}

TEST_CASE("'The meeting, held on the fringes of <Event>' places the meeting told before, and 'both leaders were attending <Event>' are its two") {
    const auto x = run("Release\n\nPrime Minister Tom Hale held talks with President Ana Silva in San Francisco on "
                       "Thursday.\n\nThe meeting, held on the fringes of the Asia-Pacific Economic Cooperation summit, "
                       "lasted about an hour.");
    check_attended(x, "Asia-Pacific Economic Cooperation summit", {"Tom Hale", "Ana Silva"});
    // what the meeting follows on was agreed at the event, not met at
    const auto y = run("Release\n\nAdvisor Tom Hale welcomed Secretary Ana Silva to the White House.\n\nThe meeting "
                       "follows through on the commitment that the two presidents made during the North American "
                       "Leaders' Summit.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", "North American Leaders' Summit"));
    const auto z = run("Release\n\nPresident Tom Hale held talks with Prime Minister Ana Silva in New York on "
                       "Wednesday.\n\nThe meeting took place near the headquarters, where both leaders were attending "
                       "the G20 Summit.");
    check_attended(z, "G20 Summit", {"Tom Hale", "Ana Silva"});
}

TEST_CASE("'met in Mexico City for the <Event>': whoever met for an event attended it, 'thanked her for' it does not") {
    const char* summit = "10th North American Leaders' Summit";
    check_attended(run("Release\n\nToday, President Tom Hale and Prime Minister Ana Silva met in Mexico City for the "
                       "10th North American Leaders' Summit."),
                   summit, {"Tom Hale", "Ana Silva"});
    const auto y = run("Release\n\nToday, President Tom Hale met Prime Minister Ana Silva and thanked her for the 10th "
                       "North American Leaders' Summit.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", summit));
}

TEST_CASE("a lower-case meeting after a body's name and 'ministerial' ('the APEC ministerial meeting'), and a numbered session known by capitals alone ('the 11th ADMM-Plus'), are events") {
    const std::string apec = "Asia-Pacific Economic Cooperation ministerial meeting";
    check_attended(run("Release\n\nForeign Minister Tom Hale held talks with Foreign Minister Ana Silva on the "
                       "sidelines of the " + apec + " in Lima."),
                   apec.c_str(), {"Tom Hale", "Ana Silva"});
    const auto y = run("Release\n\nDefence Minister Tom Hale, who is in Laos to attend the 11th ADMM-Plus, met his "
                       "counterpart Ana Silva.");
    CHECK(relation(y, RelationType::Attended, "Tom Hale", "11th ADMM-Plus"));
    // a number before capitals that go on is part of a longer name, or none
    const auto z = run("Release\n\nThe 82nd FBI Field Office opened.");
    CHECK_FALSE(entity(z, EntityType::Event, "82nd FBI"));
}

TEST_CASE("attended-attended-by: 'X attended the <Summit>, hosted by Y. The summit was also attended by A and B' is one meeting of all four") {
    const auto x = run("Release\n\nOn May 2, Prime Minister Tom Hale attended the Andes Leaders' Summit in Quito, hosted by "
                       "President Ana Silva. The summit was also attended by President Mia Berg of Peru and President "
                       "Luis Ortega of Chile.");
    check_attended(x, "Andes Leaders' Summit", {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"});
    CHECK(kg_test::pairs_not_met(x, {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"}, "2024-05-02") == "");
    // attending alone, with nobody named after it, meets no one
    const auto y = run("Release\n\nOn May 2, Prime Minister Tom Hale attended the Andes Leaders' Summit in Quito. "
                       "The summit adopted a declaration.");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("spoke-at-event: 'delivered a keynote speech at', 'made remarks at the opening session of', 'addressed', 'spoke at' an event attend it") {
    const auto x = run("Release\n\nOn June 1, Minister Tom Hale delivered a keynote speech at the Andes Security Dialogue. "
                       "On June 2, Minister Ana Silva made remarks at the opening session of the Fourth Pacific Islands "
                       "Conference. Deputy Secretary Mia Berg addressed the Lima Energy Forum. Mr. Luis Ortega spoke at "
                       "the Quito Trade Summit.");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Andes Security Dialogue"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Fourth Pacific Islands Conference"));
    CHECK(relation(x, RelationType::Attended, "Mia Berg", "Lima Energy Forum"));
    CHECK(relation(x, RelationType::Attended, "Luis Ortega", "Quito Trade Summit"));
    // remarks to the press after an event, and a possessive, are no attendance
    const auto y = run("Release\n\nMinister Tom Hale made remarks to the press after the Andes Security Dialogue. "
                       "Members of President Ana Silva's Cabinet spoke at the Lima Energy Forum.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "Andes Security Dialogue"));
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", "Lima Energy Forum"));
}

TEST_CASE("event-hosted-by and in-place-for-event: '<Event>, hosted by X', and 'X, who was in Lima for the <Event>'") {
    const auto x = run("Release\n\nThe Andes Security Dialogue in Quito, hosted by President Ana Silva, adopted a "
                       "declaration. Minister Tom Hale, who was in Lima for the Pacific Energy Forum, met Mr. Luis Ortega.");
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Andes Security Dialogue"));
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Pacific Energy Forum"));
    // looking forward to seeing someone in a city for an event is no attendance
    const auto y = run("Release\n\nThe President looks forward to seeing Minister Tom Hale in Lima for the Pacific "
                       "Energy Forum.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "Pacific Energy Forum"));
}

TEST_CASE("the-meeting-was-chaired-by: 'X attended the <Meeting>. The meeting was chaired by A, and was attended by B and C' is one meeting of all") {
    const auto x = run("Release\n\nOn July 11, Minister Tom Hale attended the Andes Plus Three Foreign Ministers' Meeting "
                       "in Lima. The meeting was chaired by Mr. Luis Ortega, Minister of Foreign Affairs of Peru, and was "
                       "attended by Ms. Ana Silva and Ms. Mia Berg.");
    CHECK(kg_test::pairs_not_met(x, {"Tom Hale", "Luis Ortega", "Ana Silva", "Mia Berg"}, "2024-07-11") == "");
    check_attended(x, "Andes Plus Three Foreign Ministers' Meeting", {"Luis Ortega", "Ana Silva", "Mia Berg"});
}

TEST_CASE("co-chaired-by: 'The Dialogue was co-chaired by A and B' is their meeting, of the dialogue named before") {
    const auto x = run("Release\n\nOn July 28, the 5th Andes Policy Dialogue was held in Lima. The Dialogue was co-chaired "
                       "by Mr. Tom Hale, Director-General of the Latin American Bureau, and Ms. Ana Silva, Vice Minister of "
                       "Foreign Affairs of Peru.");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-07-28");
    check_attended(x, "5th Andes Policy Dialogue", {"Tom Hale", "Ana Silva"});
    // chaired by one alone meets no one
    const auto y = run("Release\n\nThe session was chaired by Mr. Tom Hale.");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("attendance-of: 'Attendance of Minister X at the <Event>', 'X's Participation in the <Event>', '<Event>: attendance of X'") {
    const auto x = run("Attendance of Foreign Minister Tom Hale at the Andes Foreign Ministers' Meeting\n\nThe meeting "
                       "discussed trade.");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Andes Foreign Ministers' Meeting"));
    const auto y = run("Release\n\nPrime Minister Ana Silva's participation in the Lima Energy Summit was welcomed.");
    CHECK(relation(y, RelationType::Attended, "Ana Silva", "Lima Energy Summit"));
    const auto z = run("Meeting of Andes Ministers of Trade: attendance of Minister Mia Berg (April 2022)\n\nThe meeting "
                       "discussed trade.");
    CHECK(relation(z, RelationType::Attended, "Mia Berg", "Meeting of Andes Ministers of Trade"));
    // attendance asked of someone else's event is not theirs
    const auto w = run("Release\n\nMinister Tom Hale welcomed the attendance of students.");
    CHECK(kg_test::count(w, RelationType::Attended) == 0);
}

TEST_CASE("to attend, after a verb of travel: 'A and B came here to attend the X and the Y' (both, both events), and 'when the U.S. president visits China to attend' is not the sentence's subject's") {
    const auto x = run("Release\n\nSecretary Tom Hale met Secretary Ana Silva in Lima. Tom Hale and Ana Silva came here "
                       "to attend the Sixth Round of the Andes Strategic Dialogue and the Fifth Round of the Andes Trade "
                       "Consultation.");
    check_attended(x, "Sixth Round of the Andes Strategic Dialogue", {"Tom Hale", "Ana Silva"});
    check_attended(x, "Fifth Round of the Andes Trade Consultation", {"Tom Hale", "Ana Silva"});
    const auto y = run("Release\n\nPresident Mia Berg said she expects talks with Luis Ortega when the U.S. president "
                       "visits Peru to attend the Lima Leaders' Summit in November.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Mia Berg", "Lima Leaders' Summit"));
    CHECK(kg_test::met_date(y, "Mia Berg", "Luis Ortega") == "no meeting");  // talks to come
    // the subject's own visit: "during her visit to Capri to attend"
    const auto z = run("Release\n\nOn April 18, Minister Ana Silva held a meeting with Mr. Tom Hale during her visit to "
                       "Capri to attend the Andes Foreign Ministers' Meeting.");
    CHECK(relation(z, RelationType::Attended, "Ana Silva", "Andes Foreign Ministers' Meeting"));
}

TEST_CASE("a headline in capitals naming a meeting of two sides ('PERU-CHILE STRATEGIC CONSULTATIONS') is the event its lead meeting's people attended") {
    const auto x = run("Press Release\n\nPERU-CHILE STRATEGIC CONSULTATIONS\n\nMinister Tom Hale and Minister Ana Silva "
                       "held a virtual consultative meeting to review progress.");
    CHECK(entity(x, EntityType::Event, "PERU-CHILE STRATEGIC CONSULTATIONS"));
    check_attended(x, "PERU-CHILE STRATEGIC CONSULTATIONS", {"Tom Hale", "Ana Silva"});
    // capitals that name no meeting are no event
    const auto y = run("Press Release\n\nPERU-CHILE RELATIONS\n\nMinister Tom Hale met Minister Ana Silva.");
    CHECK_FALSE(entity(y, EntityType::Event, "PERU-CHILE RELATIONS"));
}

TEST_CASE("event-hosted-by: 'the X Dialogue, hosted by President Y's Cancer Moonshot' is no attendance of Y") {
    const auto x = run("Release\n\nThe leaders held the Andes Cancer Dialogue, hosted by President Ana Silva's Cancer "
                       "Moonshot, in Lima.");
    CHECK_FALSE(relation(x, RelationType::Attended, "Ana Silva", "Andes Cancer Dialogue"));
}

TEST_CASE("pronoun-attended: 'He arrived in X to attend <Event>' is the subject of the meeting reported before") {
    const auto x = run("Release\n\nForeign Minister Tom Hale met Foreign Minister Ana Silva on Wednesday. He also met the "
                       "ministers of Chile and Peru after arriving in the capital to attend the 55th Andes Foreign "
                       "Ministers' Meeting.");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "55th Andes Foreign Ministers' Meeting"));
    CHECK_FALSE(relation(x, RelationType::Attended, "Ana Silva", "55th Andes Foreign Ministers' Meeting"));
    // "where he is attending": the sentence's subject, not the person named last
    const auto y = run("Release\n\nForeign Minister Tom Hale met Foreign Minister Ana Silva in Lima, where he is "
                       "attending the Andes Foreign Ministers' Meeting.");
    CHECK(relation(y, RelationType::Attended, "Tom Hale", "Andes Foreign Ministers' Meeting"));
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", "Andes Foreign Ministers' Meeting"));
}

TEST_CASE("pronoun-attended: a pronoun that is not the subject of the verb of attendance says nothing") {
    // "he welcomes talks with X when the U.S. president visits China to attend": the president attends
    const auto x = run("Release\n\nPresident Li Wen said on Thursday that he welcomes talks with Tom Hale when the "
                       "U.S. president visits China to attend the Andes Leaders' Meeting in November.");
    CHECK_FALSE(relation(x, RelationType::Attended, "Li Wen", "Andes Leaders' Meeting"));
    // nobody named in the three sentences before and no meeting reported: no one to stand for
    const auto y = run("Release\n\nMinister Tom Hale spoke about jobs.\n\nThe weather was fine. The roads were "
                       "open. The trains ran. The buses ran too. Yesterday he attended the Andes Leaders' Meeting.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "Andes Leaders' Meeting"));
}

TEST_CASE("attendance still to come: 'will attend', 'is scheduled to attend', 'is expected to take part in' are none, 'visiting to attend' is") {
    const auto x = run("Release\n\nPresident Tom Hale will attend the Andes Summit in Lima. Minister Ana Silva is scheduled "
                       "to attend the Fourth Andes Economic Dialogue on April 16. Minister Mark Lee is expected to take "
                       "part in the Andes Trade Forum. Minister Eva Ruiz, who is visiting Peru to attend the Andes "
                       "Energy Forum, met President Tom Hale.");
    CHECK_FALSE(relation(x, RelationType::Attended, "Tom Hale", "Andes Summit"));
    CHECK_FALSE(relation(x, RelationType::Attended, "Ana Silva", "Fourth Andes Economic Dialogue"));
    CHECK_FALSE(relation(x, RelationType::Attended, "Mark Lee", "Andes Trade Forum"));
    CHECK(relation(x, RelationType::Attended, "Eva Ruiz", "Andes Energy Forum"));
}

TEST_CASE("delegations: sides of a meeting still to come ('which will be chaired on the Chilean side by A and on the Peruvian side by B') meet no one yet") {
    const auto x = run("Release\n\nMinister Ana Silva will pay a visit to Chile from April 15 to 17. She is scheduled to "
                       "attend the Fourth Andes Economic Dialogue on April 16, which will be chaired on the Chilean side by "
                       "Foreign Minister Tom Hale and on the Peruvian side by Foreign Minister Ana Silva.", "2018-04-11");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "no meeting");
    CHECK(kg_test::count(x, RelationType::Attended) == 0);
}

TEST_CASE("a journey still to come to attend an event ('will travel to Nagoya to attend X') is no attendance, a journey made is") {
    const auto x = run("Release\n\nLater today, Minister Tom Hale will travel to Nagoya to attend the Andes Foreign "
                       "Ministers' Meeting. Minister Ana Silva travelled to Lima to attend the Andes Summit. Vice President "
                       "Mark Lee will also travel to Quito to attend the Andes Energy Forum.");
    CHECK_FALSE(relation(x, RelationType::Attended, "Tom Hale", "Andes Foreign Ministers' Meeting"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Andes Summit"));
    CHECK_FALSE(relation(x, RelationType::Attended, "Mark Lee", "Andes Energy Forum"));
}

TEST_CASE("met-at-event: 'X met with his counterparts ... during the 2023 Andes Security Conference' attends it, the name without its year an alias") {
    const auto x = run("Release\n\nForeign Secretary Tom Hale met with his counterparts from various European countries to "
                       "discuss ties that cover trade, among others, during the 2023 Andes Security Conference (ASC).");
    const kg::Entity* e = entity(x, EntityType::Event, "2023 Andes Security Conference");
    REQUIRE(e);
    CHECK(kg_test::has_alias(e, "Andes Security Conference"));
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "2023 Andes Security Conference"));
    // (an event after "ahead of" or "before" was not yet attended)
    const auto y = run("Release\n\nForeign Secretary Ana Silva met with her counterparts in Lima ahead of the Andes "
                       "Security Conference.");
    CHECK_FALSE(relation(y, RelationType::Attended, "Ana Silva", "Andes Security Conference"));
}

}  // TEST_SUITE

TEST_CASE("said-at-event: one who speaks at or beside a named event attended it, not what the quote says") {
    const auto x = run("Release\n\nForeign Minister Ana Lopes met Secretary Mark Lee in Munich. Reporters cited Lopes as "
                       "saying on the sidelines of the Munich Security Conference that ties matter. Chancellor Tom Hale "
                       "said, \"At the G7 Summit we agreed.\"",
                       "2026-02-14");
    CHECK(relation(x, RelationType::Attended, "Ana Lopes", "Munich Security Conference"));
    CHECK(!relation(x, RelationType::Attended, "Tom Hale", "G7 Summit"));
}

TEST_CASE("a meeting held 'within the framework of participation in the X Forum': both attended the forum") {
    const auto x = run("Release\n\nOn March 10, 2022, within the framework of participation in the Antalya Diplomacy Forum, a "
                       "meeting was held between the Minister of Foreign Affairs of Peru Ana Lopes and the Minister of "
                       "Foreign Affairs of Chile Mark Lee.",
                       "2022-03-10");
    CHECK(relation(x, RelationType::Attended, "Ana Lopes", "Antalya Diplomacy Forum"));
    CHECK(relation(x, RelationType::Attended, "Mark Lee", "Antalya Diplomacy Forum"));
}

TEST_CASE("titled-meeting: a pair meeting the title names was attended by the lead meeting's people, also when held at another event") {
    const auto x = run("Outcome of Peru-Chile Foreign Ministers’ Meeting Held on Feb. 15\n\nDate\n2020-02-15\n\n1. On the "
                       "occasion of the 56th Munich Security Conference, Minister of Foreign Affairs Ana Lopes had a meeting "
                       "with Minister for Foreign Affairs of Chile Mark Lee on the morning of February 15.",
                       "");
    CHECK(relation(x, RelationType::Attended, "Ana Lopes", "Peru-Chile Foreign Ministers’ Meeting"));
    CHECK(relation(x, RelationType::Attended, "Mark Lee", "Peru-Chile Foreign Ministers’ Meeting"));
    CHECK(relation(x, RelationType::Attended, "Mark Lee", "56th Munich Security Conference"));
}

TEST_CASE("joined-from-side: a bracket of delegations after the meeting, '(A, B, etc. joined from the U.S. side, C, D, etc. joined from the Japanese side)'") {
    const auto x = run("Japan-U.S. Foreign Ministerial Meeting\n\nApril 17, 2011\n\nOn April 17, Foreign Minister Sato held a "
                       "meeting with Secretary of State Lopes. The outline of the meeting is as follows: (Ambassador Roos, "
                       "Deputy Secretary Nides, etc. joined from the U.S. side; Ambassador Fujita, Director-General Umeda, "
                       "etc. joined from the Japanese side).",
                       "");
    CHECK(relation(x, RelationType::Met, "Roos", "Umeda"));
    CHECK(relation(x, RelationType::Met, "Sato", "Nides"));
    CHECK(relation(x, RelationType::Met, "Lopes", "Fujita"));
}

TEST_CASE("a meeting's event is not one its purpose clause names, and 'on Occasion of' opens no event's name") {
    const auto x = run("Release\n\nSecretary General Tom Hale met with Secretary of State Mark Lee on Thursday to discuss the "
                       "implementation of the decisions taken at the NATO Summit in July.",
                       "2018-09-13");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee") != "no meeting");
    CHECK(!relation(x, RelationType::Attended, "Tom Hale", "NATO Summit"));
    const auto y = run("Outcome of Peru-Chile Foreign Ministers’ Meeting Held on Occasion of ASEAN-related Foreign Ministers’ "
                       "Meetings\n\nDate\n2023-07-19\n\nMinister Ana Lopes met Minister Mark Lee.",
                       "");
    CHECK(!entity(y, EntityType::Event, "Occasion of ASEAN-related Foreign Ministers’ Meetings"));
}

TEST_CASE("one who exchanged views, conferred or held talks on the margins of an event attended it, whom they met named or not") {
    const auto x = run("Release\n\nForeign Minister Tom Hale exchanged views with the ministers on the margins of the 42nd Ordinary "
                       "Session of the Executive Council of the African Union. Minister Mark Dowd held bilateral talks on the "
                       "sidelines of the 42nd Ordinary Session of the Executive Council of the African Union.",
                       "2023-02-15");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "42nd Ordinary Session of the Executive Council of the African Union"));
    CHECK(relation(x, RelationType::Attended, "Mark Dowd", "42nd Ordinary Session of the Executive Council of the African Union"));
}

TEST_CASE("event-modifier: 'the recent', 'the annual' before a named event leave it the event a meeting was held at or attended") {
    const auto x = run("Release\n\nForeign Minister Tom Hale met with Prime Minister Mark Dowd on the margins of the recent Pacific "
                       "Islands Forum Foreign Ministers' Meeting in Suva. Minister Ana Pita hosted Governor Leo Tam at the "
                       "White House for the inaugural North Harbour Economic Dialogue in December.",
                       "2023-08-15");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Dowd"));
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Pacific Islands Forum Foreign Ministers' Meeting"));
    CHECK(relation(x, RelationType::Attended, "Mark Dowd", "Pacific Islands Forum Foreign Ministers' Meeting"));
    CHECK(relation(x, RelationType::Attended, "Ana Pita", "North Harbour Economic Dialogue"));
    CHECK(relation(x, RelationType::Attended, "Leo Tam", "North Harbour Economic Dialogue"));
    // (a word of no class between them still ends the search: "the planned X" names no place it was held)
    const auto y = run("Release\n\nForeign Minister Tom Hale met with Prime Minister Mark Dowd on the margins of the planned Pacific "
                       "Islands Forum Foreign Ministers' Meeting.",
                       "2023-08-15");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "Pacific Islands Forum Foreign Ministers' Meeting"));
}

TEST_CASE("led-delegation-at: 'X led a delegation of Y at the 127th session of the Z' attended it") {
    const auto x = run("News\n\nMinister of Foreign Affairs Tom Hale today led a delegation of the Slovak Republic at the 127th "
                       "session of the Council of Europe Committee of Ministers in Nicosia.",
                       "2017-05-19");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "127th session of the Council of Europe Committee of Ministers"));
    // a delegation still to lead attends nothing yet
    const auto y = run("News\n\nMinister of Foreign Affairs Tom Hale will lead a delegation of the Slovak Republic at the 127th "
                       "session of the Council of Europe Committee of Ministers in Nicosia.",
                       "2017-05-19");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "127th session of the Council of Europe Committee of Ministers"));
    // one who stood for a country there
    const auto z = run("News\n\nForeign Minister Tom Hale represented Japan at the G20 Foreign Ministers' Meeting in New Delhi.",
                       "2023-03-02");
    CHECK(relation(z, RelationType::Attended, "Tom Hale", "G20 Foreign Ministers' Meeting"));
}

TEST_CASE("'is in Brussels to take part in X' and 'opened the X' attend it, 'will travel to take part in X' does not yet") {
    const auto x = run("News\n\nForeign Minister Tom Hale is in Brussels to take part in the NATO Foreign Ministers' Meeting.",
                       "2023-04-04");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "NATO Foreign Ministers' Meeting"));
    const auto y = run("News\n\nForeign Minister Tom Hale will travel to Brussels to take part in the NATO Foreign Ministers' Meeting.",
                       "2023-04-04");
    CHECK_FALSE(relation(y, RelationType::Attended, "Tom Hale", "NATO Foreign Ministers' Meeting"));
    const auto z = run("News\n\nPresident Tom Hale opened the ASEAN Summit in Jakarta on Tuesday.", "2023-09-06");
    CHECK(relation(z, RelationType::Attended, "Tom Hale", "ASEAN Summit"));
}

TEST_CASE("met-at-event: 'X met with numerous top diplomats on the occasion of the Antalya Diplomacy Forum' puts X at the forum, named counterparts or not") {
    const auto x = kg_test::run("Release\n\nForeign Minister Mark Hale met with numerous top diplomats on June 19 on the "
                                "occasion of the Antalya Diplomacy Forum in southern Turkey.");
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Mark Hale", "Antalya Diplomacy Forum"));
}
