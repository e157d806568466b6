// News style: names the news writes family name first, and the other side of a meeting
// named as someone's counterpart; sentences written for these tests.
#include <algorithm>
#include <tuple>

#include <doctest/doctest.h>

#include "tests/extract/extract_test_support.h"

using kg::EntityType;
using kg::RelationType;
using kg_test::entity;
using kg_test::has_alias;
using kg_test::relation;
using kg_test::run;

TEST_SUITE("extract news") {

TEST_CASE("family-name-first: a Chinese or Korean name's short form is its first part") {
    const auto x = run("Chinese Vice Premier Hu Chunhua met Korean Trade Minister Ahn Dukgeun in Seoul on Monday. "
                       "Hu told Ahn that trade should grow.");
    const kg::Entity* hu = entity(x, EntityType::Person, "Hu Chunhua");
    const kg::Entity* ahn = entity(x, EntityType::Person, "Ahn Dukgeun");
    REQUIRE(hu);
    REQUIRE(ahn);
    CHECK(has_alias(hu, "Hu"));
    CHECK(!has_alias(hu, "Chunhua"));
    CHECK(has_alias(ahn, "Ahn"));
    CHECK(hu->mentions.size() == 2);  // "Hu" in the second sentence is the Vice Premier
}

TEST_CASE("family-name-first: a Western name with such a first word keeps its last part") {
    const auto x = run("Ambassador Kim Holloway met Senator Lee Hamilton. Holloway thanked Hamilton.");
    CHECK(has_alias(entity(x, EntityType::Person, "Kim Holloway"), "Holloway"));
    CHECK(has_alias(entity(x, EntityType::Person, "Lee Hamilton"), "Hamilton"));
}

TEST_CASE("counterpart: the name after 'counterpart' is a person, and 'A and her counterpart B agreed' a meeting") {
    const auto x = run("Norwegian Foreign Minister Espen Barth Eide and his Finnish counterpart Elina Valtonen "
                       "agreed Tuesday to deepen Arctic cooperation.");
    CHECK(entity(x, EntityType::Person, "Elina Valtonen"));
    CHECK(relation(x, RelationType::Met, "Espen Barth Eide", "Elina Valtonen"));
}

TEST_CASE("counterpart: 'her counterpart from <country>, Name' names the other side of the meeting") {
    const auto x = run("Minister Ana Lopes held a bilateral meeting with her counterpart from Mexico, Hiro Sato. "
                       "She then spoke with her counterpart of the Philippines, Paul White.");
    CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
}

TEST_CASE("a name after a noun for a person in lower case: 'Democratic candidate X', 'opposition leader X'") {
    const auto x = run("Zelenskiy meets Lopes in Kyiv, says they agree White must be stopped\n"
                       "Ukrainian President Volodymyr Zelenskiy met Democratic candidate Ana Lopes on Thursday and "
                       "opposition leader Hiro Sato on Friday. He praised activist Mia Berg.");
    CHECK(relation(x, RelationType::Met, "Volodymyr Zelenskiy", "Ana Lopes"));
    CHECK(relation(x, RelationType::Met, "Volodymyr Zelenskiy", "Hiro Sato"));
    CHECK(entity(x, EntityType::Person, "Mia Berg"));
    CHECK_FALSE(relation(x, RelationType::Met, "Volodymyr Zelenskiy", "Mia Berg"));
    // a headline's "says" ends the meeting's counterparts: White is talked about, not met
    CHECK_FALSE(relation(x, RelationType::Met, "Lopes", "White"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Lopes", "White"));
}

TEST_CASE("names listed after a plural office and a comma: 'The two Foreign Ministers, A and B, held talks'") {
    const auto x = run("The two Foreign Ministers, Hiro Sato and Ana Lopes, held talks in Lima. The two leaders, "
                       "Paul White and Tom Hale, met on Monday. The ministers, Japan and Peru, agreed. The "
                       "Ministers, Mia Berg, Ken Ito and Lia Moss, signed the statement.");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Lopes"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Tom Hale"));
    for (const char* p : {"Mia Berg", "Ken Ito", "Lia Moss"}) CHECK(entity(x, EntityType::Person, p));
    CHECK_FALSE(entity(x, EntityType::Person, "Japan"));
}

TEST_CASE("a pair that 'discussed X in a phone call' spoke by telephone, another call mentioned is not theirs") {
    const auto x = run("German Chancellor Hiro Sato and French President Ana Lopes discussed the war in a phone call on "
                       "Monday. Mr. Paul White and Minister Mia Berg also discussed the situation, following the recent "
                       "phone call between President Tom Hale and Prime Minister Lia Moss.");
    const kg::Relation* call = relation(x, RelationType::Met, "Hiro Sato", "Ana Lopes");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    const kg::Relation* met = relation(x, RelationType::Met, "Paul White", "Mia Berg");
    REQUIRE(met);
    CHECK(met->attributes.at("mode") == "in-person");
}

TEST_CASE("'After Tuesday's talks with X, Y said': a meeting of Y with X on that Tuesday, someone else's call is not") {
    const auto x = run("After Tuesday's talks with Chinese Foreign Minister Hiro Sato, Australian Foreign Minister Ana Lopes "
                       "said relations had stabilised. Following President Paul White's conversation with Prime "
                       "Minister Mia Berg, Senator Tom Hale said he was pleased.",
                       "2024-03-14");
    const kg::Relation* met = relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato");
    REQUIRE(met);
    CHECK(met->date == "2024-03-12");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Mia Berg"));
}

TEST_CASE("a dateline's date is the report's, not the meeting's, 'last Thursday' on a Thursday is a week back") {
    const auto x = run("WASHINGTON, March 14 (Reuters) - Secretary of State Hiro Sato and Foreign Secretary Ana Lopes held "
                       "talks in Manila on Tuesday. Sato met Foreign Minister Paul White last Thursday in Munich.",
                       "2024-03-14");
    const kg::Relation* manila = relation(x, RelationType::Met, "Hiro Sato", "Ana Lopes");
    REQUIRE(manila);
    CHECK(manila->date == "2024-03-12");
    const kg::Relation* munich = relation(x, RelationType::Met, "Hiro Sato", "Paul White");
    REQUIRE(munich);
    CHECK(munich->date == "2024-03-07");
}

TEST_CASE("counterpart: an office or acronym after 'counterparts' is not read as a name") {
    const auto x = run("The advisers met their counterparts NSA Officials from three countries.");
    CHECK(!entity(x, EntityType::Person, "NSA Officials"));
}

TEST_CASE("dateline: its date is the report's, and 'on Thursday' in the lead counts back from it") {
    kg::Document d;
    d.id = "wire.txt";
    d.text = "OSLO, March 8, 2024 (NTB) -- Finnish President Alexander Stubb held talks with Norwegian Prime "
             "Minister Jonas Gahr Store in Oslo on Thursday.\n";
    const kg::DocumentExtraction x = kg::extract::Extractor(kg_test::gazetteer()).extract(d);
    CHECK(x.document.date == "2024-03-08");
    const kg::Relation* met = relation(x, RelationType::Met, "Alexander Stubb", "Jonas Gahr Store");
    REQUIRE(met);
    CHECK(met->date == "2024-03-07");  // the Thursday before Friday 8 March
}

TEST_CASE("told-during-talks: 'A told B during their talks' is a meeting of A and B") {
    const auto x = run("Finnish President Alexander Stubb arrived in Oslo on Thursday. "
                       "Stubb assured Norwegian Prime Minister Jonas Gahr Store during their talks that the border "
                       "would stay open. Stubb told reporters at a briefing that he was pleased.");
    CHECK(relation(x, RelationType::Met, "Alexander Stubb", "Jonas Gahr Store"));
    CHECK(kg_test::count(x, RelationType::Met) == 1);  // reporters at a briefing met no one
}

TEST_CASE("news clauses: after meeting X, after talks with his counterpart X, in a call with X, sat down with X") {
    const auto x = run("Danish Foreign Minister Lars Lokke Rasmussen said on Friday after meeting Polish Foreign Minister "
                       "Radoslaw Sikorski that the two countries agreed. "
                       "Speaking after talks with his Dutch counterpart Caspar Veldkamp, Rasmussen said more. "
                       "In a phone call with Latvian Foreign Minister Baiba Braze on Thursday, Rasmussen discussed "
                       "the Baltic Sea. Later, Rasmussen sat down with Estonian Foreign Minister Margus Tsahkna.");
    for (const char* other : {"Radoslaw Sikorski", "Caspar Veldkamp", "Baiba Braze", "Margus Tsahkna"})
        CHECK_MESSAGE(relation(x, RelationType::Met, "Lars Lokke Rasmussen", other), other);
    const kg::Relation* call = relation(x, RelationType::Met, "Lars Lokke Rasmussen", "Baiba Braze");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
}

TEST_CASE("news clauses: 'A briefed B on his call with C' is A's call, not B's") {
    const auto x = run("President Ana Costa briefed Prime Minister Luis Prado on her call with President Jonas Berg.");
    CHECK(relation(x, RelationType::Met, "Ana Costa", "Jonas Berg"));
    CHECK(!relation(x, RelationType::Met, "Luis Prado", "Jonas Berg"));
}

TEST_CASE("capitals before common words name a body, not a family name first, an office's abbreviation in brackets") {
    const auto x = run("The findings appeared in the NYU Law Review and the IPCC Report. "
                       "Deputy National Security Advisor (DNSA) Maria Lopez met with TSUJI Kiyoto.");
    CHECK(!entity(x, EntityType::Person, "Law Review Nyu"));
    CHECK(!entity(x, EntityType::Person, "Report Ipcc"));
    CHECK(entity(x, EntityType::Person, "Kiyoto Tsuji"));  // MOFA's capitals still read
    CHECK(relation(x, RelationType::Met, "Maria Lopez", "Kiyoto Tsuji"));
}

TEST_CASE("a name made only of words of the language is no one's, unless an honorific names it") {
    const auto x = run("Chief Operating Officer Dana Kim met the Executive Order task force. "
                       "Secretary Executive Order and Director National Security Division spoke. Ms. Will Hunt attended.");
    CHECK(!entity(x, EntityType::Person, "Executive Order"));
    CHECK(!entity(x, EntityType::Person, "National Security Division"));
    CHECK(entity(x, EntityType::Person, "Dana Kim"));
    CHECK(entity(x, EntityType::Person, "Will Hunt"));
}

TEST_CASE("'the President' inside another office ('Advisor to the President') is not the President taking part") {
    const auto x = run("President Maria Costa visited Lisbon on Monday.\n\n"
                       "The National Security Advisor to the President met with Foreign Minister Paulo Reis. "
                       "Later, the President met with Prime Minister Ana Dias.");
    CHECK(!relation(x, RelationType::Met, "Maria Costa", "Paulo Reis"));
    CHECK(relation(x, RelationType::Met, "Maria Costa", "Ana Dias"));  // "the President" alone still is
}

TEST_CASE("'the President of <a body kg does not know>, Name' names a person, a second body there does not") {
    const auto x = run("The Minister met the President of Tidewater news agency, Han Seo-jun. "
                       "She thanked the Director of Strategy of Harbor Partners, Keck School.");
    CHECK(entity(x, EntityType::Person, "Han Seo-jun"));
    CHECK(!entity(x, EntityType::Person, "Keck School"));
}

TEST_CASE("'spoke to X by phone': the medium after the counterpart, not one in another clause") {
    const auto x = run("Foreign Secretary Hiro Sato spoke to Prime Minister Ana Lopes by phone on Monday. "
                       "Minister Paul White spoke with President Tom Hale, who had talked by phone with Lia Moss.");
    const kg::Relation* call = relation(x, RelationType::Met, "Hiro Sato", "Ana Lopes");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    const kg::Relation* met = relation(x, RelationType::Met, "Paul White", "Tom Hale");
    REQUIRE(met);
    CHECK(met->attributes.at("mode") == "in-person");
}

TEST_CASE("'hosted his <demonym> counterpart X', 'talks with <demonym> President X', a pair ending in 'Jr.'") {
    const auto x = run("Foreign Minister Hiro Sato hosted his North Korean counterpart Oksana Petrenkova in Moscow.");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Oksana Petrenkova"));
    const auto y = run("Secretary of State Paul White's talks with Chinese President Tom Hale in Beijing were candid.");
    CHECK(relation(y, RelationType::Met, "Paul White", "Tom Hale"));
    const auto z = run("Vice President Mia Berg and President Carlos Reyes Jr. discussed maritime security "
                       "during their talks in Manila.");
    CHECK(relation(z, RelationType::Met, "Mia Berg", "Carlos Reyes"));
}

TEST_CASE("'A and B held their first face-to-face talks on the sidelines of the X Dialogue' is their meeting") {
    const auto x = run("Release\n\nSINGAPORE, June 1, 2024 -- U.S. Defense Secretary Hiro Sato and Chinese Defense "
                       "Minister Tom Hale held their first face-to-face talks on Friday on the sidelines of the "
                       "Shangri-La Dialogue in Singapore.",
                       "2024-06-01");
    const kg::Relation* r = relation(x, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(r);
    CHECK(r->date == "2024-05-31");
}

TEST_CASE("'later' and 'on the same day' date a meeting by the one before, 'later this week' and 'since' do not") {
    const auto x = run("Release\n\nNEW DELHI, Nov 10, 2023 -- Foreign Minister Hiro Sato held talks with Secretary "
                       "of State Tom Hale on Friday. Prime Minister Ana Silva later received Hale. Vice President Mia "
                       "Berg also met with Hale on the same day. Hale will meet President Paul White later this week.",
                       "2023-11-10");
    const kg::Relation* later = relation(x, RelationType::Met, "Ana Silva", "Tom Hale");
    REQUIRE(later);
    CHECK(later->date == "2023-11-10");
    const kg::Relation* same = relation(x, RelationType::Met, "Mia Berg", "Tom Hale");
    REQUIRE(same);
    CHECK(same->date == "2023-11-10");
    const auto y = run("Readout of Advisor Hiro Sato's Meetings with Palestinian Authority President Tom Hale\n\n"
                       "Advisor Hiro Sato met today in Ramallah with President Tom Hale. Sato expressed sympathy for "
                       "the civilians who have lost their lives since October 7th.", "2023-12-15");
    const kg::Relation* met = relation(y, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(met);
    CHECK(met->date == "2023-12-15");
}

TEST_CASE("their-meeting: the pair opening a sentence held the meeting 'their' names, unless it is to come") {
    const auto x = run("Prime Minister Hiro Sato and President Tom Hale announced the start of negotiations after "
                       "their meeting at the palace.");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Tom Hale"));
    const auto y = run("Prime Minister Hiro Sato and President Tom Hale shook hands before their talks on Friday.",
                       "2024-05-03");
    const kg::Relation* r = relation(y, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(r);
    CHECK(r->date == "2024-05-03");
    // still to come
    const auto z = run("Prime Minister Hiro Sato and President Tom Hale will sign the pact during their summit.");
    CHECK_FALSE(relation(z, RelationType::Met, "Hiro Sato", "Tom Hale"));
}

TEST_CASE("family-name-first: 'He' is a family name or a given name after a capitalised word, a pronoun elsewhere") {
    const auto x = run("Treasury Secretary Ana Silva held a video call with Chinese Vice Premier He Lifeng on Thursday. "
                       "He told Silva that trade mattered.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "He Lifeng"));
    const auto y = run("Secretary Ana Silva met Chinese Vice Premier Liu He. He said trade was vital.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Liu He"));
    for (const auto& e : y.entities) CHECK(e.name != "He");
}

TEST_CASE("Malaysia's titles of honour open a name and are no part of it: Dato' Seri, Datuk Seri, Tan Sri, Tun Dr") {
    const auto x = run("Release\n\nAt the invitation of Prime Minister Hiro Sato, the Prime Minister of Malaysia, H.E. "
                       "Dato' Seri Anwar Ibrahim, paid an official visit. On Monday, Datuk Seri Anwar Ibrahim met "
                       "President Tom Hale. Prime Minister Tan Sri Muhyiddin Yassin met Tun Dr Mahathir Mohamad.");
    CHECK(entity(x, EntityType::Person, "Anwar Ibrahim"));
    CHECK(relation(x, RelationType::Met, "Anwar Ibrahim", "Tom Hale"));
    CHECK(relation(x, RelationType::Met, "Muhyiddin Yassin", "Mahathir Mohamad"));
    for (const auto& e : x.entities) {
        CHECK(e.name.find("Dato") == std::string::npos);
        CHECK(e.name.find("Tun") == std::string::npos);
    }
}

TEST_CASE("a person named 'on the sidelines of' or 'on the occasion of' another's visit is not a counterpart") {
    const auto x = run("Release\n\nMANILA - Foreign Affairs Secretary Hiro Sato held a bilateral meeting with Japanese "
                       "Foreign Minister Ana Silva on the sidelines of the official visit of Prime Minister Tom Hale "
                       "to the Philippines on 03 November 2023.", "2023-11-03");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Hiro Sato", "Tom Hale"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("headline-subject: a title opening with a name and a meeting verb names a person, in the present tense") {
    const auto x = run("Wang Yi Holds Phone Call with US Secretary of State Tom Hale\n\n2023-02-04\n\n"
                       "The two sides exchanged views on bilateral relations.",
                       "2023-02-04");
    const kg::Relation* r = relation(x, RelationType::Met, "Wang Yi", "Tom Hale");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "telephone");
    const auto y = run("Li Qiang Meets with Prime Minister Ana Silva\n\n2023-02-04\n\nThey discussed trade.",
                       "2023-02-04");
    CHECK(relation(y, RelationType::Met, "Li Qiang", "Ana Silva"));
    // words of the language are no one: "Trade Talks with ..."
    const auto z = run("Trade Talks with Prime Minister Ana Silva\n\n2023-02-04\n\nThey discussed trade.",
                       "2023-02-04");
    for (const auto& e : z.entities) CHECK(e.name != "Trade");
}

TEST_CASE("a title's meeting is of the day the body's first sentence gives it, not of a date the body names later") {
    const auto x = run("Readout of Advisor Hiro Sato's Meeting with High Commissioner Tom Hale\n\n2024-05-13\n\n"
                       "Advisor Hiro Sato met with High Commissioner Tom Hale on Friday. They recalled the meeting "
                       "of May 2, 2024 in Geneva.",
                       "2024-05-13");
    const kg::Relation* r = relation(x, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(r);
    CHECK(r->date == "2024-05-10");
}

TEST_CASE("office-of-body-name: an office of a body kg does not know, named by its head noun, then the name") {
    const auto x = run("Release\n\nSecretary Tom Hale met with Party Politburo Member and Director of the Office of "
                       "the Foreign Affairs Commission Yang Jiechi in Zurich. Director of the Gender Policy Council "
                       "Ana Silva joined them.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Yang Jiechi"));
    CHECK(entity(x, EntityType::Person, "Ana Silva"));
    // the words after the head noun must be a name: "of the Budget Office Staff" names no one
    const auto y = run("Release\n\nThe Director of the Budget Office Staff Committee spoke.");
    for (const auto& e : y.entities) CHECK(e.type != EntityType::Person);
}

TEST_CASE("long offices before a name: 'Minister for Foreign Affairs and Tourism of Malta X', 'Head of the Atomic Energy Organization of Iran X', 'Undersecretary for Latin America and the Caribbean X'") {
    const auto x = run("Release\n\nMinister Tom Hale met Deputy Prime Minister and Minister for Foreign Affairs and "
                       "Tourism of Malta Ana Silva. He also met Head of the Atomic Energy Organization of Iran Mia Berg "
                       "and Undersecretary for Latin America and the Caribbean Ian Cole.");
    for (const char* who : {"Ana Silva", "Mia Berg", "Ian Cole"}) {
        CHECK_MESSAGE(entity(x, EntityType::Person, who), who);
        CHECK_MESSAGE(relation(x, RelationType::Met, "Tom Hale", who), who);
    }
    CHECK(entity(x, EntityType::Organization, "Atomic Energy Organization of Iran"));
    CHECK_FALSE(entity(x, EntityType::Organization, "Atomic Energy Organization of Iran Mia Berg"));
}

TEST_CASE("'His Highness Sheikh X bin Y' is X bin Y") {
    const auto x = run("Release\n\nMinister Tom Hale met President His Highness Sheikh Ana bin Zayed Al Silva in Abu "
                       "Dhabi.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana bin Zayed Al Silva"));
    CHECK_FALSE(entity(x, EntityType::Person, "Sheikh Ana bin Zayed Al Silva"));
}

TEST_CASE("a portfolio goes on past a body kg knows: 'Director General of ASEAN Cooperation X', 'Deputy Prime Minister for European Integration X'") {
    const auto x = run("Release\n\nMinister Tom Hale received a courtesy call from Secretary-General Ana Silva. The "
                       "meeting, held in the presence of Director General of ASEAN Cooperation Sidharto R. "
                       "Suryodipuro, discussed the roadmap.");
    CHECK(entity(x, EntityType::Person, "Sidharto R. Suryodipuro"));
    CHECK_FALSE(entity(x, EntityType::Person, "Cooperation Sidharto R. Suryodipuro"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Sidharto R. Suryodipuro"));
    const auto y = run("Release\n\nMinister Tom Hale held talks with Deputy Prime Minister for European Integration "
                       "Ana Silva.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'the talks between A and B' anywhere in a sentence is their meeting, unless to come or a list of separate ones") {
    const auto x = run("Release\n\nTOKYO, May 3, 2024 -- The talks between Secretary of State Hiro Sato and Foreign "
                       "Minister Ana Silva lasted five hours. The meeting between Minister Mia Berg and her Chinese "
                       "counterpart Tom Hale took place in Busan.",
                       "2024-05-03");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Mia Berg", "Tom Hale"));
    const auto y = run("Release\n\nBoth sides welcomed planning for a call between President Paul White and President "
                       "Carl Reyes in the coming weeks.");
    CHECK_FALSE(relation(y, RelationType::Met, "Paul White", "Carl Reyes"));
    // the list ends at a word no one was read from and a comma
    const auto z = run("Release\n\nFollowing on the July 27 meeting between President Paul White and PM Meloni, "
                       "Advisor Hiro Sato and Advisor Ana Silva reaffirmed their support.");
    CHECK_FALSE(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
    // separate meetings of several officials
    const auto w = run("Release\n\nThis follows meetings between Secretary Hiro Sato, Secretary Ana Silva, and Envoy "
                       "Tom Hale and their counterparts.");
    CHECK_FALSE(relation(w, RelationType::Met, "Hiro Sato", "Ana Silva"));
}

TEST_CASE("received-by, 'told B in a phone call', a pair that co-chaired talks, a possessive is no counterpart") {
    const auto x = run("Release\n\nTOKYO, May 3, 2024 -- Prime Minister Hiro Sato was received by President Ana "
                       "Silva at the palace on Wednesday. Prime Minister Tom Hale told President Mia Berg in a phone "
                       "call that dialogue mattered. Premier Carl Reyes and Chancellor Paul White co-chaired "
                       "intergovernmental consultations in Berlin.",
                       "2024-05-03");
    const kg::Relation* received = relation(x, RelationType::Met, "Hiro Sato", "Ana Silva");
    REQUIRE(received);
    CHECK(received->date == "2024-05-01");
    const kg::Relation* call = relation(x, RelationType::Met, "Tom Hale", "Mia Berg");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    CHECK(relation(x, RelationType::Met, "Carl Reyes", "Paul White"));
    // one who chairs alone meets no one; someone named in the possessive is not met
    const auto y = run("Release\n\nAdvisor Hiro Sato recently met with President Ana Silva and delivered President "
                       "Tom Hale's invitation. Secretary Mia Berg chaired the meeting of the council.");
    CHECK(relation(y, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK_FALSE(relation(y, RelationType::Met, "Hiro Sato", "Tom Hale"));
    for (const auto& m : y.meetings) CHECK(m.participants.size() >= 2);
    CHECK(y.meetings.size() == 1);
}

TEST_CASE("an apposition's office that ends the sentence keeps no full stop in its ROLE title") {
    const auto x = run("Release\n\nTOKYO, May 3, 2024 -- Minister Hiro Sato met Tom Hale, the U.S. Secretary of State.");
    const kg::Relation* role = relation(x, RelationType::Role, "Tom Hale", "United States");
    REQUIRE(role);
    CHECK(role->attributes.at("title") == "Secretary of State");
}

TEST_CASE("during-talks-told: 'During Friday's call, A told B ...' after a news dateline is A's call with B") {
    const auto x = run("Release\n\nTOKYO, May 3, 2024 (Kyodo) -- During Friday's call, Prime Minister Hiro Sato told "
                       "President Tom Hale that trade mattered. In a speech, Minister Ana Silva told President Mia "
                       "Berg to stop.",
                       "2024-05-03");
    const kg::Relation* call = relation(x, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    CHECK(call->date == "2024-05-03");
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));  // a speech is no meeting
    // the dateline's end is where the sentence's words begin: "After talks with X, Y said"
    const auto y = run("Release\n\nGENEVA (AP) \u2014 After talks with President Tom Hale, Minister Ana Silva said "
                       "progress was made.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("the names after 'bin' are the father's: 'King Abdulaziz Al-Saud' is not 'Salman bin Abdulaziz Al-Saud'") {
    const auto x = run("Release\n\nThe sides recalled the meeting between King Abdulaziz Al-Saud and President Franklin D. "
                       "Roosevelt. King Salman bin Abdulaziz Al-Saud received Secretary Hiro Sato. Advisor Tom Hale "
                       "spoke with Crown Prince Mohammed bin Salman. Hale and Crown Prince Salman discussed trade.");
    CHECK(relation(x, RelationType::Met, "Abdulaziz Al-Saud", "Franklin D. Roosevelt"));
    CHECK_FALSE(relation(x, RelationType::Met, "Salman bin Abdulaziz Al-Saud", "Franklin D. Roosevelt"));
    CHECK(relation(x, RelationType::Met, "Salman bin Abdulaziz Al-Saud", "Hiro Sato"));
    // a name of one part still finds the son as a last resort: "Crown Prince Salman"
    const kg::Entity* mbs = entity(x, EntityType::Person, "Mohammed bin Salman");
    REQUIRE(mbs);
    CHECK(has_alias(mbs, "Crown Prince Salman"));
}

TEST_CASE("coordinated verbs: 'X paid a courtesy call on Y, and held a meeting with Z' is X's second meeting") {
    const auto x = run("Release\n\nDuring the visit, State Minister Ken Ono paid a courtesy call on the Hon. Tom Hale, "
                       "Prime Minister of Fiji, and held a meeting with the Hon. Ana Silva, Deputy Speaker of Parliament.");
    CHECK(relation(x, RelationType::Met, "Ken Ono", "Tom Hale"));
    CHECK(relation(x, RelationType::Met, "Ken Ono", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    // a second subject of its own keeps its meeting: "and Silva held talks with"
    const auto y = run("Release\n\nMinister Ken Ono met Prime Minister Tom Hale, and Speaker Ana Silva held talks "
                       "with Senator Paul White.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Paul White"));
    CHECK_FALSE(relation(y, RelationType::Met, "Ken Ono", "Paul White"));
}

TEST_CASE("a title that gives no medium takes the body's: 'speaks with' above 'spoke on the telephone with'") {
    const auto x = run("Chancellor Tom Hale speaks with President Ana Silva\n\nChancellor Tom Hale spoke on the "
                       "telephone today with President Ana Silva. They discussed trade.");
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].mode == kg::MeetingMode::Telephone);
    CHECK(x.meetings[0].cameo == "041");
    CHECK_FALSE(x.meetings[0].place);
    // a body that names no medium leaves the title's meeting in person
    const auto y = run("Chancellor Tom Hale meets President Ana Silva\n\nChancellor Tom Hale met President Ana Silva "
                       "in Berlin today.");
    REQUIRE(y.meetings.size() == 1);
    CHECK(y.meetings[0].mode == kg::MeetingMode::InPerson);
}

TEST_CASE("offices with lower-case words after a hyphen or an elided d': Ambassador-at-Large, Charge d'Affaires") {
    const auto x = run("Release\n\nSecretary Tom Hale met with Ambassador-at-Large Ana Silva, Charg\u00e9 d\u2019Affaires "
                       "Paul White and Prime Minister-designate Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    // a mission is a body, not a person named after an office
    const auto y = run("Release\n\nMinister Tom Hale met Mr. Paul White, Charg\u00e9 d\u2019Affaires, Australian "
                       "Mission to NATO, in Brussels.");
    CHECK_FALSE(entity(y, EntityType::Person, "Australian Mission"));
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Paul White"));
}

TEST_CASE("'said after meeting (with) X': the speaker met X, a name without an office among them") {
    const auto x = run("Release\n\nCANBERRA (Kyodo) -- Ana Silva, the Australian foreign minister, said after meeting "
                       "Takeshi Iwaya that ties were strong.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Takeshi Iwaya"));
    const auto y = run("Release\n\nForeign Minister Ana Silva said after meeting with Foreign Minister Hiro Sato "
                       "that ties were strong.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Hiro Sato"));
}

TEST_CASE("a name after a country's possessive, as the news writes one: 'China's Wang Yi met Russia's Sergei Lavrov'") {
    const auto x = run("Release\n\nBEIJING (AP) -- China's Wang Yi met Russia's Sergei Lavrov on Tuesday. Japan's "
                       "Takeshi Iwaya and Australia's Shigeru Ishiba met in Canberra.");
    CHECK(relation(x, RelationType::Met, "Wang Yi", "Sergei Lavrov"));
    CHECK(relation(x, RelationType::Met, "Takeshi Iwaya", "Shigeru Ishiba"));
    // words of the language after the possessive name no one
    const auto y = run("Release\n\nHe met the Prime Minister of Iraq's Kurdistan Region, Tom Hale. Russia's Wagner "
                       "Group attacked, and China's Belt and Road Initiative grew.");
    CHECK_FALSE(entity(y, EntityType::Person, "Kurdistan Region"));
    CHECK_FALSE(entity(y, EntityType::Person, "Wagner Group"));
    CHECK_FALSE(entity(y, EntityType::Person, "Belt"));
}

TEST_CASE("a bare office is the readout's principal though the counterpart holds one like it: 'the Secretary'") {
    const auto x = run("Release\n\nSecretary of State Tom Hale met with Philippine Foreign Secretary Ana Silva in "
                       "Manila today. Later, the Secretary met with President Paul White.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
    // "Deputy Assistant to the President": an office's owner, not the President taking part
    const auto y = run("Release\n\nPresident Tom Hale met Premier Ana Silva on Monday. Deputy Assistant to the "
                       "President and Deputy Advisor Paul White spoke with Minister Hiro Sato.");
    const kg::Entity* hale = entity(y, EntityType::Person, "Tom Hale");
    REQUIRE(hale);
    CHECK(hale->mentions.size() == 1);
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Hiro Sato"));
}

TEST_CASE("an envoy's office names the country sent to before the name: 'U.S. Ambassador to Japan X'") {
    const auto x = run("Release\n\nSecretary Tom Hale met with U.S. Ambassador to Japan Paul White and with "
                       "Ambassador of Japan to the Philippines Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    const auto y = run("Release\n\nSecretary Ana Silva received the courtesy call of Japanese Ambassador to the "
                       "Philippines Hiro Sato on 04 June 2024.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Hiro Sato"));
    REQUIRE(y.meetings.size() == 1);
    CHECK(y.meetings[0].mode == kg::MeetingMode::CourtesyCall);
}

TEST_CASE("'X, accompanied by Y, conducted talks with Z': X and Y are one side of the talks") {
    const auto x = run("Release\n\nSpecial Envoy Tom Hale, accompanied by Ambassador Ana Silva, conducted talks "
                       "today in Muscat with Foreign Minister Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Hiro Sato"));
}

TEST_CASE("'X met Y on Saturday, after holding talks with Z': the gerund's talks are the subject's, and over") {
    const auto x = run("Release\n\nROME (Reuters) - President Tom Hale met Pope Francis at the Vatican on Saturday, "
                       "after holding talks with Prime Minister Ana Silva.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Francis"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Francis", "Ana Silva"));
    // "is holding talks" is still to come
    const auto y = run("Release\n\nPresident Tom Hale is holding talks with Prime Minister Ana Silva.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'the two leaders met' after a sentence naming just two people, when nothing was reported before") {
    const auto x = run("Modi, Putin hold talks\n\nMOSCOW (Reuters) - Prime Minister Tom Hale told President Ana "
                       "Silva on Tuesday that peace was needed. The two leaders met in the Kremlin.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    // a meeting already reported is the one "the two leaders" refer to
    const auto y = run("Release\n\nPresident Tom Hale met today with President Ana Silva. President Hale thanked "
                       "Administrator Paul White for his work. The two leaders also discussed trade.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Paul White"));
}

TEST_CASE("a name after a descriptive noun and a comma: 'China's top diplomat, Wang Yi', and an audience is a meeting") {
    const auto x = run("Release\n\nBEIJING (AP) -- Earlier, Secretary Tom Hale held talks with China's top "
                       "diplomat, Wang Yi. Minister Ana Silva had an audience with King Paul White.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Wang Yi"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("'The delegation also included A and B': named members join the meeting") {
    const auto x = run("Release\n\nOn April 8, Prime Minister Tom Hale received a courtesy call from a delegation "
                       "led by the Honorable Ana Silva, Chairman of the Committee. The delegation also included the "
                       "Honorable Paul White, Ranking Member, and the Honorable Hiro Sato, Member of the House.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
}

TEST_CASE("a date inside a relative clause is another event's when the meeting's own date follows") {
    const auto x = run("Release\n\nForeign Minister Tom Hale, who arrived on March 2, met Foreign Minister Ana Silva "
                       "on March 4.",
                       "2024-03-06");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2024-03-04");
}

TEST_CASE("'engaged in a private meeting with freed hostage X': a meeting, and a person after 'hostage'") {
    const auto x = run("Release\n\nFirst Lady Ana Silva engaged in a private meeting with freed hostage Tom Hale in "
                       "the White House today.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
    // "by her side," is no delegation's side
    const auto y = run("Release\n\nSpeaking from the White House with her husband, President Paul White, by her "
                       "side, First Lady Ana Silva reflected on motherhood.");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("a country's name as a family name after a lone given name and before punctuation: 'Lisa Monaco'") {
    const auto x = run("Release\n\nSecretary Tom Hale met Deputy Attorney General Lisa Monaco; Ambassador Maria "
                       "Jordan, who spoke; and Minister Ana Silva of Jordan. President Biden Ukraine aid was noted.");
    CHECK(entity(x, EntityType::Person, "Lisa Monaco"));
    CHECK(entity(x, EntityType::Person, "Maria Jordan"));
    CHECK(entity(x, EntityType::Person, "Ana Silva"));
    CHECK_FALSE(entity(x, EntityType::Person, "Biden Ukraine"));
}

TEST_CASE("a one-word country or place as a family name after an office's given name and before a verb: 'Secretary-General Patricia Scotland has met'") {
    const auto x = run("Release\n\nSecretary-General Ana Scotland has today met with President Tom Hale. Dr. Mark "
                       "Samoa served as the lead. Later, Secretary-General Scotland spoke. Visitors from Ana Italy "
                       "and President Biden Ukraine aid were noted.");
    CHECK(relation(x, RelationType::Met, "Ana Scotland", "Tom Hale"));
    CHECK(entity(x, EntityType::Person, "Mark Samoa"));
    CHECK_FALSE(entity(x, EntityType::Person, "Ana"));
    // (no office or honorific before the given name: the country stays a country)
    CHECK_FALSE(entity(x, EntityType::Person, "Ana Italy"));
    CHECK_FALSE(entity(x, EntityType::Person, "Biden Ukraine"));
}

TEST_CASE("a title's plural meeting verb after a family name alone ends the name: 'Minister Hale and Secretary-General Lee Meet U.S. Secretary of State White'") {
    const auto x = run("Austrian Foreign Minister Hale and Secretary-General Lee Meet U.S. Secretary of State White\n\n"
                       "The talks covered trade.");
    CHECK(relation(x, RelationType::Met, "Lee", "White"));
    CHECK(relation(x, RelationType::Met, "Hale", "White"));
    CHECK_FALSE(entity(x, EntityType::Person, "Lee Meet"));
}

TEST_CASE("an office of a body kg does not know, through 'on' and a known name, then a name closed by a post-nominal: 'Cochair of the Group on Taiwan Ingrid Leary MP'") {
    const auto x = run("Release\n\nMinister Tom Hale hosted a banquet to welcome a delegation led by Paul White MP "
                       "and Cochair of the Group on Taiwan Ana Silva MP. Minister Hale met Chair of the Committee on "
                       "Trade Mark Lee. Singh met Minister of Commerce and Indian G20 Sherpa Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(kg_test::role_title(x, "Ana Silva", "Group on Taiwan") == "Cochair");
    CHECK(entity(x, EntityType::Person, "Mark Lee"));
    CHECK(entity(x, EntityType::Person, "Hiro Sato"));
    CHECK_FALSE(entity(x, EntityType::Person, "Sherpa Hiro Sato"));
}

TEST_CASE("accompanied-by-opening: 'Accompanied by A, B and C, X arrived for delegation-level talks' joins X's meeting") {
    const auto x = run("Release\n\nPrime Minister Tom Hale on Friday held talks with US President Mark Lee. "
                       "Accompanied by External Affairs Minister Ana Silva, NSA Paul White and Ambassador Hiro Sato, "
                       "Hale arrived at the White House for delegation-level talks that covered trade. Accompanied by "
                       "his aide Mary Gold, President Lee toured the city.");
    CHECK(relation(x, RelationType::Met, "Mark Lee", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    // (no meeting named in the sentence: a tour is no talks)
    CHECK_FALSE(relation(x, RelationType::Met, "Mark Lee", "Mary Gold"));
}

TEST_CASE("'the two defence ministers on Friday discussed': the two people whose office before the name holds the portfolio") {
    const auto x = run("Release\n\nExternal Affairs Minister Tom Hale held talks with his Australian counterpart Ana "
                       "Silva. Silva and Australian Defence Minister Paul White arrived here on Friday. The Indian "
                       "delegation will be led by Defence Minister Hiro Sato and Hale. The two defence ministers on "
                       "Friday discussed the security situation. The two trade ministers discussed tariffs.");
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("'A and his counterpart B also attended the bilateral meeting', and 'Dr X said he had talks with his counterparts. He also met Y': X met Y") {
    const auto x = run("Release\n\nPrime Minister Tom Hale met President Mark Lee on Thursday. Foreign Minister "
                       "Hiro Sato and his counterpart Ana Silva also attended the bilateral meeting. Dr Sato said in "
                       "a post on Thursday that he had talks with his counterparts. He also met Foreign Minister Paul "
                       "White on Thursday afternoon.");
    CHECK(relation(x, RelationType::Met, "Mark Lee", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
}

TEST_CASE("'A and visiting Minister for Foreign Affairs of Japan, B, held bilateral talks': a modifier before the second's office") {
    const auto x = run("KATHMANDU, May 6: Deputy Prime Minister Tom Hale and visiting Minister for Foreign Affairs of "
                       "Japan, Ana Silva, held bilateral talks on Sunday. Minister Paul White and visiting Minister "
                       "Hiro Sato held talks too.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("'The meetings with A, B and C took place on the sidelines': the release's principal met each, they did not meet each other") {
    const auto x = run("Release\n\nTurkish Foreign Minister Tom Hale held separate meetings with his counterparts from "
                       "Balkan countries in Istanbul, the ministry said.\n\nThe meetings with Bosnian Foreign Minister "
                       "Ana Silva, Kosovar Foreign Minister Paul White and Albanian Foreign Minister Hiro Sato took place "
                       "on the sidelines of the forum on Friday. The meeting with Foreign Minister Mark Lee was held on "
                       "Saturday.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Lee"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("'met behind closed doors with Ghanaian President, X': the manner between the verb and 'with'") {
    const auto x = run("Release\n\nPresident Tom Hale on Tuesday met behind closed doors with Ghanaian President, Ana "
                       "Silva, at the Presidential Villa.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("received-by with where between the verb and 'by': 'He was welcomed upon arrival at the Kenneth Kaunda International airport by Minister X'") {
    const auto x = run("Release\n\nSecretary-General Tom Hale arrived in Zambia. He was welcomed upon arrival at the "
                       "Kenneth Kaunda International airport by Minister Ana Silva. Hale was welcomed at the airport by "
                       "Minister Paul White.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
}

TEST_CASE("'Gen' without its full stop is General before a name, not before 'Z' or 'IV'") {
    const auto x = run("Release\n\nPrime Minister Tom Hale met Gen Hiro Sato and Gen Ana Silva in Bangkok. Gen Z "
                       "voters, Gen Zs and Gen IV reactors were noted. EAM S Jaishankar spoke.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK_FALSE(entity(x, EntityType::Person, "Z"));
    CHECK_FALSE(entity(x, EntityType::Person, "Zs"));
    CHECK_FALSE(entity(x, EntityType::Person, "IV"));
    CHECK_FALSE(entity(x, EntityType::Person, "Z voters"));
}

TEST_CASE("'Politburo member Zhou Yongkang': 'member' is a noun for a person before the name") {
    const auto x = run("Release\n\nExternal Affairs Minister Tom Hale began his visit with a meeting with Politburo "
                       "member Hiro Sato at the Great Hall.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
}

TEST_CASE("a name with its Chinese characters in brackets is a person's: 'to meet Tsai Ing-wen (蔡英文)', not 'Tucheng (土城)'") {
    const auto x = run("TAIPEI (Taiwan News) - A delegation visited the Office on Tuesday to meet Hale Ing-wen (蔡英文). "
                       "He praised facilities in Tucheng (土城) and New Taipei City (新北市). Mark Lee (賴清德) spoke.");
    CHECK(entity(x, EntityType::Person, "Hale Ing-wen"));
    CHECK(entity(x, EntityType::Person, "Mark Lee"));
    CHECK_FALSE(entity(x, EntityType::Person, "Tucheng"));
    CHECK_FALSE(entity(x, EntityType::Person, "New Taipei City"));
}

TEST_CASE("office-country-name: 'met with the Foreign Ministers of Ukraine, A, and Slovakia, B' names each and gives each the office in its country") {
    const auto x = run("Release\n\nToday, Minister Tom Hale met with the Foreign Ministers of Ukraine, Ana Silva, and "
                       "Slovakia, Paul White, in Munich.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(kg_test::role_title(x, "Ana Silva", "Ukraine") == "Foreign Minister");
    CHECK(kg_test::role_title(x, "Paul White", "Slovakia") == "Foreign Minister");
}

TEST_CASE("a name written with and without its accents is one person: 'Ingibjörg Sólrún Gísladottir', 'Minister Gísladóttir', 'Mr. Ano' of 'Eduardo M. Año'") {
    const auto x = run("Release\n\nSecretary of State Tom Hale met today with Ingibjörg Sólrún Gísladottir, Iceland's "
                       "Minister for Foreign Affairs. Secretary Hale and Minister Gísladóttir continued their dialogue. "
                       "Mr. Hale also met Advisor Eduardo M. Año. Mr. Hale and Mr. Ano discussed the visit.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ingibjörg Sólrún Gísladottir"));
    CHECK_FALSE(entity(x, EntityType::Person, "Gísladóttir"));
    CHECK_FALSE(entity(x, EntityType::Person, "Ano"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Eduardo M. Año"));
}

TEST_CASE("'A and B were joined by C and D' joins the meeting of A and B, not the later one told of B alone") {
    const auto x = run("Release\n\nPrime Minister Tom Hale met with Secretary of State Ana Silva Monday evening.\n\n"
                       "Silva met earlier Sunday with President Paul White in Cairo.\n\nHale and Silva were joined "
                       "by Minister Hiro Sato and Ambassador Mark Lee.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mark Lee"));
    CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("pair-possessive-meeting: 'President A and President B's conversation in Rome' is their meeting, 'ahead of A and B's meeting' one to come") {
    const auto x = run("Release\n\nThe discussion built on President Tom Hale and President Ana Silva's conversation in "
                       "Rome last month. Markets rose ahead of President Paul White and President Hiro Sato's meeting. "
                       "Minister Mark Lee and Minister Ed Stone's commitments in their meeting with leaders were noted.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("others-present-included: 'Other dignitaries present included ... led by Gen X' joins the meeting told before") {
    const auto x = run("Release\n\nPresident Tom Hale held talks with President Ana Silva in Pretoria. Other "
                       "dignitaries present included commanders led by the Chief of Defence Forces Gen Hiro Sato among others.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Hiro Sato"));
}

TEST_CASE("a counterpart whose given name is also a one-word place: 'his Montenegrin counterpart, Milan Rocen'") {
    const auto x = run("Release\n\nForeign Minister Tom Hale today met with his Montenegrin counterpart, Milan Rocen, to "
                       "sign a Protocol. He then met his counterpart from Italy in Rome.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Milan Rocen"));
    CHECK_FALSE(entity(x, EntityType::Person, "Italy in Rome"));
}

TEST_CASE("'met with A and B in a joint meeting': words that qualify the meeting after the pair's 'in a'") {
    const auto x = run("Release\n\nThe delegation also met with Acting Prime Minister Tom Hale and Prime "
                       "Minister-Designate Ana Silva in a joint meeting, as well as Senate President Paul White.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'A and B held a bilateral on the sidelines of the summit': the noun 'bilateral' is the meeting, however far the summit") {
    const auto x = run("Release\n\nPrime Minister Tom Hale and President Ana Silva held a bilateral on the sidelines "
                       "of the summit. Minister Paul White held a one-on-one with Minister Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("'X will meet Y next week. The two last met in March': an earlier meeting of the two people of a meeting to come") {
    const auto x = run("Release\n\nPrime Minister Tom Hale will meet President Ana Silva next week, officials said. "
                       "The two last met in March. Minister Paul White will meet Minister Hiro Sato. The two will discuss trade.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("'A and B also spoke with their counterparts': each with their own, not with each other") {
    const auto x = run("Release\n\nThis morning, Secretary Tom Hale and Secretary Ana Silva also spoke with their "
                       "Canadian counterparts. Minister Paul White and Minister Hiro Sato spoke with each other.");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("'received here today X': adverbs between the host's verb and the guest") {
    const auto x = run("Release\n\nCrown Prince Tom Hale, Prime Minister, received here today US National Security "
                       "Advisor Ana Silva. Minister Paul White received yesterday Ambassador Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("a title's meeting the body says is still to come is planned, not met") {
    const auto x = run("Hale receives Nigerian President Silva\n\nPresident Tom Hale will on Monday host his "
                       "Nigerian counterpart, President Ana Silva, for a State Visit.");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    // "delighted to welcome X" is now, not to come
    const auto y = run("Remarks With Foreign Minister Ana Silva Before Their Meeting\n\nSECRETARY HALE: I am "
                       "delighted to welcome Foreign Minister Silva.");
    CHECK(relation(y, RelationType::Met, "Hale", "Ana Silva"));
    // a body that tells of the meeting as done keeps the title's meeting
    const auto z = run("Hale receives President Silva\n\nPresident Tom Hale will host a dinner tonight. He received "
                       "President Ana Silva this morning.");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("datelines: a place in title case, an agency after a comma, a bracketed agency without a dash, a date in brackets") {
    CHECK(run("Hanoi, November 27, 2023 - Prime Minister Tom Hale met Ana Silva.", "").document.date == "2023-11-27");
    CHECK(run("Riyadh, May 7, 2023, SPA -- Prince Tom Hale received Ana Silva.", "").document.date == "2023-05-07");
    CHECK(run("NEW DELHI, Sept 9, 2023 (PTI) Prime Minister Tom Hale met Ana Silva.", "").document.date ==
          "2023-09-09");
    // the date in brackets after the place, and "yesterday" the day before it
    const auto x = run("SUVA, Fiji (May 17, 2024) -- Prime Minister Tom Hale met Prime Minister Ana Silva yesterday in Suva.", "");
    CHECK(x.document.date == "2024-05-17");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2024-05-16");
    // a sentence that opens with a date is no dateline
    CHECK(run("Talks\n\nOn Monday, the minister met Ana Silva. Since March 3, 2022 - the war began - trade fell.",
              "")
              .document.date.empty());
}

TEST_CASE("'X phoned Y' is a call, and 'A and B spoke for more than five hours' a meeting of the two") {
    const auto x = run("Release\n\nChancellor Tom Hale phoned President Ana Silva on Monday.");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "telephone");
    const auto y = run("Release\n\nThe two foreign ministers, Tom Hale and Ana Silva, spoke for more than five hours "
                       "on Friday. Senator Paul White and Senator Hiro Sato spoke for the bill.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(y, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("a date never spans paragraphs: a title ending in a number above the date line") {
    const auto x = run("Japan-Australia Foreign and Defence Ministerial Consultations 2+2\n\nMay 3, 2024\n\nOn May 3, "
                       "Minister Tom Hale met Minister Ana Silva.",
                       "");
    CHECK(x.document.date == "2024-05-03");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2024-05-03");
    // a line wrapped inside a date still holds it
    const auto y = run("Release\n\nMinister Tom Hale met Minister Ana Silva on February\n14, 2022 in Rome.", "2022-03-01");
    const kg::Relation* w = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(w);
    CHECK(w->date == "2022-02-14");
}

TEST_CASE("news counterparts: 'China's top diplomat X', 'visiting Vice President X', 'lunched with X'") {
    const auto x = run("Release\n\nSecretary of State Tom Hale met China's top diplomat Ana Silva on Friday. Minister "
                       "Paul White met with visiting Iranian Vice President Hiro Sato. Chancellor Mia Berg later "
                       "lunched with Premier Li Qiang.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    const kg::Relation* meal = relation(x, RelationType::Met, "Mia Berg", "Li Qiang");
    REQUIRE(meal);
    CHECK(meal->attributes.at("mode") == "meal");
}

TEST_CASE("'The two leaders last met in April': an earlier meeting than the one the sentence before plans") {
    const auto x = run("Release\n\nPresident Tom Hale and President Ana Silva will meet in Paris next month, the "
                       "palace said. The two leaders last met in Guangzhou in April.");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date.empty());  // April of an unnamed year is not a day
    const auto y = run("Release\n\nPresident Tom Hale and President Ana Silva will meet in Paris next month. The "
                       "two leaders will discuss trade.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a title word that begins a hyphenated family name is part of the name: 'Hossein Amir-Abdollahian'") {
    const auto x = run("Release\n\nHigh Representative Tom Hale held a phone call with Foreign Minister of Iran "
                       "Hossein Amir-Abdollahian. Ana Silva, Secretary-Treasurer of the Union, attended.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hossein Amir-Abdollahian"));
    CHECK(entity(x, EntityType::Person, "Ana Silva"));  // "Secretary-Treasurer" is still an office
}

TEST_CASE("'the Minister of State for the Indo-Pacific, Name,': an office for a region, then the name") {
    const auto x = run("Release\n\nOn 4 March, the Minister of State for the Indo-Pacific, Ana Silva, met the "
                       "Foreign Minister of Indonesia, Tom Hale, in Jakarta.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("the medium after the counterpart: 'held talks with X via video link'") {
    const auto x = run("Release\n\nForeign Minister Tom Hale held talks with Foreign Minister Ana Silva via video "
                       "link. Minister Paul White met with Minister Hiro Sato, who arrived by video link's "
                       "inventor's plane.");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "video");
    const kg::Relation* w = relation(x, RelationType::Met, "Paul White", "Hiro Sato");
    REQUIRE(w);
    CHECK(w->attributes.at("mode") == "in-person");  // a relative clause tells of something else
}

TEST_CASE("'the Minister called on X and met Y': an unnamed subject leaves the second verb without one") {
    const auto x = run("Release\n\nDuring the visit, the Minister called on President Tom Hale and met Foreign "
                       "Secretary Ana Silva.");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nDuring the visit, Minister Paul White called on President Tom Hale and met "
                       "Foreign Secretary Ana Silva.");
    CHECK(relation(y, RelationType::Met, "Paul White", "Tom Hale"));
    CHECK(relation(y, RelationType::Met, "Paul White", "Ana Silva"));
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'Following their meeting, A and B issued a statement': the pair held the meeting") {
    const auto x = run("Release\n\nFollowing their bilateral meeting, President Tom Hale and Chancellor Ana Silva "
                       "issued a joint statement.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nFollowing the meeting, President Tom Hale and Chancellor Ana Silva issued "
                       "statements.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("an office's portfolio after 'of' or 'for' ends before the name: 'Minister of Commerce X'") {
    const auto x = run("Release\n\nCommerce Secretary Tom Hale met with Minister of Commerce Ana Silva in Beijing. "
                       "Assistant Secretary of State for East Asian and Pacific Affairs Paul White met with Vice "
                       "Foreign Minister Hiro Sato. The delegation included Secretary of Economy Mia Berg.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    CHECK(entity(x, EntityType::Person, "Mia Berg"));
    CHECK_FALSE(entity(x, EntityType::Person, "Economy Mia Berg"));
}

TEST_CASE("'hosted a trilateral summit with A and B': a meeting of all three") {
    const auto x = run("Release\n\nPresident Tom Hale hosted a trilateral summit with Prime Minister Ana Silva of "
                       "Japan and President Paul White of the Philippines at the White House.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("'received in audience the newly appointed Ambassador of Japan, Mr. X' and 'convened a call with G7 Leaders, including A and B'") {
    const auto x = run("Release\n\nKing Tom Hale received in audience the newly appointed Ambassador of Japan, Mr. "
                       "Ana Silva.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nPresident Paul White convened a call with G7 Leaders, including Prime Minister "
                       "Hiro Sato and Chancellor Mia Berg.");
    const kg::Relation* r = relation(y, RelationType::Met, "Paul White", "Hiro Sato");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "telephone");
    CHECK(relation(y, RelationType::Met, "Paul White", "Mia Berg"));
    // "including" after anything but a group still ends the counterparts
    const auto z = run("Release\n\nPresident Paul White held talks with Prime Minister Hiro Sato on many issues, "
                       "including the visit of Chancellor Mia Berg.");
    CHECK(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
    CHECK_FALSE(relation(z, RelationType::Met, "Paul White", "Mia Berg"));
}

TEST_CASE("delegation members join the body's meeting with both sides, not a title's that names one") {
    const auto x = run("Courtesy Call on Prime Minister Hale by Members of the U.S. Congress\n\nOn April 2, Mr. "
                       "HALE Tom, Prime Minister of Japan, received a courtesy call from a delegation of the U.S. "
                       "Congress led by the Honorable Ana Silva, Chairman of the Committee. The delegation included "
                       "the Honorable Paul White, Ranking Member, and the Honorable Hiro Sato.");
    for (const char* member : {"Paul White", "Hiro Sato"}) {
        CHECK_MESSAGE(relation(x, RelationType::Met, "Tom Hale", member), member);
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", member), member);
    }
}

TEST_CASE("'her meeting with President X earlier in the day' is of the day of the meeting reported before") {
    const auto x = run("Release\n\nOn March 4, Minister Tom Hale held a meeting with Secretary Ana Silva. Minister "
                       "Hale also mentioned her meeting with President Paul White earlier in the day.",
                       "2024-03-05");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Paul White");
    REQUIRE(r);
    CHECK(r->date == "2024-03-04");
}

TEST_CASE("'A and B met today at Parliament House with X': the subjects' counterpart after the when and where") {
    const auto x = run("Release\n\nForeign Minister Tom Hale and Defence Minister Ana Silva met today at Parliament "
                       "House with Indian External Affairs Minister Paul White.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
    // with no counterpart after "with", the pair met each other
    const auto y = run("Release\n\nForeign Minister Tom Hale and Defence Minister Ana Silva met today in Canberra "
                       "with great hopes.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a list of subjects with long offices: 'A, Deputy Advisor to the Vice President B, and Senior Director for the Western Hemisphere C met with X'") {
    const auto x = run("Release\n\nNational Security Advisor Tom Hale, Special Presidential Advisor Ana Silva, "
                       "Deputy National Security Advisor to the Vice President Dr. Hiro Sato, and National Security "
                       "Council Senior Director for the Western Hemisphere Mia Berg met today at the White House with "
                       "Guatemalan President-elect Paul White.");
    for (const char* who : {"Tom Hale", "Ana Silva", "Hiro Sato", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Met, who, "Paul White"), who);
    // a modifier before the office read: "A and Senior Director B"
    const auto y = run("Release\n\nSpecial Advisor Ana Silva and Senior Director Mia Berg met with President Paul "
                       "White.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Paul White"));
    CHECK(relation(y, RelationType::Met, "Mia Berg", "Paul White"));
    // commas alone, with no "and" closing a list, join nobody
    const auto z = run("Release\n\nAfter a letter from Minister Ana Silva, Secretary Tom Hale met with President Paul "
                       "White.");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Paul White"));
    CHECK_FALSE(relation(z, RelationType::Met, "Ana Silva", "Paul White"));
}

// Each text's date line dates the release and the meeting of Tom Hale and Ana Silva in it.
template <std::size_t N>
void check_date_lines(const std::pair<const char*, const char*> (&cases)[N]) {
    for (const auto& [text, date] : cases) {
        const auto x = run(text, "");
        CHECK_MESSAGE(x.document.date == date, text);
        const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
        REQUIRE_MESSAGE(r, text);
        CHECK_MESSAGE(r->date == date, text);
    }
}

TEST_CASE("news date lines: '31/03/2023 07:58 PM', 'Issued on: 24/05/2022 - 09:12', '16 Nov, 2021', '05/31/2023'") {
    const std::pair<const char*, const char*> cases[] = {
        {"Anwar in China\n31/03/2023 07:58 PM\n\nPrime Minister Tom Hale met President Ana Silva here today.",
         "2023-03-31"},
        {"Kishida meets Biden\nIssued on: 06/04/2022 - 09:12\n\nPrime Minister Tom Hale met President Ana Silva today.",
         "2022-04-06"},
        {"Summit\nPublished: 1:07pm, 16 Nov, 2021\n\nPrime Minister Tom Hale met President Ana Silva today.",
         "2021-11-16"},
        {"Summit\n20 May, 2023 06:25 pm IST\n\nPrime Minister Tom Hale met President Ana Silva today.", "2023-05-20"},
        // month first when the second number cannot be a month
        {"Summit\n05/31/2023\n\nPrime Minister Tom Hale met President Ana Silva today.", "2023-05-31"},
    };
    check_date_lines(cases);
}

TEST_CASE("date lines of more house styles: capitals and YYYY.MM.DD and dates that open the first paragraph") {
    const std::pair<const char*, const char*> cases[] = {
        {"Readout\nDECEMBER 13, 2021\n\nPrime Minister Tom Hale met President Ana Silva today.", "2021-12-13"},
        {"Readout\nPosted On: 01 APR 2025 2:45PM by Press Office\n\nPrime Minister Tom Hale met President Ana "
         "Silva today.",
         "2025-04-01"},
        {"Press Release\n\nDate 2024.10.17\n\nPrime Minister Tom Hale met President Ana Silva today.", "2024-10-17"},
        {"Minister received guest\n\n21.05.2024 - Prime Minister Tom Hale met President Ana Silva today. The two "
         "leaders discussed trade, energy, the security of the region and the preparations for the summit in July.",
         "2024-05-21"},
        {"The Chairperson receives the Minister\n\nAddis Ababa, 11 January 2023: Prime Minister Tom Hale met "
         "President Ana Silva today at the headquarters of the organisation in Addis Ababa, on the occasion of his "
         "first visit.",
         "2023-01-11"},
        {"No: 78, 10 March 2022, Press Release Regarding the Meeting of the Prime Minister with the President of "
         "the Republic\n\nPrime Minister Tom Hale met President Ana Silva today.",
         "2022-03-10"},
    };
    check_date_lines(cases);
    // a body's date in the middle of a long first line is no date line, and "MARCH" as a word no month
    const auto y = run("Readout\n\nPrime Minister Tom Hale met President Ana Silva today, recalling the agreement "
                       "signed on 21 May 2024 - the first of its kind - and the talks of last year in the capital.",
                       "");
    CHECK(y.document.date.empty());
}

TEST_CASE("a second mention by another part of the name: 'Anwar' for Anwar Ibrahim, 'Lula' for Luiz Inacio Lula da Silva") {
    const auto x = run("Release\n\nPrime Minister Anwar Ibrahim met President Xi Jinping. Earlier, Anwar held talks "
                       "with Premier Li Qiang.");
    CHECK(relation(x, RelationType::Met, "Anwar Ibrahim", "Li Qiang"));
    const auto y = run("Release\n\nBrazilian President Luiz Inacio Lula da Silva arrived in Beijing. Lula met with "
                       "Premier Li Qiang on Friday.");
    CHECK(relation(y, RelationType::Met, "Luiz Inacio Lula da Silva", "Li Qiang"));
    // a part two people share names neither
    const auto z = run("Release\n\nMinister Anwar Hale met Minister Anwar Silva. Anwar held talks with Premier Li Qiang.");
    CHECK_FALSE(relation(z, RelationType::Met, "Anwar Hale", "Li Qiang"));
    CHECK_FALSE(relation(z, RelationType::Met, "Anwar Silva", "Li Qiang"));
}

TEST_CASE("'to discuss the August 5 incident': a date before another event's noun is not the meeting's") {
    const auto x = run("Release\n\nSecretary Tom Hale spoke today with Foreign Secretary Ana Silva to discuss the "
                       "August 5 incident.",
                       "2023-08-08");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2023-08-08");
    // but "the September 9 phone call between A and B" is that call's date
    const auto y = run("Release\n\nTheir meeting followed up on the September 9 phone call between President Tom "
                       "Hale and President Ana Silva.",
                       "2023-11-15");
    const kg::Relation* c = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(c);
    CHECK(c->date == "2023-09-09");
}

TEST_CASE("names after long offices: 'Australia's new Prime Minister X', 'Deputy Minister for Political Affairs Chung Byung-won', the first body head a name follows") {
    const auto x = run("Release\n\nIndian Prime Minister Tom Hale and Australia's new Prime Minister Ana Silva met "
                       "in Tokyo on Tuesday.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nVice Minister for Political Affairs Chung Byung-won met with Assistant Secretary "
                       "Tom Hale.");
    CHECK(relation(y, RelationType::Met, "Chung Byung-won", "Tom Hale"));
    const auto z = run("Release\n\nAssistant Secretary Tom Hale met with Director-General for Asian and Oceanian "
                       "Affairs Hiro Sato and North American Affairs Bureau Director-General Ken Mori.");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ken Mori"));
}

TEST_CASE("'A and B wrapped up their first virtual summit', and 'In their first face-to-face talks in a year, ...' after a sentence that opens with the pair") {
    const auto x = run("Release\n\nChinese President Tom Hale and US President Ana Silva wrapped up their first "
                       "virtual summit on Tuesday.",
                       "2021-11-17");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "video");
    CHECK(r->date == "2021-11-16");
    const auto y = run("Release\n\nPrime Minister Tom Hale and Chinese President Ana Silva on Thursday reaffirmed "
                       "their commitment to stable ties.\n\nIn their first face-to-face talks in a year, held on the "
                       "fringes of the summit, Hale called for the lifting of the ban.",
                       "2023-11-17");
    const kg::Relation* t = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(t);
    CHECK(t->date == "2023-11-16");
    // their talks still to come are no meeting
    const auto z = run("Release\n\nPrime Minister Tom Hale and Chinese President Ana Silva will hold their first "
                       "talks next week.");
    CHECK_FALSE(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("people present: 'were also present at Monday's meeting between the two presidents', 'Also present were A and B'") {
    const auto x = run("Release\n\nPresident Tom Hale met his Russian counterpart Ana Silva on Monday. The summit was "
                       "prepared by Foreign Minister Hiro Sato, who held talks last week with Foreign Minister Mia "
                       "Berg. Sato and Berg were also present at Monday's meeting between the two presidents.");
    for (const char* who : {"Hiro Sato", "Mia Berg"}) {
        CHECK_MESSAGE(relation(x, RelationType::Met, "Tom Hale", who), who);
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", who), who);
    }
    const auto y = run("Release\n\nPrime Minister Tom Hale held talks with Premier Ana Silva today. Also present were "
                       "Minister of Trade Hiro Sato and Foreign Minister Mia Berg.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Hiro Sato"));
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Mia Berg"));
}

TEST_CASE("'X was present on the Indian side' joins the main talks, not the welcome told after them") {
    const auto x = run("Release\n\nPrime Minister Tom Hale held talks today with President Ana Silva. President "
                       "Silva was accorded a welcome earlier in the day, where she was received by President Smt. "
                       "Mia Berg. The Chilean delegation included Minister of Mining Hiro Sato. Foreign Minister Ian "
                       "Cole was present on the Indian side.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));  // "Smt." opens the name, ends no sentence
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));   // an office of Mining
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ian Cole"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ian Cole"));
    CHECK_FALSE(relation(x, RelationType::Met, "Mia Berg", "Ian Cole"));
    // without a side named, the one present was at the meeting just told
    const auto y = run("Release\n\nPrime Minister Tom Hale held talks today with President Ana Silva. Later, "
                       "President Silva was received by President Mia Berg. Foreign Minister Ian Cole was also "
                       "present.");
    CHECK(relation(y, RelationType::Met, "Mia Berg", "Ian Cole"));
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ian Cole"));
}

TEST_CASE("'Attending the call were A and B', and 'On the same day' after talks recalled in passing") {
    const auto x = run("Release\n\nJune 3, 2024\n\nOn 3 June 2024, Minister Tom Hale co-chaired the 5th Foreign "
                       "Ministers' Meeting with Minister Ana Silva. Minister Hale recalled the talks between Prime "
                       "Minister Mia Berg and Prime Minister Ian Cole in Canberra on 7 March 2024. On the same day, "
                       "Minister Silva paid a courtesy call on Prime Minister Berg. Attending the call were Deputy "
                       "Minister Hiro Sato and Ambassador Lena Dahl.");
    for (const char* who : {"Hiro Sato", "Lena Dahl"}) {
        CHECK_MESSAGE(relation(x, RelationType::Met, "Mia Berg", who), who);
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", who), who);
        CHECK_FALSE_MESSAGE(relation(x, RelationType::Met, "Tom Hale", who), who);
    }
    const kg::Relation* call = relation(x, RelationType::Met, "Ana Silva", "Mia Berg");
    REQUIRE(call);
    CHECK(call->date == "2024-06-03");
    const kg::Relation* recalled = relation(x, RelationType::Met, "Mia Berg", "Ian Cole");
    REQUIRE(recalled);
    CHECK(recalled->date == "2024-03-07");
}

TEST_CASE("'A and B last met on July 11', 'Presidents A and B had first met in 2023': a meeting of its own day") {
    const auto x = run("Release\n\nOctober 8, 2024\n\nPresident Tom Hale will travel to Budapest later this year, "
                       "where he will meet Prime Minister Ana Silva. Hale and Silva last met on July 11 in "
                       "Washington on the sidelines of the summit.");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2024-07-11");
    const auto y = run("Release\n\nJune 18, 2024\n\nPresident Tom Hale sent a message. President Ana Silva answered "
                       "it. Presidents Hale and Silva had first met in New Delhi on September 9, 2023.");
    const kg::Relation* f = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(f);
    CHECK(f->date == "2023-09-09");
    // a future meeting stays none
    const auto z = run("Release\n\nPresident Tom Hale will travel to Budapest, where he will meet Prime Minister Ana "
                       "Silva for the first time.");
    CHECK_FALSE(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'his Hungarian counterpart X ... the Hungarian minister' and 'with Z also in attendance'") {
    const auto x = run("Release\n\nForeign Minister Tom Hale on Tuesday held talks with his Hungarian counterpart Ana "
                       "Silva in Ankara. Later in the day, the Hungarian minister was received by President Mia Berg "
                       "at the Presidential Complex, with Hale also in attendance.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mia Berg"));
    // the counterpart holds the office of the one whose counterpart they are: not a president
    const auto y = run("Release\n\nForeign Minister Tom Hale on Tuesday held talks with his Hungarian counterpart Ana "
                       "Silva in Ankara. Later, the Hungarian president was received by President Mia Berg.");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Mia Berg"));
    // "with Z in attendance" adds Z to that meeting, not a meeting of Z's with the host alone
    const auto z = run("Release\n\nPresident Tom Hale received Minister Ana Silva, with Foreign Minister Ian Cole also "
                       "in attendance.");
    CHECK(relation(z, RelationType::Met, "Ana Silva", "Ian Cole"));
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ian Cole"));
}

TEST_CASE("'met then Prime Minister X', 'met former President X', and 'The Deputy Prime Minister of New Zealand' for the one named so before") {
    const auto x = run("Release\n\nPrime Minister Ana Silva received a courtesy call from the Deputy Prime Minister and "
                       "Minister of Foreign Affairs of New Zealand, the Rt Hon Tom Hale. The Deputy Prime Minister of "
                       "New Zealand last visited Malaysia in 2018, when he met then Prime Minister Tun Dr Mia Berg in "
                       "Putrajaya on 16 July 2018.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Mia Berg");
    REQUIRE(r);
    CHECK(r->date == "2018-07-16");
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
    const auto y = run("Release\n\nMinister Tom Hale met former President Ana Silva and the then Prime Minister, Mia "
                       "Berg, in Lima.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Mia Berg"));
    // a name set off by commas after an office at a question's start is spoken to, not the office's holder
    const auto z = run("Briefing\n\nMS. ANA SILVA: Good afternoon.\n\nQ The President, Kate, has called for more. "
                       "Was the President's call with President Tom Hale useful?");
    CHECK_FALSE(relation(z, RelationType::Met, "Kate", "Tom Hale"));
}

TEST_CASE("a tenure word after a country's possessive: 'received Syria's interim President X', 'met Peru's new Prime Minister X'") {
    const auto x = run("Release\n\nTurkish President Tom Hale received Syria's interim President Ana Silva at the "
                       "Presidential Complex on Tuesday.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nTurkish President Tom Hale met Peru's new Prime Minister Ana Silva on Tuesday.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a pair that co-chaired a named session met there, the second with a title joined by 'and' to another") {
    const auto x = run("Release\n\nHANOI - Secretary of Foreign Affairs Tom Hale and Viet Nam's Deputy Prime Minister "
                       "and Minister of Foreign Affairs Ana Silva co-chaired the 11th Philippines-Viet Nam Joint "
                       "Commission on Bilateral Cooperation (JCBC) in Hanoi yesterday.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    for (const char* who : {"Tom Hale", "Ana Silva"})
        CHECK_MESSAGE(relation(x, RelationType::Attended, who, "11th Philippines-Viet Nam Joint Commission on Bilateral Cooperation"), who);
    const auto y = run("Release\n\nSecretary Tom Hale and Deputy Prime Minister and Foreign Minister Ana Silva held "
                       "talks in Hanoi on Monday.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    // one chair alone meets no one
    const auto z = run("Release\n\nSecretary Tom Hale co-chaired the 11th Philippines-Viet Nam Joint Commission in Hanoi.");
    CHECK(std::none_of(z.relations.begin(), z.relations.end(),
                       [](const kg::Relation& r) { return r.type == RelationType::Met; }));
}

TEST_CASE("'held a brief conversation on the sidelines of the X summit ..., when they agreed to': the first noun is the meeting") {
    const auto x = run("Release\n\nAstana, Jul 4 (PTI) Minister Ana Silva on Thursday held talks with Foreign Minister "
                       "Mia Berg.\n\nPrime Minister Tom Hale and Chinese President Xi Jinping last held a brief "
                       "conversation on the sidelines of the BRICS summit in Johannesburg in August last year, when they "
                       "agreed to direct their officials to intensify efforts.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Xi Jinping"));
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "BRICS summit"));
}

TEST_CASE("two initials in one word inside a name neither end the sentence nor the name: 'Meynardo LB. Montealegre'") {
    const auto x = run("Release\n\nLater in the day, Secretary Tom Hale, accompanied by Philippine Ambassador to Viet Nam "
                       "Meynardo LB. Montealegre, paid a courtesy call on Prime Minister Pham Minh Chinh in Hanoi.");
    CHECK(entity(x, EntityType::Person, "Meynardo LB. Montealegre"));
    CHECK(relation(x, RelationType::Met, "Meynardo LB. Montealegre", "Pham Minh Chinh"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Pham Minh Chinh"));
    // an abbreviation at a sentence's end still ends it
    const auto y = run("Release\n\nMinister Tom Hale met officials of the EU. Later, Minister Ana Silva met President Mia Berg.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Mia Berg"));
}

TEST_CASE("three who held a long named meeting ', where they discussed' met - 'Also participating in the meeting were'") {
    const auto x = run("Release\n\nTOKYO (Yonhap) -- Foreign Minister Tom Hale, Chinese Foreign Minister Wang Yi and "
                       "Japanese Foreign Minister Ana Silva held the 11th Korea-Japan-China Foreign Ministers' Meeting, "
                       "where they discussed cooperation in six key areas.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Wang Yi", "Ana Silva"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "11th Korea-Japan-China Foreign Ministers' Meeting"));
    const auto y = run("Release\n\nSecretary Tom Hale met Foreign Minister Ana Silva in Mexico City on Monday. Also "
                       "participating in the meeting were Undersecretary for Latin America and the Caribbean Mia Berg and "
                       "the Ambassador of Guatemala to Mexico, Ian Cole.");
    for (const char* who : {"Mia Berg", "Ian Cole"})
        CHECK_MESSAGE(relation(y, RelationType::Met, "Ana Silva", who), who);
}

TEST_CASE("a counterpart's name may open with a short word that elsewhere begins none: 'talks with To Lam, general secretary'") {
    const auto x = run("Release\n\nHANOI, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with To Lam, "
                       "general secretary of the Communist Party of Vietnam (CPV) Central Committee, in Hanoi on Monday.");
    CHECK(entity(x, EntityType::Person, "To Lam"));
    CHECK(relation(x, RelationType::Met, "Xi Jinping", "To Lam"));
    // not without the apposition after it
    const auto y = run("Release\n\nPresident Xi Jinping held talks with To Lam in Hanoi on Monday.");
    CHECK_FALSE(entity(y, EntityType::Person, "To Lam"));
}

TEST_CASE("'The two ministers co-chaired' the pair named before with an office joined by 'and' - 'on Dec 4 last year'") {
    const auto x = run("Release\n\nForeign Minister Tom Hale and Cambodian Deputy Prime Minister and Foreign Minister Ana "
                       "Silva have agreed to accelerate work on the land boundary.\n\nThe two ministers co-chaired the "
                       "12th Thailand-Cambodia Joint Commission on Bilateral Cooperation in Bangkok on Tuesday.\n\nMs "
                       "Silva had held talks with Prime Minister Mia Berg in Phnom Penh on Dec 4 last year.",
                       "2025-02-11");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const kg::Relation* r = relation(x, RelationType::Met, "Ana Silva", "Mia Berg");
    REQUIRE(r);
    CHECK(r->date == "2024-12-04");
}

TEST_CASE("a plain name closing the clause after a long office of words of the language is a person") {
    const auto x = run("Release\n\nMinister Tom Hale met Foreign Minister Ana Silva in Prague on Monday. Minister Hale "
                       "also met with the Chairman of the Foreign Affairs Committee of the Chamber of Deputies Marek "
                       "Zenisek.");
    CHECK(entity(x, EntityType::Person, "Marek Zenisek"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Marek Zenisek"));
    // not the name of a body at the end of an office
    const auto y = run("Release\n\nLesley Weiss is Deputy Director of the National Coalition Supporting Eurasian Jewry.");
    CHECK_FALSE(entity(y, EntityType::Person, "Eurasian Jewry"));
}

TEST_CASE("a post-nominal closes a name after an office of a portfolio: 'Secretary of National Defense Gilberto C. Teodoro Jr.'") {
    const auto x = run("Release\n\nMinister Tom Hale also met separately with Australian Defence Minister Ana Silva and "
                       "Philippine Secretary of National Defense Gilberto C. Teodoro Jr.");
    CHECK(entity(x, EntityType::Person, "Gilberto C. Teodoro"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Gilberto C. Teodoro"));
}

TEST_CASE("the names of a list after 'attended by' are people: 'A, Title - B, Title - and C, Title'") {
    const auto x = run("Release\n\nMinister Tom Hale met Minister Ana Silva in Abu Dhabi on Monday. The meeting was "
                       "attended by Khalifa Shaheen Almarar, Minister of State; Saeed Mubarak Al Hajeri, Assistant "
                       "Minister for Trade; and Madiyar Menilbekov, Ambassador of Kazakhstan to the UAE.");
    CHECK(entity(x, EntityType::Person, "Saeed Mubarak Al Hajeri"));
    for (const char* who : {"Khalifa Shaheen Almarar", "Saeed Mubarak Al Hajeri", "Madiyar Menilbekov"})
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", who), who);
}

TEST_CASE("a side 'supported by' its officials, 'The Thai delegation to the meeting included', 'which was also attended by'") {
    const auto x = run("Release\n\nMinister Tom Hale yesterday co-chaired the Joint Commission with his Egyptian "
                       "counterpart, Dr Ana Silva, in Pretoria. Minister Hale was supported by Deputy Minister Mia Berg "
                       "and the Director-General, Mr Ian Cole.");
    for (const char* who : {"Mia Berg", "Ian Cole"})
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", who), who);
    const auto y = run("Release\n\nMinister Tom Hale and Minister Ana Silva co-chaired the 23rd Meeting of the Joint "
                       "Commission in Luang Prabang. The Thai delegation to the meeting included Mr. Mia Berg, Permanent "
                       "Secretary, and Mr. Ian Cole, Ambassador of Thailand to the Lao PDR.");
    for (const char* who : {"Mia Berg", "Ian Cole"})
        CHECK_MESSAGE(relation(y, RelationType::Met, "Ana Silva", who), who);
    const auto z = run("Release\n\nMinister Tom Hale today received Minister Ana Silva. \"Ghana is a partner,\" Hale "
                       "said at the end of the meeting, which was also attended by Deputy Minister Mia Berg.");
    CHECK(relation(z, RelationType::Met, "Ana Silva", "Mia Berg"));
    // an initiative supported by a minister is no delegation
    const auto w = run("Release\n\nMinister Tom Hale received Minister Ana Silva. The plan was supported by Minister "
                       "Mia Berg last year.");
    CHECK_FALSE(relation(w, RelationType::Met, "Ana Silva", "Mia Berg"));
}

TEST_CASE("demonyms of every state: 'The Ghanaian Foreign Minister later met', 'Kuwaiti Foreign Minister X'") {
    const auto x = run("Release\n\nMinister Tom Hale received the Minister for Foreign Affairs of the Republic of "
                       "Ghana, Ana Silva. The Ghanaian Foreign Minister later met with the President of the Chamber of "
                       "Deputies, Mia Berg.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Mia Berg"));
    // the country named once, its demonym is a mention of it
    const auto y = run("Release\n\nMinister Tom Hale met Kuwaiti Foreign Minister Ana Silva and thanked Kuwait for "
                       "its support.");
    CHECK(relation(y, RelationType::Role, "Ana Silva", "Kuwait"));
}

TEST_CASE("'followed by a delegation meeting attended by C and D': they join that sentence's meeting") {
    const auto x = run("Release\n\nEarlier, Prime Minister Tom Hale and Prime Minister Ana Silva held a four-eyes "
                       "meeting, followed by a delegation meeting attended by Minister Mia Berg and Singapore's Minister "
                       "for Foreign Affairs Dr Ian Cole.");
    for (const char* who : {"Mia Berg", "Ian Cole"}) {
        CHECK_MESSAGE(relation(x, RelationType::Met, "Tom Hale", who), who);
        CHECK_MESSAGE(relation(x, RelationType::Met, "Ana Silva", who), who);
    }
    // a summit attended by many is no meeting of theirs with the one who spoke of it
    const auto y = run("Release\n\nMinister Tom Hale praised the summit attended by Minister Mia Berg.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Mia Berg"));
}

TEST_CASE("'They also spoke by telephone with X': everyone at the meeting just reported") {
    const auto x = run("Release\n\nChancellor Tom Hale and President Ana Silva met President Mia Berg in Kyiv on "
                       "Saturday. They also spoke by telephone with President Ian Cole.");
    for (const char* who : {"Tom Hale", "Ana Silva", "Mia Berg"})
        CHECK_MESSAGE(relation(x, RelationType::Met, who, "Ian Cole"), who);
    // "They welcome ...", "They plan to host ..." tell no meeting
    const auto y = run("Release\n\nPresident Tom Hale and President Ana Silva met in Washington. They welcome the "
                       "talks and plan to host President Ian Cole next year.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ian Cole"));
}

TEST_CASE("the Gulf agencies' style: a Hijri date before the dateline's, 'received in Riyadh today' a long office, 'Eng.'") {
    const auto x = run("Minister Receives Pakistan's Deputy Prime Minister\n\nRiyadh, Sha'ban 05, 1446, February 04, "
                       "2025, SPA -- Minister of Foreign Affairs Prince Tom Hale received in Riyadh today Deputy Prime "
                       "Minister and Minister of Foreign Affairs of the Islamic Republic of Pakistan Ana Silva.\n\nThe "
                       "meeting was attended by Vice Minister of Foreign Affairs Eng. Mia Berg.",
                       "");
    CHECK(x.document.date == "2025-02-04");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2025-02-04");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
    CHECK_FALSE(entity(x, EntityType::Person, "Eng"));
}

TEST_CASE("'the Minister' is the principal named first in a headline and with an office in the lead, and a series of meetings dates those told after it") {
    const auto x = run("Minister Tom Hale holds series of meetings in Malta\n\nDecember 6, 2024\n\nOn December 5, "
                       "Minister of Foreign Affairs of Ukraine Tom Hale took part in the Ministerial Council and held a "
                       "number of bilateral meetings on its sidelines.\n\nThe Minister met with Foreign Minister Ana "
                       "Silva.\n\nIn addition, the Minister met separately with Minister for Foreign Affairs Mia Berg.",
                       "");
    for (const char* who : {"Ana Silva", "Mia Berg"}) {
        const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", who);
        REQUIRE_MESSAGE(r, who);
        CHECK_MESSAGE(r->date == "2024-12-05", who);
    }
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
}

TEST_CASE("'The X Meeting was held ..., hosted by A, with the participation of B and C': one meeting of the three") {
    const auto x = run("Release\n\nThe 11th Trilateral Meeting of the Foreign Ministers was held in Ankara on 9 "
                       "October 2024, hosted by H.E. Tom Hale, Minister of Foreign Affairs, with the participation of "
                       "H.E. Ana Silva, Minister of Foreign Affairs of Azerbaijan, and H.E. Mia Berg, Minister of Foreign "
                       "Affairs of Georgia.");
    for (const auto& [p, q] : {std::pair{"Tom Hale", "Ana Silva"}, {"Tom Hale", "Mia Berg"}, {"Ana Silva", "Mia Berg"}}) {
        const kg::Relation* r = relation(x, RelationType::Met, p, q);
        REQUIRE_MESSAGE(r, p);
        CHECK(r->date == "2024-10-09");
    }
    // a programme carried out with the participation of someone is no meeting
    const auto y = run("Release\n\nThe programme, funded by Minister Tom Hale, was launched with the participation of "
                       "Ana Silva.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a Spanish name without its second family name is the same person ('Juan Ramón de la Fuente' in a headline)") {
    const auto x = run("Foreign Secretary Juan Ramón de la Fuente meets with Foreign Minister Carlos Ramiro Martínez\n\n"
                       "Foreign Secretary Juan Ramón de la Fuente Ramírez received Foreign Minister Carlos Ramiro "
                       "Martínez Alvarado today in Mexico City.");
    CHECK(relation(x, RelationType::Met, "Juan Ramón de la Fuente Ramírez", "Carlos Ramiro Martínez Alvarado"));
    CHECK_FALSE(entity(x, EntityType::Person, "Juan Ramón de la Fuente"));
    CHECK_FALSE(entity(x, EntityType::Person, "Carlos Ramiro Martínez"));
}

TEST_CASE("'Pakistan's Ambassador to the Kingdom X': an envoy to the host country named by its form") {
    const auto x = run("Release\n\nMinister Tom Hale received Minister Ana Silva in Riyadh today. The meeting was "
                       "attended by Vice Minister Mia Berg, and Pakistan's Ambassador to the Kingdom Ian Cole.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ian Cole"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ian Cole"));
    CHECK_FALSE(entity(x, EntityType::Person, "Kingdom Ian Cole"));
}

TEST_CASE("offices after or before a name in the news' lower case: 'X, chairman of the Y,', 'X, China's top diplomat,', 'Iran's foreign minister, X,'") {
    const auto x = run("Release\n\nPresident Ana Silva met with Premier Tom Hale and Zhao Leji, chairman of the "
                       "National People's Congress Standing Committee, on Friday.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Zhao Leji"));
    const auto y = run("Release\n\nYang Jiechi, China's top diplomat, met US national security adviser Tom Hale in "
                       "Vienna on Wednesday.");
    CHECK(relation(y, RelationType::Met, "Yang Jiechi", "Tom Hale"));
    const auto z = run("Release\n\nIran's foreign minister, Hossein Amirabdollahian, met his Saudi counterpart, Prince "
                       "Faisal bin Farhan, in Beijing on Thursday.");
    CHECK(relation(z, RelationType::Met, "Hossein Amirabdollahian", "Faisal bin Farhan"));
    // words of the language before a comma and an office are no name
    const auto w = run("Release\n\nShe was a member of the Racial Justice Task Force, chair of the Climate Committee.");
    CHECK_FALSE(entity(w, EntityType::Person, "Racial Justice Task Force"));
}

TEST_CASE("'X hosted the Foreign Ministers' Meeting in Tokyo. The meeting was attended by A, B and C': the host's meeting of four") {
    const auto x = run("Release\n\nOn July 29, Ms. HALE Tomo, Minister for Foreign Affairs of Japan, hosted the "
                       "Japan-Australia-India-U.S. Foreign Ministers' Meeting in Tokyo. The meeting was attended by "
                       "Senator the Hon. Ana Silva, Minister for Foreign Affairs of Australia, H.E. Dr. Hiro Sato, "
                       "Minister of External Affairs of India, and the Honorable Paul White, Secretary of State of the "
                       "United States.",
                       "2024-07-29");
    const char* people[] = {"Tomo Hale", "Ana Silva", "Hiro Sato", "Paul White"};
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = i + 1; j < 4; ++j)
            CHECK_MESSAGE(relation(x, RelationType::Met, people[i], people[j]), people[i] << " ~ " << people[j]);
}

TEST_CASE("'received a copy of the credentials from H.E. Mr. X': the envoy met the one who received them") {
    const auto x = run("Release\n\nOn March 25, Ms. HALE Tomo, State Minister for Foreign Affairs, received a copy "
                       "of the credentials from H.E. Mr. Paul White, newly appointed Ambassador of the United States "
                       "to Japan.",
                       "2022-03-25");
    CHECK(relation(x, RelationType::Met, "Tomo Hale", "Paul White"));
}

TEST_CASE("a news report's first sentence gives the day of the meeting its next sentence tells: 'The leaders agreed on Friday to ...'") {
    const auto x = run("Summit at the retreat\n\nAugust 19, 2023\n\nCAMP DAVID -- The leaders of the three countries "
                       "agreed on Friday to hold summits every year.\n\nPresident Tom Hale hosted Prime Minister Ana "
                       "Silva and President Hiro Sato at the retreat, the first time the three leaders had met for a "
                       "standalone summit.",
                       "");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2023-08-18");
    // "the first time I met him" is another day's meeting: no day from the release
    const auto y = run("Release\n\nAugust 19, 2023\n\nPresident Tom Hale recalled the first time he met Prime "
                       "Minister Ana Silva.",
                       "");
    const kg::Relation* t = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    CHECK((t == nullptr || t->date != "2023-08-19"));
}

TEST_CASE("'received at Al-Salam Palace in Jeddah today the Secretary of State, X': past the place and the day, and 'The reception was attended by A, B and C'") {
    const auto x = run("Release\n\nJeddah, June 06, 2023, SPA -- His Royal Highness Prince Tom bin Hale, Crown Prince and "
                       "Prime Minister, received at Al-Salam Palace in Jeddah today the Secretary of State of the United "
                       "States of America, Ana Silva, and his accompanying delegation. The reception was attended by His "
                       "Royal Highness Prince Hiro bin Sato, Minister of Foreign Affairs; and Ambassador to the United "
                       "States Princess Mia bint Berg bin Karl.",
                       "");
    CHECK(relation(x, RelationType::Met, "Tom bin Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Hiro bin Sato", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom bin Hale", "Mia bint Berg bin Karl"));
    const auto y = run("Release\n\nThe Minister of Foreign Affairs, Tom Hale, received today, at Itamaraty Palace in "
                       "Brasilia, the Minister of Foreign Affairs of Russia, Ana Silva.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'A was accompanied in the meeting by B, while C was accompanied by D', and 'A, B and C were joined by D and E to review'") {
    const auto x = run("Release\n\nPresident Tom Hale was received by President Ana Silva at the palace. President Hale "
                       "was accompanied in the meeting by Foreign Minister Hiro Sato, while President Silva was "
                       "accompanied by Foreign Minister Mia Berg.");
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Mia Berg", "Tom Hale"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Mia Berg"));
    const auto y = run("Release\n\nThe Council held its inaugural meeting in Pittsburgh. U.S. Co-Chairs, Secretary of "
                       "State Tom Hale and Secretary of Commerce Ana Silva, were joined by EU Co-Chairs Executive Vice Presidents Hiro Sato and "
                       "Mia Berg to review progress, reflecting the President Paul White agenda.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Mia Berg"));
    // the list after "by" ends with its clause
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Paul White"));
    // "Singh was joined by A and B" on a trip, with no meeting named, is a delegation
    const auto z = run("Release\n\nAdvisor Tom Hale led a delegation to Ghana. Hale was joined by Director Ana Silva "
                       "and Administrator Hiro Sato.");
    CHECK_FALSE(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("honorifics of Malaysia and Nigeria are no names: 'Dato' Seri Diraja Dr X', 'Dato' X', 'Mallam X', and a president is not the first lady whose name ends with his") {
    const auto x = run("Release\n\nMinister Tom Hale held a meeting with Malaysian Minister of Foreign Affairs Dato' Seri "
                       "Diraja Dr Zambry Abd Kadir. Dato' Zambry thanked him.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Zambry Abd Kadir"));
    CHECK_FALSE(entity(x, EntityType::Person, "Diraja"));
    CHECK_FALSE(entity(x, EntityType::Person, "Dato"));
    const auto y = run("Release\n\nPresident Tom Hale met Secretary Ana Silva with the National Security Adviser, "
                       "Mallam Nuhu Ribadu.");
    CHECK(entity(y, EntityType::Person, "Nuhu Ribadu"));
    CHECK_FALSE(entity(y, EntityType::Person, "Mallam Nuhu Ribadu"));
    const auto z = run("Release\n\nPresident of Indonesia Joko Widodo met President Ana Silva in Kyiv. First Lady Iriana "
                       "Joko Widodo visited a hospital.");
    CHECK(relation(z, RelationType::Met, "Joko Widodo", "Ana Silva"));
    CHECK_FALSE(relation(z, RelationType::Met, "Iriana Joko Widodo", "Ana Silva"));
}

TEST_CASE("'X was subsequently received by President Y at the palace, with the participation of Minister A and of the Chief Advisor to the President, Ambassador B': one meeting of all four") {
    const auto x = run("Release\n\nApril 17, 2023\n\nThe Minister of Foreign Affairs, Tom Hale, received today the "
                       "Minister of Foreign Affairs of Russia, Ana Silva. Minister Silva was subsequently received by "
                       "President Hiro Sato at Planalto Palace, with the participation of Minister Tom Hale and of the "
                       "Chief Advisor to the President, Ambassador Mia Berg.",
                       "");
    const char* people[] = {"Tom Hale", "Ana Silva", "Hiro Sato", "Mia Berg"};
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = i + 1; j < 4; ++j) {
            const kg::Relation* r = relation(x, RelationType::Met, people[i], people[j]);
            REQUIRE_MESSAGE(r, people[i] << " ~ " << people[j]);
            CHECK(r->date == "2023-04-17");
        }
}

TEST_CASE("an 'and' inside the second subject's office: 'Foreign Secretary A and Security and Civilian Protection Secretary B hosted C', and a recalled meeting's day is not the release's meeting day") {
    const auto x = run("Release\n\nDate: 2021-10-08\n\nForeign Secretary Tom Hale and Security and Civilian "
                       "Protection Secretary Ana Silva hosted US Secretary of State Hiro Sato at the National Palace for "
                       "the Dialogue.\n\nThe Secretary recalled that he had met Vice President Mia Berg in Washington on "
                       "September 9.",
                       "");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Hiro Sato");
    REQUIRE(r);
    CHECK(r->date == "2021-10-08");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Hiro Sato"));
}

TEST_CASE("'held negotiations with X' during a visit 'from 23 to 26 July', and 'his visit to Damascus on 27 February, during which he met President Y'") {
    const auto x = run("Release\n\nDate: 2024-07-24\n\nMinister for Foreign Affairs Tom Hale, who is in China on an "
                       "official visit from 23 to 26 July, held negotiations in Guangzhou with Minister of Foreign "
                       "Affairs Ana Silva.",
                       "");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date != "2024-07-26");  // the end of the visit is not the day of the talks
    const auto y = run("Release\n\nSaturday, 18 March 2023\n\nForeign Minister Tom Hale received today his Turkish "
                       "counterpart, Ana Silva. Spokesperson Mia Berg stated that the two ministers held a closed "
                       "session. Minister Hale also briefed his counterpart on his visit to Damascus on 27 February, "
                       "during which he met President Hiro Sato.",
                       "");
    const kg::Relation* t = relation(y, RelationType::Met, "Tom Hale", "Hiro Sato");
    REQUIRE(t);
    CHECK(t->date == "2023-02-27");
    CHECK_FALSE(relation(y, RelationType::Met, "Mia Berg", "Hiro Sato"));
}

TEST_CASE("names set off by dashes after 'the heads of diplomacy of A, B and C', a guest named with the office after the name, and a Gulf name shortened after the father's name") {
    const auto x = run("Release\n\n12 February 2024\n\nOn 12 February, the heads of diplomacy of Poland, France and "
                       "Germany - Tom Hale, Ana Silva and Mia Berg - met at La Celle-Saint-Cloud near Paris.",
                       "");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
    const auto y = run("Abdullah bin Zayed receives Israeli Foreign Minister\n\nABU DHABI, 29th June, 2021 (WAM) -- "
                       "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Paul White, "
                       "Alternate Prime Minister and Minister of Foreign Affairs of the State of Israel.",
                       "");
    CHECK(y.document.date == "2021-06-29");
    CHECK(relation(y, RelationType::Met, "Abdullah bin Zayed Al Nahyan", "Paul White"));
    CHECK_FALSE(entity(y, EntityType::Person, "Abdullah bin Zayed"));  // the title's short form is the same man
}

TEST_CASE("'talks between A, then secretary of the Council, and Saudi national security adviser B, hosted by China's top diplomat C', 'had a brief chat with', 'were part of the delegation'") {
    const auto x = run("Release\n\nThe agreement was announced after several days of talks between Tom Hale, then "
                       "secretary of the Supreme National Security Council, and Saudi national security adviser Ana "
                       "Silva, hosted by China's top diplomat Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Hiro Sato"));
    const auto y = run("Release\n\nEarlier in the day, President Tom Hale had a brief chat with U.S. President Ana "
                       "Silva.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto z = run("Release\n\nPrime Minister Tom Hale held talks with Crown Prince Ana Silva today. Foreign "
                       "Minister Prince Hiro Sato and Energy Minister Prince Mia Berg were part of the delegation.");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Hiro Sato"));
    CHECK(relation(z, RelationType::Met, "Ana Silva", "Mia Berg"));
    // a panel still to come is no meeting
    const auto w = run("Release\n\nAfter the remarks, Administrator Paul White will moderate a panel discussion "
                       "between Tom Hale, founder of a company, Ana Silva, former chief executive, and Hiro Sato.");
    CHECK_FALSE(relation(w, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("'when Shinzo Abe and Moon Jae-in met Chinese Premier Li Keqiang': two whole names joined by 'and' before 'met'") {
    const auto x = run("Release\n\nThe last summit took place in Tokyo in 2018, when Tom Hale and Ana Silva met Chinese "
                       "Premier Hiro Sato.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Hiro Sato"));
    // words of the language are no names: "Climate Change and Energy Security met"
    const auto y = run("Release\n\nThe panels on Climate Change and Energy Security met Premier Hiro Sato.");
    CHECK_FALSE(entity(y, EntityType::Person, "Energy Security"));
}

TEST_CASE("'A urged B on Thursday to ..., as the two men met in Beijing', and 'The bilateral meeting was followed by a trilateral session with C'") {
    const auto x = run("Release\n\nBEIJING (AFP) - French President Tom Hale urged Chinese leader Ana Silva on Thursday "
                       "to end the war, as the two men met in Beijing during a state visit.\n\nThe bilateral meeting was "
                       "followed by a trilateral session with European Commission President Mia Berg.",
                       "2023-04-06");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(r);
    CHECK(r->date == "2023-04-06");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mia Berg"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Mia Berg"));
}

TEST_CASE("'will travel to Colombia July 21-22 for official meetings with A and B': meetings to come") {
    const auto x = run("Release\n\nAdvisor Tom Hale will travel to Colombia July 21-22 for official meetings with "
                       "President Ana Silva and President-Elect Hiro Sato.");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("Release\n\nAdvisor Tom Hale traveled to Colombia for two days of official meetings with "
                       "President Ana Silva and President-Elect Hiro Sato.");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("semicolon-counterparts: 'met A and B - C, Mayor of X - D' with semicolons for the dashes in the release's first meeting is a round of separate meetings") {
    const auto x = run("The Director-General visits Moscow\n\nMr Tom Hale, Director-General of UNESCO, visited Moscow from 20 to 23 July. "
                       "During his stay, the Director-General met President Ana Pita and Foreign Minister Leo Tam; Mr Mark Dowd, "
                       "Mayor of Moscow; and Ms Ida Lund, First Deputy Foreign Minister.",
                       "2009-07-24");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pita"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Dowd"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ida Lund"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Pita", "Mark Dowd"));
    CHECK_FALSE(relation(x, RelationType::Met, "Leo Tam", "Ida Lund"));
    // (without semicolons the first meeting's list is one table)
    const auto y = run("Talks\n\nMr Tom Hale, Director-General of UNESCO, met President Ana Pita and Foreign Minister Leo Tam in Moscow.",
                       "2009-07-24");
    CHECK(relation(y, RelationType::Met, "Ana Pita", "Leo Tam"));
    // (a delegation listed with semicolons sat together: "hosted A; B; C for a roundtable")
    const auto z = run("Readout\n\nDirector Tom Hale hosted Ana Pita, Deputy Secretary; Leo Tam, Administrator; and Mark Dowd, "
                       "Coordinator, for a roundtable discussion on cybersecurity.",
                       "2023-03-28");
    CHECK(relation(z, RelationType::Met, "Ana Pita", "Leo Tam"));
}

TEST_CASE("title-word-surname: an office word closing a name before a comma or a suffix is its family name") {
    const auto x = run("Minister Tom Hale met with Ms. Ana Pope, Director General of the International Organization for Migration, "
                       "and with Dr. Leo King Jr. on Monday. He later met King Charles.",
                       "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Ana Pope"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pope"));
    CHECK(entity(x, EntityType::Person, "Charles"));  // an office before a name stays an office
    CHECK(!entity(x, EntityType::Person, "Ana"));
}

TEST_CASE("plural-office-list: 'Goodwill Ambassadors A, B and C' names three people, 'Senators A, B, and Representatives C' two") {
    const auto x = run("The Director-General met UNESCO Goodwill Ambassadors Tom Hale, Ana Pita and Leo Tam, as well as Mr Mark Dowd.",
                       "2009-07-24");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    CHECK(entity(x, EntityType::Person, "Ana Pita"));
    CHECK(entity(x, EntityType::Person, "Leo Tam"));
    const auto y = run("Lawmakers led by Senators Tom Hale, Ana Pita, and Representatives Leo Tam and Mark Dowd attended.", "2024-05-10");
    CHECK(entity(y, EntityType::Person, "Ana Pita"));
    CHECK(!entity(y, EntityType::Person, "Representatives Leo Tam"));
    // (an item before a comma must be a whole name in a list that ends in "and")
    const auto z = run("Secretaries Tom Hale and Ana Pita met Ministers Leo Tam, Foreign Minister of Peru.", "2024-05-10");
    CHECK(entity(z, EntityType::Person, "Ana Pita"));
    CHECK(!entity(z, EntityType::Person, "Foreign Minister"));
}

TEST_CASE("joined-in-meeting and list-tail-name: 'X joined President Y in his meeting with Z', 'Also in attendance were the Secretary, A, and B'") {
    const auto x = run("Working lunch\n\nForeign Minister Tom Hale joined President Ana Pita in his meeting with the Acting Assistant "
                       "Secretary Leo Tam, where they agreed to create a consultation system. Also in attendance were the Secretary "
                       "for Strategic Affairs, Mark Dowd, and Jorge Argüello.",
                       "2019-12-11");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pita"));
    CHECK(relation(x, RelationType::Met, "Ana Pita", "Leo Tam"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    CHECK(entity(x, EntityType::Person, "Jorge Argüello"));
    CHECK(relation(x, RelationType::Met, "Ana Pita", "Jorge Argüello"));
    // (a list of bodies, a party's members, a name before a common noun: no one)
    const auto y = run("He worked at General Electric and Lockheed Martin. Speaker Tom Hale and House Republicans passed a bill. "
                       "President Ana Pita met Minister Leo Tam and Goldman Sachs executives.",
                       "2024-05-10");
    CHECK(!entity(y, EntityType::Person, "Lockheed Martin"));
    CHECK(!entity(y, EntityType::Person, "House Republicans"));
    CHECK(!entity(y, EntityType::Person, "Goldman Sachs"));
}

TEST_CASE("designated-title: 'Secretary General designate X' is an office before a name") {
    const auto x = run("Foreign Minister Tom Hale met Prime Minister designate Leo Tam in Oslo. He also met NATO Secretary General "
                       "designate Ana Pita.",
                       "2014-04-29");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pita"));
    const kg::Relation* role = relation(x, RelationType::Role, "Ana Pita", "North Atlantic Treaty Organization");
    REQUIRE(role);
    CHECK(role->attributes.at("title") == "Secretary General designate");
}

TEST_CASE("name-of-country-list and credentials-list: envoys listed as 'A of Romania, B, of Greece' after 'receiving letters of credence'") {
    const auto x = run("Kigali, 16 January 2018\n\nPresident Tom Hale today hosted envoys to the annual luncheon, after receiving "
                       "letters of credence from 10 newly accredited envoys at Urugwiro Village.\n\nThe new envoys who presented "
                       "their letters of credence included Julia Varga of Romania, Nikos Petrakis, of Greece, and Amadou Sani of Niger. Others "
                       "are Oumar Diallo, of Mali, and Olaf Berg of Sweden.",
                       "2018-01-16");
    CHECK(entity(x, EntityType::Person, "Julia Varga"));
    CHECK(entity(x, EntityType::Person, "Nikos Petrakis"));
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Julia Varga");
    REQUIRE(m);
    CHECK(m->date == "2018-01-16");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Amadou Sani"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Oumar Diallo"));  // the next sentence goes on with the list
    CHECK_FALSE(relation(x, RelationType::Met, "Julia Varga", "Nikos Petrakis"));
    // (one name before "of" and a country is too little: "Bank of Japan" style bodies stay bodies)
    const auto y = run("Minister Tom Hale visited the Central Bank of Japan and Julia Varga of Romania.", "2018-01-16");
    CHECK(!entity(y, EntityType::Person, "Julia Varga"));
}

TEST_CASE("office-sub-body: the Acting Assistant Secretary for the Department of State's Bureau of X Affairs, then the name, is the office holder met") {
    const auto x = run("President Tom Hale met with the Acting Assistant Secretary for U.S. Department of State's Bureau of Western "
                       "Hemisphere Affairs, Michael Kozak, in Buenos Aires.",
                       "2019-12-11");
    CHECK(entity(x, EntityType::Person, "Michael Kozak"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Michael Kozak"));
}

TEST_CASE("pair-adverb: 'A and his counterpart B likewise discussed' is their meeting") {
    const auto x = run("Foreign Minister Tom Hale and his Norwegian counterpart Leo Tam likewise discussed the crisis in Ukraine.",
                       "2014-04-29");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
}

TEST_CASE("visited-person: 'visited his new Swedish counterpart X' is a meeting, 'visited Sweden' or someone's hometown is not") {
    const auto x = run("Norwegian Foreign Minister Tom Hale visited his new Swedish counterpart Nils Berglund here in Stockholm Monday.",
                       "2006-10-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Nils Berglund");
    REQUIRE(m);
    CHECK(m->date == "2006-10-09");
    const auto y = run("Foreign Minister Tom Hale visited Sweden on Monday. He visited President Nils Berglund's hometown on Tuesday.",
                       "2006-10-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Nils Berglund"));
}

TEST_CASE("went-on-to-meet: 'who went on to meet with X' reports a meeting that followed, 'is to meet' one to come") {
    const auto x = run("Pope Francis received in audience His Excellency Mr. Tom Hale, Prime Minister of Spain, who went on to meet "
                       "with His Eminence Cardinal Leo Tam.",
                       "2024-10-11");
    CHECK(entity(x, EntityType::Person, "Francis"));  // "Pope" is an office, not a name
    CHECK(relation(x, RelationType::Met, "Francis", "Tom Hale"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    const auto y = run("Prime Minister Tom Hale is to meet with Cardinal Leo Tam.", "2024-10-11");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Leo Tam"));
    const auto z = run("This morning, the Holy Father Francis received Prime Minister Tom Hale.", "2024-10-11");
    CHECK(relation(z, RelationType::Met, "Francis", "Tom Hale"));
}

}  // TEST_SUITE

TEST_CASE("'A and B held two-plus-two talks with C and D': several subjects and their counterparts sat at one table") {
    const auto x = run("Tokyo, 10 January 2023\nPrime Minister Aki Sato met President Ben Cole in Tokyo on Tuesday.\n"
                       "Two days earlier, Foreign Minister Ken Mori and Defense Minister Jun Ito held two-plus-two talks "
                       "in Washington with Secretary of State Ana Lopes and Defense Secretary Paul White.");
    CHECK(relation(x, RelationType::Met, "Ken Mori", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Ken Mori", "Jun Ito"));
}

TEST_CASE("people named by their attendance alone: 'Hu Long, Ma Ping and Paul Mason attended the talks', 'were among the ministers at the meeting'") {
    const auto x = run("BEIJING, April 14 (Xinhua) -- Chinese President Wei Zhan held talks with Brazilian President "
                       "Ana Lopes in Beijing on Friday.\n"
                       "After the talks, the two heads of state witnessed the signing of documents. Hu Long, Ma Ping "
                       "and Paul Mason attended the talks.");
    for (const char* name : {"Hu Long", "Ma Ping", "Paul Mason"}) {
        CHECK(entity(x, EntityType::Person, name));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", name));
        CHECK(relation(x, RelationType::Met, "Wei Zhan", name));
    }
    CHECK(relation(x, RelationType::Met, "Hu Long", "Paul Mason"));
    const auto y = run("PM Lee Tan meets Wei Zhan in Beijing\nMarch 31, 2023\n"
                       "BEIJING - Prime Minister Lee Tan and Chinese President Wei Zhan on Friday agreed to upgrade "
                       "relations, in a meeting at the Great Hall of the People.\n"
                       "Foreign Minister Ravi Nair and Trade Minister Gan Bo were among the Singapore ministers at "
                       "the meeting. Hu Long and Ma Ping were among the guests who praised the food.");
    CHECK(relation(y, RelationType::Met, "Wei Zhan", "Ravi Nair"));
    CHECK(relation(y, RelationType::Met, "Gan Bo", "Ravi Nair"));
    CHECK_FALSE(entity(y, EntityType::Person, "Hu Long"));  // among guests, at no meeting
}

TEST_CASE("'The President of the Republic, Paul Mason,' names the person after the office") {
    const auto x = run("6 April 2023\nThe President of the Republic, Paul Mason, is paying a State visit to China. On "
                       "Thursday, the President of the Republic was welcomed by President Wei Zhan in Beijing.");
    CHECK(entity(x, EntityType::Person, "Paul Mason"));
    CHECK(relation(x, RelationType::Met, "Paul Mason", "Wei Zhan"));
}

TEST_CASE("'A briefed B on his meeting with C': the meeting is the subject's") {
    const auto x = run("26 May 2023\nPresident Ana Lopes spoke by telephone today with President Ben Cole of Utopia.\n"
                       "President Lopes briefed President Cole on his meeting with Prime Minister Hiro Sato of Freedonia "
                       "in Brussels on 14 May.");
    CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ben Cole", "Hiro Sato"));
}

TEST_CASE("'A travelled to Tunis together with B, and C, for a meeting with D': A and those with A are one side") {
    const auto x = run("Sunday, 11 June 2023\nThe President of the Council of Ministers, Ana Silva, travelled to Tunis "
                       "today together with the President of the European Commission, Hiro Sato, and the Prime "
                       "Minister of the Netherlands, Paul White, for a meeting with the President of Tunisia, Ben Cole.");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ben Cole"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ben Cole"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
}

TEST_CASE("days of meetings told after the lead: 'Earlier,', 'That afternoon', 'Two days earlier', 'the next day'") {
    const auto x = run("Silva, Wei agree to deepen ties\n31/03/2023 07:58 PM\n"
                       "BEIJING, March 31 (Bernama) -- Prime Minister Ana Silva held a bilateral meeting with Chinese "
                       "President Wei Zhan here today.\n"
                       "Earlier, Silva held talks with Premier Hu Long at the Great Hall of the People.\n"
                       "That afternoon, Silva met Vice President Ma Ping.\n"
                       "Two days earlier, Foreign Minister Ben Cole held talks with Foreign Minister Gan Bo.\n"
                       "The next day, Silva met Chairman Liu Wei. Silva also met Trade Minister Zhou Yun.",
                       "2023-03-31");
    const auto date = [&](const char* a, const char* b) {
        const kg::Relation* r = relation(x, RelationType::Met, a, b);
        return r ? r->date : std::string("(none)");
    };
    CHECK(date("Ana Silva", "Wei Zhan") == "2023-03-31");
    CHECK(date("Ana Silva", "Hu Long") == "2023-03-31");
    CHECK(date("Ana Silva", "Ma Ping") == "2023-03-31");
    CHECK(date("Ben Cole", "Gan Bo") == "2023-03-29");
    CHECK(date("Ana Silva", "Liu Wei") == "2023-04-01");
    CHECK(date("Ana Silva", "Zhou Yun").empty());  // "also" alone gives no day
}

TEST_CASE("an office's abbreviation standing alone names its holder: 'EAM met X' after 'External Affairs Minister Dr. A'") {
    const auto x = run("Visit of External Affairs Minister to Utopia\nDecember 27, 2023\n"
                       "1. External Affairs Minister Dr. Ravi Nair is on an official visit to Utopia.\n"
                       "2. On 26 December, EAM met Deputy Prime Minister Mr. Ben Cole in Utopia City.\n"
                       "3. U.S. National Security Advisor (NSA) Paul White and Utopian National Security Advisor (NSA) "
                       "Hiro Sato chaired the second meeting of the initiative.",
                       "2023-12-27");
    const kg::Relation* r = relation(x, RelationType::Met, "Ravi Nair", "Ben Cole");
    REQUIRE(r);
    CHECK(r->date == "2023-12-26");
    // a gloss in brackets names no one
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
}

TEST_CASE("a name right after a meeting verb is a person's: 'was received by Kim Jong Un', 'met with A and B'") {
    const auto x = run("Foreign Minister Ana Silva visited Pyongyang on October 19. Silva was received by Kim Jong Un. "
                       "Silva also met with Ri Chol Ho and Kang Yong Nam. She met with Nordic Counterparts at dinner.",
                       "2023-10-19");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Kim Jong Un"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ri Chol Ho"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Kang Yong Nam"));
    CHECK_FALSE(entity(x, EntityType::Person, "Nordic Counterparts"));  // words of the language
}

TEST_CASE("'The leaders of France, Germany and Italy met X': each country's one leader the story names") {
    const auto x = run("Kyiv (AFP) - The leaders of France, Germany and Italy met Ukrainian President Ana Silva in Kyiv on "
                       "Thursday.\nFrench President Paul White, German Chancellor Ben Cole and Italian Prime Minister "
                       "Hiro Sato travelled overnight by train.",
                       "2022-06-16");
    for (const char* leader : {"Paul White", "Ben Cole", "Hiro Sato"}) {
        const kg::Relation* r = relation(x, RelationType::Met, "Ana Silva", leader);
        REQUIRE_MESSAGE(r, leader);
        CHECK(r->date == "2022-06-16");
    }
    CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    // a country with two people of office named is no one's
    const auto y = run("The foreign ministers of France and Italy met Ukrainian President Ana Silva on Thursday.\n"
                       "French President Paul White, French Foreign Minister Mia Berg and Italian Foreign Minister "
                       "Hiro Sato spoke.",
                       "2022-06-16");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Paul White"));
}

TEST_CASE("'the Chief of Cabinet, Ana Posse,' and a father's name that is a title word after bin/bint ('bint Bandar bin Sultan')") {
    const auto x = run("President Ben Cole received Secretary Paul White at the palace. The meeting was attended by the "
                       "Chief of Cabinet, Ana Posse, and by Ambassador Princess Reema bint Bandar bin Sultan.",
                       "2023-12-05");
    CHECK(relation(x, RelationType::Met, "Paul White", "Ana Posse"));
    CHECK(entity(x, EntityType::Person, "Reema bint Bandar bin Sultan"));
    CHECK(relation(x, RelationType::Met, "Ben Cole", "Reema bint Bandar bin Sultan"));
}

TEST_CASE("'called on Prime Minister Dato' Seri A': a courtesy call past a Malay honorific with its apostrophe") {
    const auto x = run("Minister Ana Silva called on Prime Minister Dato' Seri Ben Cole on 17 January 2023.", "2023-01-17");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ben Cole"));
}

TEST_CASE("'received a phone call on Thursday from X', 'talks, which were attended by X', 'delegations, which included A and B'") {
    const auto x = run("Prime Minister Ana Silva received a phone call on Thursday from Foreign Minister Ben Cole of Iran.",
                       "2023-11-05");
    const kg::Relation* r = relation(x, RelationType::Met, "Ana Silva", "Ben Cole");
    REQUIRE(r);
    CHECK(r->date == "2023-11-02");
    const auto y = run("WOODSIDE (AP) - President Ana Silva and President Ben Cole met for four hours on Wednesday. Silva "
                       "greeted Cole before the two sat down with their delegations, which included Secretary of State "
                       "Paul White on the American side and Foreign Minister Hiro Sato on the other.\n"
                       "The two leaders held bilateral talks, which were attended by Cabinet Secretary Mia Berg.",
                       "2023-11-15");
    CHECK(relation(y, RelationType::Met, "Paul White", "Hiro Sato"));
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Hiro Sato"));
    CHECK(relation(y, RelationType::Met, "Ben Cole", "Mia Berg"));
}

TEST_CASE("joiners and sides the ministries write: 'The X delegation included A. The Y side was represented by B', 'took part in the meeting', 'The meeting, held in the presence of A and B,'") {
    const auto x = run("21.05.2024 - Minister of Foreign Affairs Ana Silva received the Minister of Foreign Affairs of "
                       "the Republic of Estonia, Ben Cole, at the palace on 21 May 2024.\n"
                       "The Czech delegation included Deputy Minister Hiro Sato. The Estonian side was represented by "
                       "Minister Cole, Undersecretary Paul White and the Ambassador of Estonia to the Czech Republic "
                       "Mia Berg.",
                       "2024-05-21");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Hiro Sato", "Mia Berg"));
    const auto y = run("President Ana Silva met with Finnish President Ben Cole in Kyiv on Nov. 19.\n"
                       "Head of the Presidential Office Paul White and Foreign Minister Hiro Sato took part in the "
                       "meeting on the Ukrainian side.",
                       "2024-11-19");
    CHECK(relation(y, RelationType::Met, "Ben Cole", "Paul White"));
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Hiro Sato"));
    const auto z = run("Foreign Minister Ana Silva received a courtesy call from the Secretary-General of ASEAN, Dr. Ben "
                       "Cole, in Jakarta on Thursday.\n"
                       "The meeting, held in the presence of Deputy Minister Paul White and Director General Hiro Sato, "
                       "discussed the roadmap.\n"
                       "Earlier, Minister Silva held a telephone conversation with Malaysian Foreign Minister Dato' "
                       "Seri Utama Haji Mia Berg.",
                       "2025-01-16");
    CHECK(relation(z, RelationType::Met, "Ben Cole", "Paul White"));
    CHECK(relation(z, RelationType::Met, "Ana Silva", "Hiro Sato"));
    CHECK(entity(z, EntityType::Person, "Mia Berg"));
    CHECK(relation(z, RelationType::Met, "Ana Silva", "Mia Berg"));
}

TEST_CASE("'Speaker X received Szymon Nowak, Marshal of the Sejm': a name right after 'received'") {
    const auto x = run("Speaker of the National Assembly Ana Silva received Szymon Nowak, Marshal of the Sejm of the "
                       "Republic of Poland, and his delegation in Seoul on October 17.",
                       "2024-10-17");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Szymon Nowak"));
}

TEST_CASE("'Polish Ambassador to Korea X' and 'Rep. X': Korea alone is the Republic of Korea, Rep. an office") {
    const auto x = run("Speaker Ana Silva received Marshal of the Sejm Ben Cole in Seoul on October 17. The meeting was "
                       "attended by Polish Ambassador to Korea Paul White on the Polish side, and by Rep. Hiro Sato on "
                       "the Korean side.",
                       "2024-10-17");
    CHECK(relation(x, RelationType::Met, "Ben Cole", "Paul White"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Hiro Sato"));
    CHECK(entity(x, EntityType::Country, "Republic of Korea"));
}

TEST_CASE("a name after 'chief' or 'ambassador' in lower case: 'EU foreign policy chief X', 'and ambassador Y'") {
    const auto x = run("EU foreign policy chief Ana Silva met Moldovan President Ben Cole in Chisinau on Thursday. The "
                       "Cambodian delegation included Secretary of State Hiro Sato and ambassador Pich Rithi.",
                       "2025-03-13");
    CHECK(relation(x, RelationType::Met, "Ana Silva", "Ben Cole"));
    CHECK(entity(x, EntityType::Person, "Pich Rithi"));
}

TEST_CASE("'the Hungarian minister was received by X': a country's word and an office in lower case name that country's one holder") {
    const auto x = run("Turkish Foreign Minister Ana Silva received Hungarian Foreign Minister Ben Cole in Ankara on "
                       "Tuesday. Hungarian Prime Minister Paul White is to visit in May.\n"
                       "Later in the day, the Hungarian minister was received by President Hiro Sato.",
                       "2024-10-08");
    CHECK(relation(x, RelationType::Met, "Ben Cole", "Hiro Sato"));
    CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));  // no prime minister
}

TEST_CASE("a counterpart's body may carry its short name in brackets before the office: 'met with People's Republic of China (PRC) State Councilor X'") {
    const auto x = run("Release\n\nSecretary of State Tom Hale met today with People's Republic of China (PRC) State "
                       "Councilor and Foreign Minister Ana Silva in Bali, Indonesia, on the margins of the G20 Foreign "
                       "Ministers' Meeting.");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "G20 Foreign Ministers' Meeting"));
    // a bracket that is not a short name stops the reading
    const auto y = run("Release\n\nSecretary of State Tom Hale met today with China (and with its Councilor) Ana Silva.");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("two offices of one person joined by 'and': 'Australian Deputy Prime Minister and Defence Minister X' holds both for Australia") {
    const auto x = run("Release\n\nSingh also met Australian Deputy Prime Minister and Defence Minister Tom Hale in "
                       "Vientiane. Australia and India agreed to work together.");
    CHECK(kg_test::role_title(x, "Tom Hale", "Australia") == "Deputy Prime Minister and Defence Minister");
    // "the Prime Minister and Foreign Minister X" may be two people: no office is joined
    const auto y = run("Release\n\nThe Prime Minister and Foreign Minister Tom Hale of Australia met Singh.");
    const kg::Entity* e = entity(y, EntityType::Person, "Tom Hale");
    REQUIRE(e);
    CHECK_FALSE(has_alias(e, "Prime Minister and Foreign Minister Tom Hale"));
}

TEST_CASE("in a list of people with offices, an office that runs into the next name is that person's, not an apposition of the one before") {
    const auto x = run("Release\n\nUS President Tom Hale, Japanese Prime Minister Ana Silva, Indian Prime Minister Mia Berg "
                       "and Australian Prime Minister Hiro Sato met in Tokyo. Japan, India, Australia and the US agreed.");
    // (person, the country of their office, the country of the next person's)
    const std::tuple<const char*, const char*, const char*> offices[] = {
        {"Tom Hale", "United States", "Japan"}, {"Ana Silva", "Japan", "India"}, {"Mia Berg", "India", "Australia"}};
    for (const auto& [who, own, next] : offices) {
        CAPTURE(who);
        CHECK(relation(x, RelationType::Role, who, own));
        CHECK_FALSE(relation(x, RelationType::Role, who, next));
    }
    // an apposition that names no one after the office stays one
    const auto y = run("Release\n\nWe welcomed Ana Silva, Japanese Prime Minister, to Washington. Japan agreed.");
    CHECK(relation(y, RelationType::Role, "Ana Silva", "Japan"));
}

TEST_CASE("'Australia's new Prime Minister X' holds the office for Australia, the title without its tenure") {
    for (const char* tenure : {"new", "interim"}) {
        CAPTURE(tenure);
        const auto x = run(std::string("Release\n\nModi and Australia's ") + tenure + " Prime Minister Tom Hale met in Tokyo.");
        CHECK(kg_test::role_title(x, "Tom Hale", "Australia") == "Prime Minister");
    }
}

TEST_CASE("an abbreviation without a vowel before a name is an office's, not a family name in capitals: 'PCS Mudavadi' is Mudavadi") {
    const auto x = run("Release\n\nThe Prime Cabinet Secretary, Hon. Musalia Mudavadi, hosted Minister Tom Hale.\n\n"
                                "PCS Mudavadi and Minister Hale discussed trade.");
    for (const auto& e : x.entities) CHECK_MESSAGE(e.name != "Mudavadi Pcs", e.name);
    // a family name in capitals still opens a name: "HAYASHI Yoshimasa"
    const auto y = run("Release\n\nMr. HAYASHI Yoshimasa, Minister for Foreign Affairs, met Minister Tom Hale.");
    CHECK(entity(y, EntityType::Person, "Yoshimasa Hayashi"));
}

TEST_CASE("'Following the dialogue', 'Prior to the dialogue', 'During the visit' date a meeting by the one before, 'during his visit to' a city names no day") {
    const std::string lead = "Release\n\nOn 20 January 2025, Minister Tom Hale held the strategic dialogue with Minister "
                             "Ana Silva in Warsaw.\n\n";
    for (const char* opening : {"Following the dialogue", "Prior to the dialogue", "During the visit"}) {
        CAPTURE(opening);
        const auto x = run(lead + opening + ", Minister Hale paid a courtesy call on President Mia Berg.", "2025-01-21");
        CHECK(kg_test::met_date(x, "Tom Hale", "Mia Berg") == "2025-01-20");
    }
    // a meeting in another clause of no such opening keeps no day
    const auto y = run(lead + "In his speech, Minister Hale recalled that he had met President Mia Berg.", "2025-01-21");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mia Berg") != "2025-01-20");
}

TEST_CASE("a readout's only body date naming another event ('the July 28 presidential election') is not the day of the call told 'today'") {
    const auto x = run("Readout of President Tom Hale's Call with President Ana Silva\n\n2024-07-30\n\nPresident Tom Hale "
                       "spoke today with President Ana Silva of Brazil to discuss the situation in Venezuela following the "
                       "July 28 presidential election.",
                       "2024-07-30");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-07-30");
}

TEST_CASE("an office of a body, a comma, then the name: the body may end in a portfolio, hold an apostrophe or run long when it ends in its head or a known name") {
    const char* const sentences[] = {
        "Sugiono was accompanied by the Director General of ASEAN Cooperation, Tom Hale.",
        "Macron also met the Chairman of the Standing Committee of the National People\u2019s Congress, Tom Hale.",
        "The meeting was attended by the Head of the Delegation of the European Union to Kazakhstan, Tom Hale.",
    };
    for (const char* s : sentences) {
        CAPTURE(s);
        CHECK(entity(run(std::string("Release\n\n") + s), EntityType::Person, "Tom Hale"));
    }
    // a long body that does not end in its head has a name inside it, not after it
    const auto x = run("Release\n\nThey met the CEO of the American Association of Port Authorities Ana Silva, CEO of GAP "
                       "Tom Hale, and others.");
    CHECK(entity(x, EntityType::Person, "Ana Silva"));
    CHECK_FALSE(entity(x, EntityType::Person, "Port Authorities Ana Silva"));
}

TEST_CASE("'OSCE Chairperson-in-Office X' is a person with an office") {
    const auto x = run("Release\n\nOn 30 November 2023, Minister Ana Silva held talks with OSCE Chairperson-in-Office Tom "
                       "Hale in Skopje.");
    CHECK(kg_test::met_date(x, "Ana Silva", "Tom Hale") == "2023-11-30");
}

TEST_CASE("'a video call on 24 February between A and B': the call's day may stand between it and 'between'") {
    const auto x = run("Release\n\nThe visit follows a video call on 24 February between President Ana Silva and European "
                       "Commission President Tom Hale, in which the two discussed energy.",
                       "2025-03-13");
    CHECK(kg_test::met_date(x, "Ana Silva", "Tom Hale") == "2025-02-24");
    // a day that belongs to no meeting noun leaves "between" alone
    const auto y = run("Release\n\nPrices rose on 24 February between President Ana Silva's speech and President Tom "
                       "Hale's.",
                       "2025-03-13");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("'the head of state also met with A and B', its subject named only by an office, is two meetings, a group's ('the mayors and mayors-elect met with A and B') is one") {
    const auto x = run("Release\n\nPresident Mia Berg attended the summit in Cairo.\n\nOn the same day, the head of state "
                       "also met with Prime Minister Ana Silva and President Tom Hale.");
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
    const auto y = run("Release\n\nEarlier in the day, the mayors and mayors-elect met with Secretary Ana Silva and "
                       "Secretary Tom Hale.");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("another time inside a relative clause ('whose country will chair the OSCE in 2025') does not make the meeting around it another day's") {
    const std::string council = "31st meeting of the OSCE Ministerial Council";
    const std::string text = "Release\n\nOn December 5, Minister Tom Hale took part in the " + council +
                             " in Malta and held a number of bilateral meetings on its sidelines.\n\nDuring his meeting "
                             "with Minister for Foreign Affairs of Finland Ana Silva, whose country will chair the OSCE in "
                             "2025, the Minister discussed the priorities of the chairpersonship.";
    CHECK(relation(run(text, "2024-12-05"), RelationType::Attended, "Ana Silva", council));
}

TEST_CASE("an office read on past a body's head is no body ('Japanese Chief Cabinet Secretary X' holds it for Japan), a royal style after the office is none of it") {
    const auto x = run("Release\n\nCho met with Japanese Chief Cabinet Secretary Tom Hale for a working dinner. Japan and "
                       "Korea agreed.");
    CHECK(kg_test::role_title(x, "Tom Hale", "Japan") == "Chief Cabinet Secretary");
    CHECK_FALSE(entity(x, EntityType::Organization, "Japanese Chief Cabinet"));
    const auto y = run("Release\n\nRIYADH: Saudi Foreign Minister Prince Ana Silva received Minister Tom Hale. Saudi "
                       "Arabia agreed.");
    CHECK(kg_test::role_title(y, "Ana Silva", "Saudi Arabia") == "Foreign Minister");
    // a known body before the head keeps it: "African Union Commission Chairperson X"
    const auto z = run("Release\n\nAdvisor Mia Berg met with African Union Commission Chairperson Tom Hale.");
    CHECK(entity(z, EntityType::Organization, "African Union Commission"));
}

TEST_CASE("an office of a known body's unit, where it sits, then the name: 'Head of the OSCE Programme Office in Astana X'") {
    const std::string office = "Head of the OSCE Programme Office in Astana";
    const auto release = run("Release\n\nMinister Ana Silva met Secretary General Mia Berg in Astana on 5 September "
                             "2024.\n\nThe meeting was also attended by " + office + " Tom Hale and Deputy Minister Hiro Sato.",
                             "2024-09-05");
    for (const char* other : {"Ana Silva", "Mia Berg", "Hiro Sato"})
        CHECK_MESSAGE(kg_test::met_date(release, other, "Tom Hale") == "2024-09-05", other);
    CHECK_FALSE(entity(release, EntityType::Person, "Astana Tom Hale"));
}

TEST_CASE("a list of names with their offices and no 'and' between: the office after a name and its comma is that name's, not the next one's") {
    const auto x = run("Release\n\nThe meeting was attended by Ana Silva, Minister for Foreign Affairs of Chile, Dr. Tom "
                       "Hale, Minister of External Affairs of Peru, and Mr. Luis Ortega, Secretary of State of the "
                       "United States.");
    CHECK(kg_test::role_title(x, "Ana Silva", "Chile") == "Minister for Foreign Affairs");
    CHECK(kg_test::role_title(x, "Tom Hale", "Peru") == "Minister of External Affairs");
    CHECK(kg_test::role_title(x, "Tom Hale", "Chile") == "no role");
    CHECK(kg_test::role_title(x, "Luis Ortega", "United States") == "Secretary of State");
    // an office with no one named before it still names the person after its comma
    const auto y = run("Release\n\nOn Monday, the Minister for Foreign Affairs of Chile, Ana Silva, met Tom Hale.");
    CHECK(kg_test::role_title(y, "Ana Silva", "Chile") == "Minister for Foreign Affairs");
}

TEST_CASE("'President of the Republic of Korea': the title stops before the country's long form ('the Republic', 'the Islamic Republic')") {
    const auto x = run("Release\n\nMinister Ana Silva met Mr. Tom Hale, President of the Republic of Korea, and "
                       "Mr. Luis Ortega, President of the Islamic Republic of Iran.");
    CHECK(kg_test::role_title(x, "Tom Hale", "Republic of Korea") == "President");
    CHECK(kg_test::role_title(x, "Luis Ortega", "Iran") == "President");
}

TEST_CASE("held-named-body-with: 'A and B held the Japan-U.S. Security Consultative Committee (\"2+2\") with C and D' is their meeting") {
    const auto x = run("Release\n\nOn July 28, Minister Ana Silva and Minister Tom Hale held the Japan-U.S. Security "
                       "Consultative Committee (\"2+2\") with Secretary Luis Ortega and Secretary Mia Berg in Tokyo.");
    CHECK(kg_test::pairs_not_met(x, {"Ana Silva", "Tom Hale", "Luis Ortega", "Mia Berg"}, "2024-07-28") == "");
    // a lower-case thing held with someone is no meeting
    const auto y = run("Release\n\nOn July 28, Minister Ana Silva held the view with Secretary Luis Ortega that "
                       "trade matters.");
    CHECK(kg_test::met_date(y, "Ana Silva", "Luis Ortega") == "no meeting");
}

TEST_CASE("a name of three words after an unknown body's office may end in a word of the language ('Chairman of the National Assembly Vuong Dinh Hue')") {
    const auto x = run("Release\n\nMinister Ana Silva met Chairman of the National Assembly Tran Van Hue in Hanoi.");
    CHECK(entity(x, EntityType::Person, "Tran Van Hue"));
    CHECK(kg_test::met_date(x, "Ana Silva", "Tran Van Hue") == "2024-04-05");  // the release's day
}

TEST_CASE("a legislature named in an office is a body that holds the ROLE: 'the President of the Chamber of Deputies, X', 'X, Speaker of the National Assembly'") {
    const auto x = run("Release\n\nMinister Ana Silva met the President of the Chamber of Deputies, Tom Hale, and Ms. Mia "
                       "Berg, Speaker of the National Assembly.");
    CHECK(entity(x, EntityType::Organization, "Chamber of Deputies"));
    CHECK(kg_test::role_title(x, "Tom Hale", "Chamber of Deputies") == "President");
    CHECK(kg_test::role_title(x, "Mia Berg", "National Assembly") == "Speaker");
    // a council that is part of an office's words ("of the Council of Ministers") names no body
    const auto y = run("Release\n\nMinister Ana Silva met Mr. Tom Hale, Vice-President of the Council of Ministers and "
                       "Minister of Foreign Affairs of Italy.");
    CHECK_FALSE(entity(y, EntityType::Organization, "Council of Ministers"));
    CHECK(kg_test::role_title(y, "Tom Hale", "Italy") != "no role");
    // a possessive inside a body's name: "the National People's Congress"
    const auto z = run("Release\n\nMinister Ana Silva met the Chairman of the Standing Committee of the National "
                       "People's Congress, Tom Hale.");
    CHECK(kg_test::role_title(z, "Tom Hale", "Standing Committee of the National People's Congress") == "Chairman");
}

TEST_CASE("offices of a deputy ('Vice Chairman of the Central Military Commission X'), and an unnamed body's office with the country after the name ('Federal Minister of Defense X of Germany')") {
    const auto x = run("Release\n\nMr. Tom Hale met with Vice Chairman of the Central Military Commission Ana Silva of "
                       "China.");
    CHECK(kg_test::role_title(x, "Ana Silva", "Central Military Commission") == "Vice Chairman");
    const auto y = run("Release\n\nMr. Tom Hale met with Federal Minister of Defense Ana Silva of Germany.");
    CHECK(kg_test::role_title(y, "Ana Silva", "Germany") != "no role");
}

TEST_CASE("subject-name-meets: a whole name that opens its clause and meets someone is a person ('On Monday, Jake Sullivan met with X'), not 'Bircher Bruyn received a B.S.'") {
    const auto x = run("Release\n\nOn Monday, Tom Hale met with Minister Ana Silva. Mia Berg also met Minister Ana Silva "
                       "on Tuesday.", "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-06");
    CHECK(kg_test::met_date(x, "Mia Berg", "Ana Silva") == "2024-05-07");
    const auto y = run("Release\n\nIn 2016, Lota Bircher Bruyn received a B.S. in Textiles. New Zealand met the target.");
    CHECK_FALSE(entity(y, EntityType::Person, "Lota Bircher Bruyn"));
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("a date in an opening phrase of another time ('Following his election on May 2, X met Y on May 7') is not the meeting's when another follows") {
    const auto x = run("Release\n\nFollowing his election on May 2, President Tom Hale met Minister Ana Silva on May 7.",
                       "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-07");
    const auto y = run("Release\n\nOn May 7, President Tom Hale met Minister Ana Silva, after the summit.", "2024-05-08");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2024-05-07");
}

TEST_CASE("opening-participle-meeting: 'Meeting X, the Secretary General outlined ...', 'Meeting X on Monday, he said ...' meet the main clause's subject") {
    const auto x = run("Release\n\nSecretary General Tom Hale visited Lima. Meeting Vice President and Finance Minister Ana "
                       "Silva, the Secretary General outlined the plan.", "2024-05-10");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-10");
    const auto y = run("Release\n\nMinister Tom Hale arrived in Lima. Meeting Foreign Minister Ana Silva on Monday, he said "
                       "ties were stable. Meeting with Mr. Luis Ortega, Minister of Trade of Peru, Ms. Mia Berg said trade grew.",
                       "2024-05-10");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2024-05-06");
    CHECK(kg_test::met_date(y, "Mia Berg", "Luis Ortega") == "2024-05-10");
    // a participle that speaks to reporters meets no one
    const auto z = run("Release\n\nSpeaking to reporters, Minister Tom Hale praised Ana Silva.", "2024-05-10");
    CHECK(kg_test::count(z, RelationType::Met) == 0);
}

TEST_CASE("group-attended-subject: 'X attended the <Meeting>. ... The ministers spoke with Y': X met Y there, Y attended") {
    const auto x = run("Release\n\nMinister Tom Hale attended the Andes Foreign Ministers' Meeting in Lima on March 14.\n\nIts "
                       "agenda: trade and energy.\n\nPeru: The ministers spoke with Ana Silva, the special envoy.",
                       "2024-03-15");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-03-14");
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Andes Foreign Ministers' Meeting"));
    // with no one attending a named meeting before, "the ministers" are nobody known
    const auto y = run("Release\n\nThe ministers spoke with Ana Silva, the special envoy.", "2024-03-15");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("phrasings of other houses: 'granted an audience to', 'was granted an audience by', 'interacted with', 'co-chaired with X the ...', 'a tete-a-tete with', 'a farewell call on'") {
    const auto x = run("Release\n\nOn May 3, King Tom Hale granted an audience to Minister Ana Silva. On May 4, Minister "
                       "Mia Berg was granted an audience by King Tom Hale. On May 5, Minister Luis Ortega interacted with "
                       "Minister Ana Silva. On May 6, Minister Mia Berg co-chaired with Minister Luis Ortega the Joint "
                       "Commission. On May 7, President Ana Silva held a tete-a-tete with Minister Mia Berg.",
                       "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-03");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mia Berg") == "2024-05-04");
    CHECK(kg_test::met_date(x, "Luis Ortega", "Ana Silva") == "2024-05-05");
    CHECK(kg_test::met_date(x, "Mia Berg", "Luis Ortega") == "2024-05-06");
    CHECK(kg_test::met_date(x, "Ana Silva", "Mia Berg") == "2024-05-07");
    const auto y = run("Release\n\nOn May 3, Ambassador Tom Hale paid a farewell call on Prime Minister Ana Silva.",
                       "2024-05-08");
    REQUIRE(y.meetings.size() == 1);
    CHECK(y.meetings[0].mode == kg::MeetingMode::CourtesyCall);
    // a court that grants an audience to the public meets no one
    const auto z = run("Release\n\nThe court granted an audience to the public on May 3.", "2024-05-08");
    CHECK(kg_test::count(z, RelationType::Met) == 0);
}

TEST_CASE("pair-verb-at-meeting: 'A and B pledged a partnership at a summit in Beijing on Thursday' is their summit") {
    const auto x = run("Release\n\nPresident Tom Hale and President Ana Silva pledged a new partnership at a summit in "
                       "Lima on Thursday.", "2024-05-10");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-09");
    // a summit to come is no meeting yet; nor is a rally where both spoke
    const auto y = run("Release\n\nPresident Tom Hale and President Ana Silva will sign a treaty at a summit in Lima next "
                       "week. Senator Mia Berg and Governor Luis Ortega spoke in Lima on Monday.", "2024-05-10");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("a coordinated clause's own date: 'On April 29, X convened leaders virtually and on June 9, A and B met' dates the meeting June 9") {
    const auto x = run("Release\n\nOn April 29, the Vice President convened leaders virtually and on June 9, President Tom "
                       "Hale and Minister Ana Silva met in Lima.", "2024-06-10");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-06-09");
}

TEST_CASE("attended-hosted-by, greeted and pull-aside: 'attended a working lunch hosted by Y', 'the banquet given by Y', 'greeted Y', 'held a pull-aside with Y'") {
    const auto x = run("Release\n\nOn May 3, Prime Minister Tom Hale attended a working lunch hosted by President Ana "
                       "Silva. On May 4, Minister Mia Berg attended the banquet given by King Luis Ortega in her honour. "
                       "On May 5, President Ana Silva greeted Minister Mia Berg. On May 6, Secretary Tom Hale held a "
                       "pull-aside with King Luis Ortega.", "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-03");
    CHECK(kg_test::met_date(x, "Mia Berg", "Luis Ortega") == "2024-05-04");
    CHECK(kg_test::met_date(x, "Ana Silva", "Mia Berg") == "2024-05-05");
    CHECK(kg_test::met_date(x, "Tom Hale", "Luis Ortega") == "2024-05-06");
    // an event hosted by a country, and a crowd greeted, meet no one
    const auto y = run("Release\n\nOn May 3, Prime Minister Tom Hale attended the summit hosted by India and greeted the "
                       "crowd.", "2024-05-08");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("an envoy's office names where it is sent ('met with Ambassador of Peru to Russia X' meets X), and a member of a party's bureau is an office ('X, Member of the Political Bureau of ..., met with Y')") {
    const auto x = run("Release\n\nOn May 3, Deputy Minister Tom Hale met with Ambassador of Peru to Chile Ana Silva.",
                       "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-03");
    const auto y = run("Release\n\nOn May 3, Tom Hale, Member of the Political Bureau of the CPC Central Committee and "
                       "Foreign Minister, met with Peruvian Foreign Minister Ana Silva in Beijing.", "2024-05-08");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2024-05-03");
    // the one an adviser serves is not met
    const auto z = run("Release\n\nOn May 3, Minister Tom Hale met with Advisor to President Ana Silva.", "2024-05-08");
    CHECK(kg_test::met_date(z, "Tom Hale", "Ana Silva") == "no meeting");
}

TEST_CASE("a pair whose second is 'his counterpart from Peru, X' held the talks: 'A and his counterpart from Peru, B, held talks'") {
    const auto x = run("Release\n\nOn May 3, Foreign Minister Tom Hale and his counterpart from Peru, Ana Silva, held talks "
                       "in Lima.", "2024-05-08");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-05-03");
}

TEST_CASE("joiners: 'Participants included A and B', 'Also in attendance were A and B', 'A and B also participated.' join the meeting told before") {
    const char* joiners[] = {"Participants included Ambassador Mia Berg and Director Luis Ortega.",
                             "Also in attendance were Ambassador Mia Berg and Director Luis Ortega.",
                             "Ambassador Mia Berg and Director Luis Ortega also participated."};
    for (const char* joiner : joiners) {
        const auto x = run(std::string("Release\n\nMinister Tom Hale met Minister Ana Silva on May 3. ") + joiner, "2024-05-08");
        CHECK_MESSAGE(kg_test::pairs_not_met(x, {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"}, "2024-05-03") == "",
                      joiner);
    }
}

TEST_CASE("ROLE in appositions of other forms: 'X, who is the Foreign Minister of Peru,', 'Y, the South Korean foreign minister,' (the country named in the release)") {
    const auto x = run("Release\n\nMinister Tom Hale met Ana Silva, who is the Foreign Minister of Peru, and Cho Min-ho, the "
                       "South Korean foreign minister, on May 3. South Korea and Peru agreed.", "2024-05-08");
    CHECK(kg_test::role_title(x, "Ana Silva", "Peru") == "Foreign Minister");
    CHECK(kg_test::role_title(x, "Cho Min-ho", "Republic of Korea") == "foreign minister");
    // a country's word with no country named makes no ROLE
    const auto y = run("Release\n\nMinister Tom Hale met Cho Min-ho, the South Korean foreign minister, on May 3.", "2024-05-08");
    CHECK(kg_test::count(y, RelationType::Role) == 0);
}

TEST_CASE("abbreviated offices and appositions without a closing comma: 'Amb. A, the Cabinet Secretary for Foreign Affairs and Amb. B, U.S Assistant Secretary for African Affairs held a meeting'") {
    const auto x = run("Release\n\nAmb. Tom Hale, the Cabinet Secretary for Foreign Affairs and Amb. Ana Silva, U.S Assistant "
                       "Secretary for African Affairs held a virtual consultative meeting on May 3. The meeting was also "
                       "attended by Ambassador Mia Berg U.S Deputy Assistant Secretary for East Africa.", "2024-05-08");
    CHECK(kg_test::pairs_not_met(x, {"Tom Hale", "Ana Silva", "Mia Berg"}, "2024-05-03") == "");
    CHECK_FALSE(entity(x, EntityType::Person, "Mia Berg U"));  // "U.S" is no part of her name
    // a list of offices before the last name: "A, B, and Chairman of the Joint Chiefs of Staff Gen. C held a call with D"
    const auto y = run("Release\n\nOn May 3, Secretary Tom Hale, Minister Ana Silva, and Chairman of the Joint Chiefs of "
                       "Staff Gen. Mia Berg held a joint call with Foreign Minister Luis Ortega.", "2024-05-08");
    CHECK(kg_test::pairs_not_met(y, {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"}, "2024-05-03") == "");
    const auto z = run("Release\n\nOn May 3, U.S. Sen. Tom Hale met Minister Ana Silva. The United States agreed.", "2024-05-08");
    CHECK(kg_test::role_title(z, "Tom Hale", "United States") == "Sen.");
}

TEST_CASE("the Americas are a place: 'Director Americas' names no one, 'Special Advisor for the Americas X' names X") {
    const auto x = run("Release\n\nThe meeting was attended by Mrs. Ana Silva, Director Americas among others, and Special "
                       "Advisor for the Americas Tom Hale.", "2024-05-08");
    CHECK_FALSE(entity(x, EntityType::Person, "Americas"));
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
}

TEST_CASE("'He made the remarks during a meeting on Sunday with his Pakistani counterpart X, Spokesman Y said': the pronoun's meeting with X, the speaker no one met") {
    const auto x = run("Release\n\nForeign Minister Tom Hale arrived in Lima.\n\nHe made the remarks during a meeting on "
                       "Sunday with his Peruvian counterpart Shah Ana Silva, Foreign Ministry Spokesman Luis Ortega said.",
                       "2024-05-07");
    CHECK(kg_test::met_date(x, "Tom Hale", "Shah Ana Silva") == "2024-05-05");
    CHECK(kg_test::met_date(x, "Luis Ortega", "Shah Ana Silva") == "no meeting");
    // the main clause's subject after the meeting still met
    const auto y = run("Release\n\nIn the meeting with Ana Silva, a Peruvian official, Minister Tom Hale said she hoped "
                       "ties would grow.", "2024-05-07");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") != "no meeting");
}

TEST_CASE("a title's capitalised 'With' ('Secretary X's Bilateral Meetings With A and B') and 'the meeting held between A and B'") {
    const auto x = run("Background Briefing on Secretary Tom Hale's Bilateral Meetings With Indian External Affairs "
                       "Minister Ana Silva and French Foreign Minister Luis Ortega\n\nSeptember 25, 2013\n\nThe meetings went "
                       "well.", "2013-09-25");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") != "no meeting");
    CHECK(kg_test::met_date(x, "Tom Hale", "Luis Ortega") != "no meeting");
    CHECK(kg_test::met_date(x, "Ana Silva", "Luis Ortega") == "no meeting");
    const auto y = run("Release\n\nOn April 27, at the meeting held between Minister Tom Hale and US Secretary of State Ana "
                       "Silva, topics on the common agenda were discussed.", "2018-04-27");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2018-04-27");
}

TEST_CASE("'The Dialogue was co-chaired by A and B, as well as C and D': all four held it") {
    const auto x = run("Release\n\nOn July 10, the Andes Dialogue was co-chaired by Vice Premier Tom Hale and State Councilor "
                       "Ana Silva, as well as Secretary Mia Berg and Treasury Secretary Luis Ortega.", "2014-07-10");
    CHECK(kg_test::pairs_not_met(x, {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"}, "2014-07-10") == "");
}

TEST_CASE("ROLE of a list's names: 'Ms. X, the U.S Acting Assistant Secretary for ...', 'Ambassador Y US Ambassador to Kenya' (no comma after the name)") {
    const auto x = run("Release\n\nThe meeting was also attended by Ms. Ana Silva, the U.S Acting Assistant Secretary for "
                       "International Organizations Affairs; Ambassador Tom Hale US Ambassador to Kenya; and Mrs. Mia Berg. "
                       "Kenya agreed with the United States.", "2020-10-22");
    CHECK(kg_test::role_title(x, "Ana Silva", "United States") == "Acting Assistant Secretary for International Organizations Affairs");
    CHECK(kg_test::role_title(x, "Tom Hale", "United States") == "Ambassador to Kenya");
}

TEST_CASE("'X, who is participating in the <Conference>, met with Y, the OSCE Chairperson-in-Office': X attended, Y holds the body's office (no body 'OSCE Chairperson-in-Office')") {
    const auto x = run("Release\n\nOn February 7, Foreign Minister Tom Hale, who is participating in the Lima Security "
                       "Conference, met with Ana Silva, the OSCE Chairperson-in-Office.", "2015-02-07");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Lima Security Conference"));
    CHECK(kg_test::role_title(x, "Ana Silva", "Organization for Security and Co-operation in Europe") == "Chairperson-in-Office");
    CHECK_FALSE(entity(x, EntityType::Organization, "OSCE Chairperson-in-Office"));
}

TEST_CASE("hub-list: 'A and B of Hungary, C of Greece, and D of Norway exchanged views ... on the sidelines of the Meeting': A met each, at the meeting named before") {
    const auto x = run("Release\n\nMinister Tom Hale visited Brussels to attend the Andes Foreign Ministers Meeting.\n\nOn "
                       "the sidelines of the Meeting, Minister Tom Hale and Foreign Minister Ana Silva of Hungary, Foreign "
                       "Minister Mia Berg of Greece, and Foreign Minister Luis Ortega of Norway exchanged views on the agenda.",
                       "2018-04-27");
    for (const char* other : {"Ana Silva", "Mia Berg", "Luis Ortega"}) {
        CHECK_MESSAGE(kg_test::met_date(x, "Tom Hale", other) != "no meeting", other);
        CHECK_MESSAGE(relation(x, RelationType::Attended, other, "Andes Foreign Ministers Meeting"), other);
    }
    CHECK(kg_test::met_date(x, "Ana Silva", "Mia Berg") == "no meeting");
    // "A, B, and C met" is one meeting of all three
    const auto y = run("Release\n\nMinister Tom Hale, Minister Ana Silva, and Minister Mia Berg met in Lima.", "2018-04-27");
    CHECK(kg_test::pairs_not_met(y, {"Tom Hale", "Ana Silva", "Mia Berg"}, "2018-04-27") == "");
}

TEST_CASE("in-place-for-event with the day between the place and 'for', and both of a pair: 'Both A and B arrived in New Delhi on Wednesday for the X'") {
    const auto x = run("Release\n\nBoth Mr. Tom Hale and Mr. Ana Silva arrived in New Delhi on Wednesday for the inaugural "
                       "Andes Security Dialogue.", "2018-09-06");
    CHECK(relation(x, RelationType::Attended, "Tom Hale", "Andes Security Dialogue"));
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Andes Security Dialogue"));
}

TEST_CASE("name-country-office: a whole name opening the sentence with its country and office right after it is a person of its own ('Tahnoon bin Zayed Al Nahyan UAE National Security Advisor also attended')") {
    const auto x = run("Release\n\nPresident Ana bin Zayed Al Silva met Secretary Tom Hale. Mia bin Zayed Al Silva UAE "
                       "National Security Advisor also attended. The United Arab Emirates agreed.", "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Mia bin Zayed Al Silva"));
    CHECK(kg_test::role_title(x, "Mia bin Zayed Al Silva", "United Arab Emirates") == "National Security Advisor");
    CHECK(kg_test::role_title(x, "Ana bin Zayed Al Silva", "United Arab Emirates") == "no role");
}

TEST_CASE("their-meeting-group: 'A and B pose beside C and D before the start of their meeting' is one meeting of all four") {
    const auto x = run("Release\n\nSecretary Tom Hale and Secretary Ana Silva pose beside Minister Mia Berg and Minister "
                       "Luis Ortega before the start of their meeting in New Delhi on September 6, 2018.", "2018-09-06");
    CHECK(kg_test::pairs_not_met(x, {"Tom Hale", "Ana Silva", "Mia Berg", "Luis Ortega"}, "2018-09-06") == "");
    // their meetings with others are not one meeting of these
    const auto y = run("Release\n\nSecretary Tom Hale praised Minister Ana Silva for their work.", "2018-09-06");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("names from kinship and possession: 'the daughter of John F. Kennedy', 'in Rishi Sunak's government' are people, the kin named in a counterpart's apposition is not met") {
    const auto x = run("Release\n\nKerry said the daughter of John F. Kennedy will work hard. He was appointed in Rishi "
                       "Sunak's government.", "2013-10-01");
    CHECK(entity(x, EntityType::Person, "John F. Kennedy"));
    CHECK(entity(x, EntityType::Person, "Rishi Sunak"));
    const auto y = run("Release\n\nOn May 3, President Tom Hale spoke with Ana Silva, the wife of Mia Berg who is detained "
                       "abroad.", "2024-05-08");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2024-05-03");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mia Berg") == "no meeting");
}

TEST_CASE("a meeting on the sidelines of an event, with no day of its own, takes the day the sentence naming the event gives") {
    const auto x = run("Release\n\nMinister Tom Hale visited Brussels to attend the Andes Foreign Ministers Meeting on 27 "
                       "April 2018.\n\nOn the sidelines of the Meeting, Minister Tom Hale and Foreign Minister Ana Silva "
                       "of Hungary exchanged views on the agenda.", "2018-04-28");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2018-04-27");
}

TEST_CASE("'He will also debrief his meeting with X': a meeting noun in a sentence of time to come is no meeting that took place") {
    const auto x = run("Release\n\nThis week, Minister Tom Hale will travel to Lima. He will also debrief his meeting with "
                       "Director Ana Silva to the allies.", "2021-10-05");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "no meeting");
}

TEST_CASE("news agencies: the agency that signs a dateline or a photo is an organisation, and AFP is not taken for one (it is also the Armed Forces of the Philippines)") {
    const auto x = run("BUSAN, Nov. 24 (Yonhap) -- Foreign Minister Anna Berg held talks with Minister Tom Hale on Sunday. "
                       "(Xinhua/Li Wen) The Armed Forces of the Philippines (AFP) took part.");
    const kg::Entity* yonhap = entity(x, EntityType::Organization, "Yonhap News Agency");
    REQUIRE(yonhap);
    CHECK(has_alias(yonhap, "Yonhap"));
    CHECK(entity(x, EntityType::Organization, "Xinhua News Agency"));
    CHECK(!entity(x, EntityType::Person, "Yonhap"));
    CHECK(!entity(x, EntityType::Organization, "Agence France-Presse"));
}

TEST_CASE("an elided prefix written apart ('Gov. O\u2019 Malley') is one name, and one letter alone is nobody") {
    const auto x = run("Release\n\nGovernor Martin O\u2019Malley will lead the agency. Gov. O\u2019 Malley met Mayor Brandon "
                       "Scott in Baltimore. Mr. D\u2019 Souza met Mayor Brandon Scott too.");
    CHECK(!entity(x, EntityType::Person, "O"));
    const kg::Entity* omalley = entity(x, EntityType::Person, "Martin O\u2019Malley");
    REQUIRE(omalley);
    CHECK(omalley->mentions.size() == 2);
    CHECK(entity(x, EntityType::Person, "D\u2019Souza"));
}

TEST_CASE("a news report's first sentence names the day of its meeting, past the lines of the page before it") {
    const auto x = run("Contact Us\n\nMinister holds talks on sidelines of meeting in Lima\n\nAndes Agency DIPLOMACY\n"
                       "Published February 22,2024\nSubscribe\n\nForeign Minister Tom Hale held closed-door discussions "
                       "Wednesday with his Chilean and Peruvian counterparts in Lima.\n\nHale and Foreign Minister Ana "
                       "Silva discussed bilateral relations.", "");  // (the date is the text's own date line)
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-02-21");
}

TEST_CASE("series-counterparts: 'held talks Wednesday with his Chilean and Peruvian counterparts', then each told apart, are of that day") {
    const auto x = run("Release\n\nForeign Minister Tom Hale held closed-door discussions Wednesday with his Chilean and "
                       "Peruvian counterparts on the sidelines of the Andes Foreign Ministers Meeting in Lima.\n\nHale "
                       "informed Chile of his views.\n\nIn a separate meeting, Hale and his Peruvian counterpart Ana "
                       "Silva agreed to deepen trade.", "2024-02-22");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-02-21");
    CHECK(relation(x, RelationType::Attended, "Ana Silva", "Andes Foreign Ministers Meeting"));
    const auto y = run("Release\n\nOn Thursday, Tom Hale, the head of Chilean diplomacy, held further conversations with "
                       "his counterparts.\n\nNotably, he held his first conversation with Foreign Secretary Mark Lee.\n\n"
                       "During his conversation with Peru\u2019s Foreign Minister Ana Silva, Minister Hale declared "
                       "that relations would improve.", "2023-12-15");
    CHECK(kg_test::met_date(y, "Tom Hale", "Ana Silva") == "2023-12-14");
}

TEST_CASE("series-counterparts: talks with counterparts still to come give no day to the meetings told after") {
    const auto x = run("Release\n\nForeign Minister Tom Hale will hold talks with his counterparts on Friday.\n\nThe "
                       "weather was fine.\n\nIn a separate meeting, Hale and his Peruvian counterpart Ana Silva agreed "
                       "to deepen trade.", "2024-02-22");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2024-02-22");  // (the release's, not the Friday before)
}

TEST_CASE("the day of an event still to come ('the summit, which will be held in Lima on June 29-30') does not keep a call 'today' from its day") {
    const auto x = run("Readout of President Hale\u2019s Call with President Ana Silva of Peru\n\n2022-06-21\n\nPresident Tom Hale and President Ana Silva of Peru spoke today "
                       "about the Andes Summit, which will be held in Lima on June 29-30, 2022. The leaders welcomed the "
                       "upcoming trip.", "");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2022-06-21");
}

TEST_CASE("subject-name-meets: a name with particles and an article ('Tahnoon bin Zayed Al Nahyan met') is whole, and no relative of the same family takes its meeting") {
    const auto x = run("Release\n\nTahnoon bin Zayed Al Nahyan met National Security Advisor Tom Hale. President Mohamed "
                       "bin Zayed Al Nahyan met President Ana Silva.");
    CHECK(entity(x, EntityType::Person, "Tahnoon bin Zayed Al Nahyan"));
    CHECK(kg_test::met_date(x, "Tahnoon bin Zayed Al Nahyan", "Tom Hale") != "no meeting");
    CHECK(kg_test::met_date(x, "Mohamed bin Zayed Al Nahyan", "Tom Hale") == "no meeting");
}

TEST_CASE("held-meeting: 'A, Minister, and the Rt Hon B MP, Secretary of State ..., held the X Dialogue' joins both, past the whole honorific") {
    for (const char* hon : {"the Rt Hon", "the Rt. Hon.", "H.E. Mr."}) {
        const auto x = run(std::string("Release\n\nOn August 8, Mr. Tom Hale, Minister for Foreign Affairs, and ") + hon +
                           " Mark Lee MP, Secretary of State for Foreign Affairs of Peru, held the Fourth Chile-Peru "
                           "Foreign Ministers\u2019 Strategic Dialogue.", "2015-08-08");
        CHECK_MESSAGE(kg_test::met_date(x, "Tom Hale", "Mark Lee") == "2015-08-08", hon);
        CHECK_MESSAGE(relation(x, RelationType::Attended, "Tom Hale", "Fourth Chile-Peru Foreign Ministers\u2019 Strategic Dialogue"), hon);
    }
}

TEST_CASE("apposition: an office closed by its country ('X, Federal Minister for Foreign Affairs, Germany.'), a post-nominal between commas, two offices in a row") {
    const auto x = run("Release\n\nMinister Tom Hale held a telephone talk with Mr. Mark Lee, Federal Minister for Foreign "
                       "Affairs, Germany. He also spoke with the Hon. Ana Silva, MP, Minister for Foreign Affairs of the "
                       "Commonwealth of Australia. He met the Rt Hon Eva Ruiz MP, Secretary of State for Foreign, "
                       "Commonwealth and Development Affairs, Minister for Women and Equalities of the United Kingdom.");
    CHECK(kg_test::role_title(x, "Mark Lee", "Germany") == "Federal Minister for Foreign Affairs");
    CHECK(kg_test::role_title(x, "Ana Silva", "Australia") == "Minister for Foreign Affairs");
    CHECK(kg_test::role_title(x, "Eva Ruiz", "United Kingdom") != "no role");
}

TEST_CASE("apposition: an office after an unread name of a list is not continued into the next person's office") {
    const auto x = run("Release\n\nThe delegation included Secretary of Health Dr. Mark Lee Ortiz, Director General of the "
                       "National Intelligence Center Aurelio Martinez Zapata, Head of the Federal Commission for Sanitary "
                       "Risks Dr. Ana Silva Ramos, and others.");
    CHECK(entity(x, EntityType::Organization, "Federal Commission for Sanitary Risks"));  // (not "... Risks Dr")
    CHECK(kg_test::role_title(x, "Mark Lee Ortiz", "Federal Commission for Sanitary Risks") == "no role");
}

TEST_CASE("attended-hosted-by: the meeting attended may be described at length before 'hosted by'") {
    const auto x = run("Release\n\nOn October 5, Mr. Tom Hale, Minister for Foreign Affairs of Chile, attended a meeting of "
                       "ambassadors of European Union (EU) Member States in Santiago hosted by Mr. Mark Lee, Ambassador of "
                       "the EU to Chile.", "2022-10-05");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee") == "2022-10-05");
    // (no meeting noun within its first words: a visit, not a meeting)
    const auto y = run("Release\n\nMinister Tom Hale attended with his wife and their two children and the whole "
                       "team the opening of a school in Santiago hosted by Mr. Mark Lee.", "2022-10-05");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mark Lee") == "no meeting");
}

TEST_CASE("told-during-talks: 'as A conveyed to Mr. B, President of X at the summit telephone meeting' is a call between them") {
    const auto x = run("Release\n\nThe Government decided to provide grant aid, as Prime Minister Tom Hale conveyed to Mr. "
                       "Mark Lee, President of the Republic of Peru at the summit telephone meeting.");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Mark Lee");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "telephone");
    // (a verb that tells nothing to anyone: no meeting)
    const auto y = run("Release\n\nPrime Minister Tom Hale travelled to Mr. Mark Lee, President of the Republic of Peru at "
                       "the summit.");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mark Lee") == "no meeting");
}

TEST_CASE("apposition: a minister 'for' a country is its minister, an envoy 'for' a country is not") {
    const auto x = run("Release\n\nMr. Mark Lee, State Councilor and Foreign Minister for the Republic of Peru, will visit "
                       "Chile. Mr. Tom Hale, Special Envoy for Ukraine, met him.");
    CHECK(kg_test::role_title(x, "Mark Lee", "Peru") != "no role");
    CHECK(kg_test::role_title(x, "Tom Hale", "Ukraine") == "no role");
}

TEST_CASE("'X called and congratulated Y': a call with Y, read from the name after the second verb") {
    const auto x = run("Release\n\nYesterday, Vice President Ana Silva called and congratulated Mark Lee Ortiz on his "
                       "historic victory.", "2021-12-11");
    const kg::Relation* r = relation(x, RelationType::Met, "Ana Silva", "Mark Lee Ortiz");
    REQUIRE(r);
    CHECK(r->attributes.at("mode") == "telephone");
    CHECK(r->date == "2021-12-10");
}

TEST_CASE("apposition after a suffix: 'Mark Lee Jr., President of Peru', 'Tom Hale, Jr., Governor of Chile' hold their offices") {
    const auto x = run("Release\n\nOn July 12, Minister Ana Silva held a summit meeting with H.E. Mr. Mark Lee Jr., President "
                       "of the Republic of Peru. Later Secretary Tom Hale, Jr., Secretary of Health of Chile, spoke.");
    CHECK(kg_test::role_title(x, "Mark Lee", "Peru") == "President");
    CHECK(kg_test::role_title(x, "Tom Hale", "Chile") == "Secretary of Health");
}

TEST_CASE("and-counterpart: 'A and his French counterpart B discussed ... in a phone call' names B and pairs them") {
    const auto x = run("Release\n\nPeruvian President Tom Hale and his Chilean counterpart Mark Lee Ortiz discussed trade "
                       "in a phone call on Sunday, Hale said.", "2024-05-07");
    const kg::Relation* r = relation(x, RelationType::Met, "Tom Hale", "Mark Lee Ortiz");
    REQUIRE(r);
    CHECK(r->date == "2024-05-05");
    CHECK(r->attributes.at("mode") == "telephone");
}

TEST_CASE("told-counterpart: 'A told his U.S. counterpart B on Friday that ...' is a talk between them, 'will tell' is none") {
    const auto x = run("LIMA (Reuters) - Peruvian Foreign Minister Tom Hale told his Chilean counterpart Mark Lee Ortiz on "
                       "Friday that trade must grow.", "2024-05-10");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee Ortiz") == "2024-05-10");
    const auto y = run("LIMA (Reuters) - Peruvian Foreign Minister Tom Hale will urge his Chilean counterpart Mark Lee "
                       "Ortiz to open trade.", "2024-05-10");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mark Lee Ortiz") == "no meeting");
}

TEST_CASE("pair-met: 'A, Minister of Foreign Affairs and International Cooperation, and B, Foreign Minister of X, reviewed ...'") {
    const auto x = run("LIMA, (Andes Agency - 02nd May, 2021) H.H. Sheikh Tom Hale bin Zayed, Minister of Foreign Affairs "
                       "and International Cooperation, and Prince Mark Lee bin Farhan, Foreign Minister of the Republic of "
                       "Peru, reviewed the prospects of further consolidating relations.", "2021-05-02");
    CHECK(kg_test::met_date(x, "Tom Hale bin Zayed", "Mark Lee bin Farhan") == "2021-05-02");
}

TEST_CASE("a release with no date line: 'earlier today ... welcomed by X' is the day its first dated meeting gives, and an Assistant Minister is an office") {
    const auto x = run("LIMA, (Andes News - 02nd May, 2021) Minister Tom Hale bin Zayed and Prince Mark Lee bin Farhan, "
                       "Foreign Minister of Peru, reviewed relations.\n\nThe Peruvian Foreign Minister arrived earlier today "
                       "where he was welcomed by Minister Tom Hale bin Zayed. Attending the meeting were Ana Silva Ortiz, "
                       "Minister of State, and Yacoub Yousef Al Hosani, Assistant Minister for International Affairs.",
                       "");
    CHECK(x.document.date.empty());
    CHECK(entity(x, EntityType::Person, "Yacoub Yousef Al Hosani"));
    CHECK(kg_test::met_date(x, "Ana Silva Ortiz", "Mark Lee bin Farhan") == "2021-05-02");
}

TEST_CASE("photo captions: 'A (left) and B (right) sign the X' and 'A (left) and B shake hands' pair them, past the position markers") {
    const auto x = run("Release\n\nSecretary Tom Hale (left) and Foreign Minister Ana Silva (right) sign the Chile-Peru Joint "
                       "Plan of Action. Secretary Tom Hale (3rd L) and Foreign Minister Mark Lee of Peru shake hands during "
                       "a meeting in Lima.", "2023-02-19");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") != "no meeting");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee") != "no meeting");
}

TEST_CASE("'His meeting with Foreign Minister X was described as productive' is the meeting of the subject of the one told before") {
    const auto x = run("Release\n\nSecretary Tom Hale met Mr. Ana Silva Ortiz in Lima. His meeting with Finnish Foreign "
                       "Minister Mark Lee was described as productive.", "2023-02-19");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee") != "no meeting");
    CHECK(kg_test::met_date(x, "Ana Silva Ortiz", "Mark Lee") == "no meeting");
}

TEST_CASE("a family name that is also a one-word place after a known given name ('Rt. Hon William Hague, Secretary of State') is the name's") {
    const auto x = run("Release\n\nMr. Tom Hale held a meeting with Rt. Hon William Hague, Secretary of State for Foreign "
                       "Affairs of the United Kingdom. He then flew to The Hague. The Deputy Assistant Secretary for "
                       "Central Africa, Mark Lee, spoke.", "2012-09-27");
    CHECK(kg_test::met_date(x, "Tom Hale", "William Hague") == "2012-09-27");
    CHECK(!entity(x, EntityType::Person, "William"));
    CHECK(!entity(x, EntityType::Person, "Central Africa"));
}

TEST_CASE("after-meeting in a headline: 'Press remarks by High Representative A after meeting with Foreign Minister B'") {
    const auto x = run("Andes: Press remarks by High Representative Tom Hale after meeting with Foreign Minister Ana Silva\n\n"
                       "Dear Foreign Minister, welcome to Lima.", "2021-12-09");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Silva") == "2021-12-09");
    // (a headline with nobody named before it tells no one's meeting)
    const auto y = run("Remarks after meeting with Foreign Minister Ana Silva\n\nWelcome.", "2021-12-09");
    CHECK(kg_test::count(y, RelationType::Met) == 0);
}

TEST_CASE("an attendance list goes on after ', along with', and a name of four parts besides 'bin' and 'Al' is whole") {
    const auto x = run("ABU DHABI, 2 May 2021 (Andes) -- Minister Tom Hale met Prince Mark Lee bin Farhan. Attending the "
                       "meeting were Ana Silva Ortiz, Minister of State, along with Yacoub Yousef Al Hosani, Assistant "
                       "Minister for International Affairs, and Tarek bin Abdullah Al Dakheel, Ambassador to Peru.", "");
    CHECK(entity(x, EntityType::Person, "Tarek bin Abdullah Al Dakheel"));
    CHECK(!entity(x, EntityType::Person, "Abdullah Al Dakheel"));
    CHECK(kg_test::met_date(x, "Tom Hale", "Tarek bin Abdullah Al Dakheel") == "2021-05-02");
    CHECK(kg_test::met_date(x, "Mark Lee bin Farhan", "Yacoub Yousef Al Hosani") == "2021-05-02");
}

TEST_CASE("met-including: 'met with high-level officials, including members of the Presidency of X, A and B, and President C' is a meeting with each") {
    const auto x = run("VIENNA, 3 April 2025 - During his visit, Secretary General Tom Hale met with high-level officials, "
                       "including members of the Presidency of Bosnia and Herzegovina, Mark Lee Ortiz and Ana Silva Ramos, "
                       "and President Eva Ruiz of Serbia.", "");
    for (const char* other : {"Mark Lee Ortiz", "Ana Silva Ramos", "Eva Ruiz"})
        CHECK_MESSAGE(kg_test::met_date(x, "Tom Hale", other) != "no meeting", other);
    CHECK(kg_test::met_date(x, "Mark Lee Ortiz", "Eva Ruiz") == "no meeting");
}

TEST_CASE("received-credentials: 'received the credentials of H.E. Mr. X', 'the letters of credence of Ambassador X'") {
    const auto x = run("Release\n\nThe Chairperson of the Andes Commission, H.E. Tom Hale, on 11 March 2021, received the "
                       "credentials of H.E. Mr. Mark Lee Ortiz, the newly appointed Ambassador of Peru. President Ana "
                       "Silva received the letters of credence of Ambassador Eva Ruiz.", "2021-03-12");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee Ortiz") == "2021-03-11");
    CHECK(kg_test::met_date(x, "Ana Silva", "Eva Ruiz") != "no meeting");
}

TEST_CASE("after-meeting in a headline needs a person named before it, not an office ('Comments by the Foreign Secretary after meeting X')") {
    const auto x = run("News story\n\nComments by the Foreign Secretary after meeting US Secretary of State Mark Lee on 7 "
                       "August 2019\n\nOn the second day of his visit, Foreign Secretary Tom Hale met US Secretary of State "
                       "Mark Lee and National Security Advisor Eva Ruiz.", "2019-08-07");
    CHECK(kg_test::met_date(x, "Tom Hale", "Eva Ruiz") == "2019-08-07");
}

TEST_CASE("given-name-title: 'Sultan' before a family particle is a man's given name, before a name and 'bin' the ruler's title") {
    const auto x = run("Release\n\nAttending the meeting were Khalid Omar Al Rumaithi, Minister of State, and Sultan Karim "
                       "Al Mazrouei, Assistant Minister. The ministers asked their climate envoys, Tom Hale and Sultan "
                       "al-Dhaheri, to report. Earlier, Mark Lee met with Sultan Faris bin Tarik in Muscat.",
                       "2023-05-02");
    CHECK(entity(x, EntityType::Person, "Sultan Karim Al Mazrouei"));
    CHECK(!entity(x, EntityType::Person, "Karim Al Mazrouei"));
    CHECK(entity(x, EntityType::Person, "Sultan al-Dhaheri"));
    // (the short form is the family name after the particle, not the given name)
    CHECK(has_alias(entity(x, EntityType::Person, "Sultan al-Dhaheri"), "al-Dhaheri"));
    CHECK(!has_alias(entity(x, EntityType::Person, "Sultan al-Dhaheri"), "Sultan"));
    CHECK(entity(x, EntityType::Person, "Faris bin Tarik"));
    CHECK(kg_test::met_date(x, "Mark Lee", "Faris bin Tarik") != "no meeting");
}

TEST_CASE("a plural office names each of the names after it: 'Secretaries Hale and Lee', 'Cabinet Secretaries A and B'") {
    const auto x = run("Release\n\nPresident Tom Hale met President Ana Lopes. The meeting was attended by Cabinet Secretaries "
                       "Mark Dowd and Sicily Ortiz. The President thanked Secretaries Berg and Moss.",
                       "2020-02-06");
    CHECK(entity(x, EntityType::Person, "Mark Dowd"));
    CHECK(entity(x, EntityType::Person, "Sicily Ortiz"));  // a known place may begin a longer name
    CHECK(entity(x, EntityType::Person, "Berg"));
    CHECK(entity(x, EntityType::Person, "Moss"));
}

TEST_CASE("counterpart-plural-office: 'met with Polish and Gabonese foreign ministers, A and B', 'foreign ministers of X and Y, A and B'") {
    const auto x = run("Release\n\nForeign Minister Tom Hale met with Polish, Gabonese and Cameroonian foreign ministers, Mark "
                       "Dowd, Ana Lopes, and Mia Berg, respectively. He later met with former foreign ministers of Germany "
                       "and Austria, Ken Ito and Lia Moss.",
                       "2021-06-19");
    for (const char* other : {"Mark Dowd", "Ana Lopes", "Mia Berg", "Ken Ito", "Lia Moss"})
        CHECK_MESSAGE(kg_test::met_date(x, "Tom Hale", other) != "no meeting", other);
    CHECK(kg_test::met_date(x, "Mark Dowd", "Ken Ito") == "no meeting");
}

TEST_CASE("news names: a one-word title after an office's comma, capitalised particles, a hyphenated family name, 'counterpart from X, Name'") {
    const auto x = run("Release\n\nThe Foreign Minister, Sheikh Karim bin Omar, took part in the meeting. Dr Abdul Latif Bin "
                       "Rashid Al Mazrouei, the secretary general, also attended. After the meeting, Sheikh Karim met with "
                       "his counterpart from Kosovo, Enver Dowd, and the chairwoman of the Commission, Dr Nkosazana "
                       "Hale-Lopes. Legislative Director for U.S. Senator Mark Berg.",
                       "2013-09-24");
    CHECK(entity(x, EntityType::Person, "Karim bin Omar"));
    CHECK(!entity(x, EntityType::Person, "Sheikh Karim bin Omar"));
    CHECK(entity(x, EntityType::Person, "Abdul Latif Bin Rashid Al Mazrouei"));
    CHECK(entity(x, EntityType::Person, "Enver Dowd"));
    CHECK(has_alias(entity(x, EntityType::Person, "Nkosazana Hale-Lopes"), "Hale-Lopes"));
    CHECK(kg_test::met_date(x, "Karim bin Omar", "Enver Dowd") != "no meeting");
    // (after a body's office with no comma the title is the person's own: Senator)
    CHECK(relation(x, RelationType::Role, "Mark Berg", "United States"));
}

TEST_CASE("pair-verb: 'During the talks, A and her counterpart B shared the view' is their meeting") {
    const auto x = run("Release\n\nDuring the talks, Foreign Minister Ana Lopes and her Japanese counterpart Hiro Sato shared "
                       "the view that cooperation is crucial.",
                       "2019-08-02");
    CHECK(kg_test::met_date(x, "Ana Lopes", "Hiro Sato") == "2019-08-02");
}

TEST_CASE("opening-participle-meeting with 'the' before the office, and 'FM' as the Foreign Minister's abbreviation") {
    const auto x = run("Release\n\nMeeting the Foreign Minister of Poland Mark Dowd in Tallinn today, Foreign Minister Ana Lopes "
                       "noted that Poland is a close partner. Irish Foreign Minister Tom Hale met with Israel's FM Hiro Sato "
                       "in Jerusalem on Tuesday.",
                       "2012-08-27");
    CHECK(kg_test::met_date(x, "Mark Dowd", "Ana Lopes") == "2012-08-27");
    CHECK(entity(x, EntityType::Person, "Hiro Sato"));
    CHECK(relation(x, RelationType::Role, "Hiro Sato", "Israel"));
}

TEST_CASE("respective-office: 'foreign ministers of A, B and C, X, Y and Z, respectively' gives each name its country") {
    const auto x = run("Release\n\nForeign Minister Tom Hale held meetings with foreign ministers of Malaysia, Peru and "
                       "Tajikistan, Mark Dowd, Ana Lopes and Mia Berg, respectively. Minister Ken Ito met the ministers of "
                       "Chile and Ghana, Lia Moss and Paul White.",
                       "2021-06-19");
    CHECK(relation(x, RelationType::Role, "Mark Dowd", "Malaysia"));
    CHECK(relation(x, RelationType::Role, "Ana Lopes", "Peru"));
    CHECK(relation(x, RelationType::Role, "Mia Berg", "Tajikistan"));
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Lopes") != "no meeting");
    // without "respectively", the countries after the office's "of" give the order too
    CHECK(relation(x, RelationType::Role, "Lia Moss", "Chile"));
    CHECK(relation(x, RelationType::Role, "Paul White", "Ghana"));
    // (not countries before a plural office without "respectively": "Chile and Ghana's ministers, A and B")
    const auto y = run("Release\n\nMinister Ken Ito met Chile and Ghana's ministers, Lia Moss and Paul White.", "2021-06-19");
    CHECK(!relation(y, RelationType::Role, "Lia Moss", "Chile"));
}

TEST_CASE("same-meeting-again: 'The one-to-one meeting between A and B was followed by ...' is their dated meeting, not another one") {
    const auto x = run("News\n\nSeptember 08, 2012 12:11 pm\n\nExternal Affairs Minister Tom Hale began talks with his "
                       "counterpart Ana Lopes on Saturday. The one-to-one meeting between Mr. Hale and Ms. Lopes was followed "
                       "by delegation-level talks. Foreign Secretary Mark Dowd and his counterpart Mia Berg were also "
                       "present. The dialogue was co-chaired by Vice Premier Ken Ito and Mr. Hale.",
                       "");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Lopes") == "2012-09-08");
    CHECK(kg_test::met_date(x, "Mark Dowd", "Ana Lopes") == "2012-09-08");
    CHECK(kg_test::met_date(x, "Ken Ito", "Tom Hale") != "2012-09-08");
}

TEST_CASE("news counterparts: 'met Vietnamese counterpart X', 'her counterpart to Kenya X', a ', as' clause ends the counterparts") {
    const auto x = run("Release\n\nForeign Minister Tom Hale on Sunday met Vietnamese counterpart Le Hoai Trung and discussed "
                       "the border. The meeting was attended by Ambassador Mia Berg and her Ethiopian counterpart to Kenya "
                       "Meles Alem Dowd. Foreign Minister Ana Lopes met with Secretary of State Mark Lee in Munich, as the "
                       "two countries prepare for a visit by President Ken Ito to Beijing.",
                       "2025-08-10");
    CHECK(kg_test::met_date(x, "Tom Hale", "Le Hoai Trung") == "2025-08-10");
    CHECK(entity(x, EntityType::Person, "Meles Alem Dowd"));
    CHECK(kg_test::met_date(x, "Ana Lopes", "Mark Lee") != "no meeting");
    CHECK(kg_test::met_date(x, "Ana Lopes", "Ken Ito") == "no meeting");
}

TEST_CASE("a Korean name written family name, comma, given name: 'Minister of Foreign Affairs Kang, Kyung-wha'") {
    const auto x = run("Press Releases\n\nDate\n2020-02-15\n\n1. Minister of Foreign Affairs Cho, Min-jun had a meeting with "
                       "Minister for Foreign Affairs of Japan Hiro Sato on February 15. Minister Cho reiterated the position. "
                       "The talks were between Lee, Park and Kim.",
                       "");
    CHECK(entity(x, EntityType::Person, "Cho Min-jun"));
    CHECK(kg_test::met_date(x, "Cho Min-jun", "Hiro Sato") == "2020-02-15");
    CHECK(!entity(x, EntityType::Person, "Lee Park"));
}

TEST_CASE("offices: 'Moldova's Acting Prime Minister X', 'X, the secretary general of the GCC,', not 'the head of Russia's largest bank'") {
    const auto x = run("Release\n\nHe met with Moldova’s Acting Prime Minister and Foreign Minister Mark Dowd. Dr Ana Lopes, the "
                       "secretary general of the GCC, also attended the meeting. Tom Hale, the head of Russia’s largest bank, "
                       "spoke.",
                       "2021-06-19");
    CHECK(relation(x, RelationType::Role, "Mark Dowd", "Moldova"));
    CHECK(relation(x, RelationType::Role, "Ana Lopes", "Gulf Cooperation Council"));
    CHECK(!relation(x, RelationType::Role, "Tom Hale", "Russia"));
}

TEST_CASE("counterpart: 'met his Qatari counterpart' and a name of four parts besides its particles") {
    const auto x = run("Release\n\nISLAMABAD - Prime Minister Tom Hale on Monday met his Qatari counterpart Abdullah bin Nasser "
                       "bin Khalifa Al Thani in Doha. Ambassador Mark Dowd was also present in the meeting.",
                       "2019-01-21");
    CHECK(entity(x, EntityType::Person, "Abdullah bin Nasser bin Khalifa Al Thani"));
    CHECK(kg_test::met_date(x, "Tom Hale", "Abdullah bin Nasser bin Khalifa Al Thani") != "no meeting");
    CHECK(kg_test::met_date(x, "Mark Dowd", "Abdullah bin Nasser bin Khalifa Al Thani") != "no meeting");
}

TEST_CASE("the news's present: 'A and B are holding the first round of their talks' is their meeting now, not 'next week'") {
    const auto x = run("Release\n\nPresident Tom Hale and North Korean leader Mark Lee are holding the first round of their summit "
                       "talks at the headquarters.",
                       "2018-09-18");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Lee") == "2018-09-18");
    const auto y = run("Release\n\nPresident Tom Hale and Prime Minister Mark Lee are holding talks in Seoul next week.", "2018-09-18");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mark Lee") == "no meeting");
}

TEST_CASE("'A and B have joined a bilateral meeting' is their meeting, 'X was joined in his meetings by Y' is not a new one, and 'X's agenda' names a person") {
    const auto x = run("Release\n\nBangladesh’s Foreign Affairs Adviser Tom Hale and Pakistan’s Foreign Minister Mark Dowd have "
                       "joined a bilateral meeting. Paula Moretti's agenda was full. Later Moretti met with NATO Secretary General, "
                       "Mia Berg.",
                       "2025-08-24");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2025-08-24");
    CHECK(kg_test::met_date(x, "Paula Moretti", "Mia Berg") != "no meeting");
    const auto y = run("Release\n\nNational Security Advisor Ken Ito met Prime Minister Hiro Sato on Tuesday. Mr. Ito was joined "
                       "in his meetings by Ambassador Paul White.",
                       "2021-12-21");
    CHECK(kg_test::met_date(y, "Ken Ito", "Hiro Sato") == "2021-12-21");
    CHECK(kg_test::met_date(y, "Paul White", "Hiro Sato") != "no meeting");
}

TEST_CASE("apposition: a lower-case office of the titles list after a name ('X, joint secretary, ...'), ranked offices, and no office-holder named 'Central Asian Affairs' or 'Ottawa Canada'") {
    const auto x = run("Release\n\nRavi Ghimire, joint secretary, South Asia Division of MoFA, and Anil Kafle, Additional "
                       "Secretary, Ministry of Foreign Affairs, led their delegations. The delegation included Mina Rana, "
                       "under secretary Ministry of Industry.",
                       "2019-10-02");
    CHECK(entity(x, EntityType::Person, "Ravi Ghimire"));
    CHECK(entity(x, EntityType::Person, "Anil Kafle"));
    CHECK(entity(x, EntityType::Person, "Mina Rana"));
    const auto y = run("Release\n\nShe was Executive Director of the Bureaus of Near Eastern Affairs and South and Central Asian "
                       "Affairs, Deputy Chief of Mission of the U.S. Embassy, Ottawa Canada; and Consul General in Milan.",
                       "2022-03-01");
    CHECK_FALSE(entity(y, EntityType::Person, "Central Asian Affairs"));
    CHECK_FALSE(entity(y, EntityType::Person, "Ottawa Canada"));
}

TEST_CASE("'A, Title, and B, Title, led their respective delegations to the meeting': both heads met, and each delegation's members join them") {
    const auto x = run("Release\n\nThe first consultation meeting was held in Kathmandu today. Ravi Ghimire, joint secretary of "
                       "MoFA, and Anil Kafle, Additional Secretary, Ministry of Foreign Affairs and Trade of New Zealand, led "
                       "their respective delegations to the meeting. The New Zealand delegation comprised Her Excellency Mina "
                       "Rana, Ambassador of New Zealand to Nepal.",
                       "2019-10-02");
    CHECK(kg_test::met_date(x, "Ravi Ghimire", "Anil Kafle") == "2019-10-02");
    CHECK(kg_test::met_date(x, "Ravi Ghimire", "Mina Rana") == "2019-10-02");
}

TEST_CASE("'received a delegation of senior officials led by A, B and C', 'met with a team from X led by its Secretary-General, Y': those who lead what was met are met") {
    const auto x = run("Release\n\nPresident Tom Hale received yesterday in Lima a delegation of senior officials from the United "
                       "States led by Secretary of State Mark Dowd and Homeland Security Advisor Ana Lopes.",
                       "2023-12-28");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2023-12-27");
    CHECK(kg_test::met_date(x, "Tom Hale", "Ana Lopes") == "2023-12-27");
    const auto y = run("Release\n\nPresident Ken Ito today met with a team from the Commonwealth Secretariat led by its "
                       "Secretary-General, Rt Hon Mia Berg QC at the Office of the President.",
                       "2022-03-01");
    CHECK(kg_test::met_date(y, "Ken Ito", "Mia Berg") == "2022-03-01");
    const auto z = run("Release\n\nA team led by Secretary of State Mark Dowd will travel to Lima. President Tom Hale met "
                       "Ambassador Ana Lopes.",
                       "2022-03-01");
    CHECK(kg_test::met_date(z, "Tom Hale", "Mark Dowd") == "no meeting");
}

TEST_CASE("'met with a team from X led by its Secretary-General, Rt Hon Y': Y is the counterpart of 'met with', so those who joined the host meet Y too") {
    const auto x = run("Release\n\nPresident Ken Ito today met with a team from the Commonwealth Secretariat led by its "
                       "Secretary-General, Rt Hon Mia Berg QC at the Office of the President. President Ito was joined by "
                       "Minister of Foreign Affairs, Tom Hale and Minister of Public Works, Mark Dowd.",
                       "2022-03-01");
    CHECK(kg_test::met_date(x, "Ken Ito", "Mia Berg") == "2022-03-01");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mia Berg") == "2022-03-01");
    CHECK(kg_test::met_date(x, "Mark Dowd", "Mia Berg") == "2022-03-01");
}

TEST_CASE("a list of 'Office, Name' items separated by semicolons names each office-holder, and they join the meeting (semicolon-office-list)") {
    const auto x = run("Release\n\nPresident Ken Ito today met with Secretary-General Mia Berg QC. President Ito was joined by "
                       "Prime Minister, Brigadier (Ret’d), Oren Vasquez; Minister of Parliamentary Affairs and Governance, "
                       "Lena Okafor; Minister of Public Works, Tom Hale and Minister of Tourism, Industry and Commerce, Rhea "
                       "Mbeki. The Commonwealth delegation also featured Senior Director, Governance and Peace Directorate, "
                       "Professor Ivo Brandt; Research Officer of the SG’s Office, Nia Osei and Research Officer of the "
                       "Governance Directorate, Zara Quist.",
                       "2022-03-01");
    for (const char* name : {"Oren Vasquez", "Lena Okafor", "Tom Hale", "Rhea Mbeki", "Ivo Brandt", "Nia Osei", "Zara Quist"}) {
        CHECK_MESSAGE(entity(x, EntityType::Person, name), name);
        CHECK_MESSAGE(kg_test::met_date(x, "Ken Ito", name) == "2022-03-01", name);
    }
    CHECK_FALSE(entity(x, EntityType::Person, "Peace Directorate"));
    // the item's name first, then its office and body: the body is no one
    const auto y = run("Release\n\nGuests:\n\n- Dr. Ana Lopes, President, Lopes Pharmacies; Co-Owner, Oread Rx\n\n- The "
                       "Leonard G. Lomell, VA Clinic; and the Department of Veterans Affairs, VA Clinic.",
                       "2022-03-01");
    CHECK(entity(y, EntityType::Person, "Ana Lopes"));
    CHECK_FALSE(entity(y, EntityType::Person, "Lopes Pharmacies"));
    CHECK_FALSE(entity(y, EntityType::Person, "Clinic Va"));
    CHECK_FALSE(entity(y, EntityType::Person, "VA Clinic"));
}

TEST_CASE("credentials: 'X presented his credentials to President Y', and the envoys listed after 'The envoys who presented their credentials were' or on the lines after '... are:' each meet the one who received them") {
    const auto x = run("Release\n\nAmbassador of France Ivo Brandt presented his credentials to President Tom Hale at the palace "
                       "today.",
                       "2016-07-02");
    CHECK(kg_test::met_date(x, "Ivo Brandt", "Tom Hale") == "2016-07-02");
    const auto y = run("Release\n\nEnvoys of three states presented their credentials to President Tom Hale at a ceremony here "
                       "today. The envoys who presented their credentials were - Ambassador of Ethiopia Nia Osei, Ambassador "
                       "of France Ivo Brandt and High Commissioner of Mozambique Rhea Mbeki.",
                       "2016-07-02");
    for (const char* envoy : {"Nia Osei", "Ivo Brandt", "Rhea Mbeki"})
        CHECK_MESSAGE(kg_test::met_date(y, "Tom Hale", envoy) == "2016-07-02", envoy);
    CHECK(kg_test::met_date(y, "Nia Osei", "Ivo Brandt") == "no meeting");  // separate audiences
    const auto z = run("Release\n\nPresident Ken Ito on Thursday formally received the Letters of Credence from two new "
                       "envoys.\n\nThe new envoys who presented their credentials are:\n\n– His Excellency Zara Quist, "
                       "Ambassador of the Republic of Chad.\n\n– His Excellency Oren Vasquez, High Commissioner of the "
                       "Republic of Gabon.\n\nPresident Ito extended his felicitations to the envoys.",
                       "2025-05-16");
    CHECK(kg_test::met_date(z, "Ken Ito", "Zara Quist") == "2025-05-15");
    CHECK(kg_test::met_date(z, "Ken Ito", "Oren Vasquez") == "2025-05-15");
}

TEST_CASE("Fiji's chiefly 'Ratu' is an honorific, after 'H.E.' too, never part of the name") {
    const auto x = run("Release\n\nAccompanied by the Minister for Foreign Affairs Ratu Ivo Kubu and Fiji’s Ambassador-designate "
                       "to Indonesia H.E. Ratu Nia T. Cavu, Prime Minister Tom Hale and President Mark Dowd discussed trade.",
                       "2011-04-06");
    CHECK(entity(x, EntityType::Person, "Ivo Kubu"));
    CHECK(entity(x, EntityType::Person, "Nia T. Cavu"));
    CHECK_FALSE(entity(x, EntityType::Person, "Ratu Nia T. Cavu"));
    CHECK(kg_test::met_date(x, "Ivo Kubu", "Mark Dowd") == "2011-04-06");
}

TEST_CASE("'In a conversation with X, Minister Y ...', 'At the meeting with X, cooperation was discussed', 'At the meeting with X, the Head of diplomacy ...': the opening names the meeting (opening-meeting-with)") {
    const auto x = run("Minister holds bilateral meetings\n\n22. September 2023.\nFirst Deputy Prime Minister Ivo Brandt met, "
                       "on the fringes of the General Debate, with the foreign ministers of Bahrain and Belarus.\n\nIn a "
                       "conversation with the High Representative for the Alliance Tom Hale, Minister Brandt assessed "
                       "cooperation. At the meeting with Minister of Foreign Affairs of Bahrain Dr. Mark Dowd, the "
                       "strengthening of cooperation was discussed. At the meeting with Minister of Foreign Affairs of Belarus "
                       "Nia Osei, the Head of Serbian diplomacy expressed his gratitude.",
                       "");
    CHECK(x.document.date == "2023-09-22");
    CHECK(kg_test::met_date(x, "Ivo Brandt", "Tom Hale") == "2023-09-22");
    CHECK(kg_test::met_date(x, "Ivo Brandt", "Mark Dowd") != "no meeting");
    CHECK(kg_test::met_date(x, "Ivo Brandt", "Nia Osei") != "no meeting");
    // a group's own subject is not the one of the meetings before
    const auto y = run("Release\n\nIn Fiji the delegation met with Prime Minister Tom Hale. In the meeting with Prime Minister "
                       "Mark Dowd, the delegation reiterated its priorities.",
                       "2022-04-22");
    CHECK(kg_test::met_date(y, "Tom Hale", "Mark Dowd") == "no meeting");
}

TEST_CASE("'met with the Vice Minister of Foreign Affairs of Italy, X': a vice minister written without a hyphen is an office") {
    const auto x = run("Release\n\nThe Secretary General of the OAS, Tom Hale, today met with the Vice Minister of Foreign Affairs "
                       "of Italy, Mark Dowd, at the headquarters.",
                       "2014-05-13");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2014-05-13");
    CHECK(kg_test::role_title(x, "Mark Dowd", "Italy") == "Vice Minister of Foreign Affairs");
}

TEST_CASE("'X exchanged views with Foreign Minister Y' is a meeting, and 'Addis Ababa February 15/2023 /ENA/' dates the report") {
    const auto x = run("Addis Ababa February 15/2023 /ENA/Foreign Minister Tom Hale exchanged views with Spain’s Foreign Minister "
                       "Mark Dowd today. The ministers exchanged views on trade.",
                       "");
    CHECK(x.document.date == "2023-02-15");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2023-02-15");
}

TEST_CASE("a dateline's place in title case with an agency in brackets ('Havana, September 4 (RHC) --') is not the meeting's day, 'on Thursday' is") {
    const auto x = run("Foreign Ministers Hold Talks in Havana\n\n2015-09-04 12:40:09\n\nHavana, September 4 (RHC) -– Chilean "
                       "Foreign Minister Tom Hale, who is heading a delegation in Cuba, met on Thursday with his Cuban "
                       "counterpart Mark Dowd as part of his agenda.",
                       "");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2015-09-03");
}

TEST_CASE("'received in audience the Ambassador of China to Nigeria, Ambassador X' and 'received in audience the Chinese Ambassador X' are audiences") {
    const auto x = run("Release\n\nMinister of Foreign Affairs Tom Hale received in audience the Ambassador of the People’s Republic "
                       "of China to Nigeria, Ambassador Li Wen, on Tuesday. Hale also received in audience the Cameroonian "
                       "Ambassador Mark Dowd.",
                       "2021-08-26");
    CHECK(kg_test::met_date(x, "Tom Hale", "Li Wen") == "2021-08-24");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") != "no meeting");
}

TEST_CASE("'X was briefed by Y, President of the Commission' is their meeting (briefed-by)") {
    const auto x = run("Release\n\nPresident Tom Hale was briefed by H.E. Mark Dowd, President of the ECOWAS Commission, on the "
                       "activities of the Commission today.",
                       "2020-09-21");
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") == "2020-09-21");
    const auto y = run("Release\n\nThe President was briefed by his national security team.", "2020-09-21");
    CHECK(count(y, RelationType::Met) == 0);
}

TEST_CASE("an office whose portfolios run on past its comma ('Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, X') and a field then its country ('Minister for Enterprise of Italy X')") {
    const auto x = run("Release\n\nMorocco’s Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Tom Hale, "
                       "held talks on Wednesday. Later Hale met Minister for Enterprise of Italy Mark Dowd.",
                       "2023-12-20");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    CHECK_FALSE(entity(x, EntityType::Person, "African Cooperation"));
    CHECK(relation(x, RelationType::Role, "Tom Hale", "Morocco"));
    CHECK(kg_test::met_date(x, "Tom Hale", "Mark Dowd") != "no meeting");
    // a list of names is no portfolio
    const auto y = run("Release\n\nThe Minister of Foreign Affairs, Ana Lopes and Mia Berg, Ambassadors, met.", "2023-12-20");
    CHECK(entity(y, EntityType::Person, "Ana Lopes"));
}

TEST_CASE("'met with a delegation of the GUAM foreign ministers, which included A, B and C': those it included are the counterparts, and the joiners after meet them") {
    const auto x = run("Release\n\nPresident Tom Hale met with a delegation of the GUAM foreign ministers, which included "
                       "Azerbaijani Foreign Minister Mark Dowd, Deputy Prime Minister of Moldova Ana Lopes, and Ukrainian "
                       "Foreign Minister Ivo Brandt. The meeting was also attended by Georgian Foreign Minister Nia Osei.",
                       "2017-10-09");
    for (const char* name : {"Mark Dowd", "Ana Lopes", "Ivo Brandt", "Nia Osei"})
        CHECK_MESSAGE(kg_test::met_date(x, "Tom Hale", name) == "2017-10-09", name);
    CHECK(kg_test::met_date(x, "Mark Dowd", "Nia Osei") == "2017-10-09");
}

TEST_CASE("'Meetings also took place with X' is a meeting of the one whose meetings the release tells, and no one's when that one is an office alone") {
    const auto x = run("Release\n\nCouncil of Europe Secretary General Ana Lopes was in Moscow on 19 and 20 October. The Secretary "
                       "General met with Tom Hale, Minister for Foreign Affairs; Mark Dowd, Minister of Justice. Meetings also "
                       "took place with Nia Osei, High Commissioner for Human Rights and with NGO representatives.",
                       "2020-10-20");
    CHECK(kg_test::met_date(x, "Ana Lopes", "Nia Osei") != "no meeting");
    CHECK(kg_test::met_date(x, "Tom Hale", "Nia Osei") == "no meeting");
    const auto y = run("Release\n\nThe Secretary General met with Tom Hale, Minister for Foreign Affairs. Meetings also took place "
                       "with Nia Osei, High Commissioner for Human Rights.",
                       "2020-10-20");
    CHECK(kg_test::met_date(y, "Tom Hale", "Nia Osei") == "no meeting");
}

TEST_CASE("described-subject: 'The Caribbean diplomat also met with X' is the release's principal, 'The President spoke to X' is no one named") {
    const auto x = run("HAVANA, Jan 8 (ACN) - Cuban foreign minister Tom Hale arrived in Mexico on Tuesday. Hale held a meeting with "
                       "Ana Pita, Minister of Foreign Affairs of Peru. The Caribbean diplomat also met with Leo Tam, Minister of "
                       "Foreign Affairs of Argentina.",
                       "2020-01-08");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Pita", "Leo Tam"));
    const auto y = run("Press Briefing by Press Secretary Jane Doe\n\nMS. DOE: Good afternoon. The President spoke to Speaker Mark "
                       "Dowd and Leader Ana Pita today.",
                       "2021-01-31");
    CHECK_FALSE(relation(y, RelationType::Met, "Jane Doe", "Mark Dowd"));
}

TEST_CASE("meetings-included: 'The meetings included A, B' after a meeting with no one named: each met its subject") {
    const auto x = run("Port Sudan, Sept. 18, 2025 (SUNA) - Minister of Foreign Affairs, Ambassador Tom Hale, received separately "
                       "in his office on Thursday a number of heads of diplomatic missions.\n\nThe meetings included Moroccan "
                       "Ambassador Ana Pita, Turkish Ambassador Leo Tam, in addition to the Swiss Special Envoy, Ambassador "
                       "Mark Dowd.",
                       "2025-09-18");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Pita");
    REQUIRE(m);
    CHECK(m->date == "2025-09-18");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Leo Tam"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Dowd"));
    CHECK_FALSE(relation(x, RelationType::Met, "Ana Pita", "Leo Tam"));  // separate meetings
    // "The meeting included": one meeting of them all
    const auto y = run("Minister Tom Hale held a meeting on Monday at the ministry.\n\nThe meeting included Ambassador Ana Pita "
                       "and Ambassador Leo Tam.",
                       "2025-09-18");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Pita"));
    CHECK(relation(y, RelationType::Met, "Ana Pita", "Leo Tam"));
}

TEST_CASE("'received a phone call from X' names the caller, and a title of honour (Sayyid) is no part of the name or of the office") {
    const auto x = run("Foreign Minister receives phone call from US Secretary of State\n\nPublished On: 30 July 2022\n\n"
                       "Oman's Foreign Minister Sayyid Badr Hamad, received this evening a phone call from Anthony Blake, "
                       "Secretary of State of the United States of America.",
                       "2022-07-30");
    CHECK(entity(x, EntityType::Person, "Badr Hamad"));
    CHECK(!entity(x, EntityType::Person, "Sayyid Badr Hamad"));
    const kg::Relation* m = relation(x, RelationType::Met, "Badr Hamad", "Anthony Blake");
    REQUIRE(m);
    CHECK(m->attributes.at("mode") == "telephone");
    const kg::Relation* role = relation(x, RelationType::Role, "Badr Hamad", "Oman");
    REQUIRE(role);
    CHECK(role->attributes.at("title") == "Foreign Minister");
}

TEST_CASE("numeric-date-agrees: 'Published: 12/4/2019' under a dateline 'Dec. 4.' reads month first") {
    const auto x = run("Peru FA Min meets with dignitaries\n\n00:01 | Bogota (Colombia), Dec. 4.\n\nForeign Minister Tom Hale held "
                       "an audience with Foreign Minister Ana Pita.\n\nPublished: 12/4/2019",
                       "");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Pita");
    REQUIRE(m);
    CHECK(m->date == "2019-12-04");
    // (no date in words beside it: day first, as most of the world writes)
    const auto y = run("Release\n\nForeign Minister Tom Hale held an audience with Foreign Minister Ana Pita.\n\nPublished: 12/4/2019", "");
    const kg::Relation* n = relation(y, RelationType::Met, "Tom Hale", "Ana Pita");
    REQUIRE(n);
    CHECK(n->date == "2019-04-12");
}

TEST_CASE("relative-day-apposition: 'yesterday, 9th March, 2016' is the 9th, not the day before it") {
    const auto x = run("PM courtesy call\n\nA delegation led by Prime Minister Tom Hale met with the Secretary General, Mr Mark Dowd "
                       "yesterday, 9th March, 2016.",
                       "");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Mark Dowd");
    REQUIRE(m);
    CHECK(m->date == "2016-03-09");
}

TEST_CASE("'PM' before a name is the Prime Minister, after a clock time the afternoon") {
    const auto x = run("Readout\n\nFollowing the July 27 meeting between President Tom Hale and PM Meloni, the two advisers met again. "
                       "The call began at 2:30 PM ET.",
                       "2023-08-01");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Meloni"));
    for (const auto& e : x.entities) {
        CHECK(e.name != "Et");
        CHECK(e.name != "ET");
    }
    const auto y = run("ISLAMABAD - Members of the team including Adviser to PM Ali Dawood, PM Assistant on Overseas Pakistanis "
                       "Zulfiqar Bukhari and Foreign Secretary Tehmina Janjua also attended the meeting.",
                       "2019-01-22");
    CHECK(entity(y, EntityType::Person, "Ali Dawood"));
    CHECK(!entity(y, EntityType::Person, "Assistant"));
}

TEST_CASE("'H.E' without its last stop, two offices before 'of <country>, name', and 'Joining X are A and B'") {
    const auto x = run("Audience\n\nPresident Tom Hale on Tuesday received the State Councillor and Foreign Minister of the "
                       "People's Republic of China, H.E Li Wen at the State House.",
                       "2021-01-05");
    CHECK(entity(x, EntityType::Person, "Li Wen"));
    CHECK_FALSE(entity(x, EntityType::Person, "E Li Wen"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Li Wen"));
    CHECK(relation(x, RelationType::Role, "Li Wen", "China"));
    const auto y = run("Courtesy call\n\nPresident Tom Hale on Tuesday received Mark Dowd, director general of the World Health "
                       "Organization.\n\nJoining the Director General is Chief of Staff Ana Pita.",
                       "2022-10-25");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Pita"));
    CHECK(relation(y, RelationType::Met, "Mark Dowd", "Ana Pita"));
}

TEST_CASE("title-first-list: 'Office, Name, Office, Name': each office is the person's after it, not an apposition") {
    const auto x = run("Audience\n\nPresident Tom Hale received Foreign Minister Li Wen of China. Present to receive the Chinese "
                       "delegation was Minister of Foreign Affairs of Nigeria, Mr Ana Pita, Minister of Transportation of "
                       "Ghana, Mr Mark Dowd and Ambassador to China, Alhaji Sam Obi.",
                       "2021-01-05");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Dowd"));
    CHECK(relation(x, RelationType::Met, "Li Wen", "Ana Pita"));
    CHECK_FALSE(relation(x, RelationType::Role, "Ana Pita", "Ghana"));  // the office after her comma is Mark Dowd's
    CHECK_FALSE(relation(x, RelationType::Role, "Ana Pita", "China"));  // the delegation she received is not hers
    // a list that writes the name first keeps each apposition
    const auto y = run("Talks\n\nThe meeting was attended by Mr. Taro Yamada, Minister of Trade of Japan, Ms. Hana Ito, "
                       "Minister of Finance of Ghana, and Mr. Ken Sato, Minister of Justice of Japan.",
                       "2021-01-05");
    CHECK(relation(y, RelationType::Role, "Taro Yamada", "Japan"));
    CHECK(relation(y, RelationType::Role, "Hana Ito", "Ghana"));
}

TEST_CASE("'Name, State Secretary of X, met', 'Name, the official spokesperson for the Y,', 'his deputy Name', credentials-from") {
    const auto x = run("Consultations\n\nTom Hale, Under-Secretary for Multilateral Affairs of Mexico, and Andreas Motzfeld Dowd, State "
                       "Secretary of Foreign Affairs of Norway met on 8 April 2025, in Mexico City. Ana Pita, the official "
                       "spokesperson for the Secretary-General, said the talks went well.",
                       "2025-04-09");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Andreas Motzfeld Dowd"));
    CHECK(relation(x, RelationType::Role, "Andreas Motzfeld Dowd", "Norway"));
    CHECK(entity(x, EntityType::Person, "Ana Pita"));
    const auto y = run("Talks\n\nChinese vice foreign minister Li Wen met Secretary of State Tom Hale and his deputy Mark Dowd on Tuesday.",
                       "2002-02-06");
    CHECK(relation(y, RelationType::Met, "Li Wen", "Mark Dowd"));
    const auto z = run("Credentials\n\nSecretary General of CARICOM Mr. Tom Hale accepted credentials from Chilean Plenipotentiary "
                       "Representative to CARICOM His Excellency Mark Dowd at a brief ceremony.",
                       "2004-04-28");
    const kg::Relation* m = relation(z, RelationType::Met, "Tom Hale", "Mark Dowd");
    REQUIRE(m);
    CHECK(m->evidence.at(0).rule == "credentials-from");
}

TEST_CASE("caption-in-a-row: 'R-L: A, B, C and others during an Audience' names those at the meeting told before") {
    const auto x = run("Audience\n\nPresident Tom Hale on Tuesday received Foreign Minister Li Wen at the State House.\n"
                       "R-L; President Tom Hale, Foreign Minister Li Wen, Vice Minister of Commerce, Mr Qian Keming, Minister "
                       "of Transport, Mr Ana Pita and others during an Audience held at the State House.",
                       "2021-01-05");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Qian Keming"));
    CHECK(relation(x, RelationType::Met, "Li Wen", "Ana Pita"));
    // a sentence that opens otherwise is no caption
    const auto y = run("Audience\n\nPresident Tom Hale on Tuesday received Foreign Minister Li Wen at the State House.\n"
                       "Minister of Transport Ana Pita spoke to reporters during an interview held at the State House.",
                       "2021-01-05");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Pita"));
}

TEST_CASE("delegation-included: 'The Commonwealth delegation also featured A, B and C' were at the meeting told before") {
    const auto x = run("Courtesy call\n\nPresident Tom Hale today met with a team from the Commonwealth Secretariat led by its "
                       "Secretary-General, Rt Hon Ana Pita, at the Office of the President.\n\nThe Commonwealth delegation also "
                       "featured Director and Head of the SG's Office, Ms Mary Dowd and Senior Director, Professor Luis Obi.",
                       "2022-03-01");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pita"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mary Dowd"));
    CHECK(relation(x, RelationType::Met, "Ana Pita", "Luis Obi"));
}

TEST_CASE("same-meeting-again: 'A and B discussed ...' after 'A today met B' is that meeting, of its day, with those present") {
    const auto x = run("OAS Secretary General Meets with Deputy Minister\n\n  May 13, 2014\n\nThe Secretary General of the OAS, "
                       "Tom Hale, today met with the Vice Minister of Foreign Affairs of Italy, Mario Dowd, at the headquarters.\n\n"
                       "Secretary General Hale and Deputy Minister Dowd discussed the political situation. Also present at the "
                       "meeting were the Permanent Observer of Italy, Ambassador Ana Pita.",
                       "2014-05-13");
    const kg::Relation* m = relation(x, RelationType::Met, "Mario Dowd", "Ana Pita");
    REQUIRE(m);
    CHECK(m->date == "2014-05-13");
}

TEST_CASE("a day a sentence says something is scheduled for is not the day of the release's meeting") {
    const auto x = run("Press Release\n\nSG calls on Foreign Secretary of India\n\nH. E. Mr. Tom Hale, Secretary-General of SAARC called "
                       "on H. E. Ms. Ana Pita, Foreign Secretary of India at the Ministry of External Affairs in New Delhi today.\n\n"
                       "He also briefed the Foreign Secretary about the issues to be discussed during the Session scheduled for "
                       "17-20 February 2014 in the Maldives.",
                       "");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Pita");
    REQUIRE(m);
    CHECK(m->date.empty());
}

TEST_CASE("joint-conference-with, played-host-to, and a two-word country before the counterpart's office") {
    const auto x = run("News\n\nTurkish President Tom Hale, speaking at a joint news conference with Russian President Mark Dowd, "
                       "said the talks went well. Later, at a joint press conference with Ana Pita, President Hale spoke again.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Mark Dowd"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Pita"));  // a name after the phrase is a person
    const auto y = run("News\n\nKenyan President Tom Hale played host to his Tanzanian counterpart Ana Pita at State House on Friday.",
                       "2024-05-10");
    const kg::Relation* m = relation(y, RelationType::Met, "Tom Hale", "Ana Pita");
    REQUIRE(m);
    CHECK(m->date == "2024-05-10");
    const auto z = run("News\n\nJapanese Prime Minister Tom Hale sat down with South Korean President Ana Pita on Monday.", "2024-05-10");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ana Pita"));
    // a news conference of one's own is no meeting
    const auto w = run("News\n\nTurkish President Tom Hale, speaking at a news conference, said Russian President Mark Dowd was "
                       "welcome.",
                       "2024-05-10");
    CHECK_FALSE(relation(w, RelationType::Met, "Tom Hale", "Mark Dowd"));
}

TEST_CASE("'had a brief encounter with Y' and 'hosted a welcome ceremony for Y' are meetings") {
    const auto x = run("News\n\nForeign Minister Tom Hale also had a brief encounter with Chinese Foreign Minister Wang Wen.", "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Wang Wen"));
    const auto y = run("News\n\nPrime Minister Tom Hale hosted an official welcome ceremony for Chinese Premier Li Wen in Hanoi on "
                       "Monday.",
                       "2024-05-10");
    const kg::Relation* m = relation(y, RelationType::Met, "Tom Hale", "Li Wen");
    REQUIRE(m);
    CHECK(m->date == "2024-05-06");
}

TEST_CASE("apposition-lower: 'X, Russia's foreign minister,' holds the office of the country before the possessive") {
    const auto x = run("News\n\nTom Hale, Russia's foreign minister, met Wang Wen on Monday.", "2024-05-10");
    const kg::Relation* r = relation(x, RelationType::Role, "Tom Hale", "Russia");
    REQUIRE(r);
    CHECK(r->attributes.at("title") == "foreign minister");
}

TEST_CASE("received-by: 'was hosted by his counterpart Y' names the host after the counterpart words") {
    const auto x = run("News\n\nForeign Minister Tom Hale was hosted by his counterpart Ana Silva for talks on Monday.", "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2024-05-06");
}

TEST_CASE("a quotation that closes ends a meeting noun's search for 'with': the speaker's talks after it are theirs") {
    const auto x = run("News\n\n\"We had a good meeting,\" Foreign Minister Tom Hale said after talks with Prime Minister Ana Silva.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("News\n\n\u201cWe had a good meeting,\u201d Foreign Minister Tom Hale said after talks with Prime Minister Ana "
                       "Silva.",
                       "2024-05-10");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("told-visiting: 'X told visiting Foreign Minister Y that ...' is a talk in person") {
    const auto x = run("News\n\nPrime Minister Ana Silva told visiting Foreign Minister Tom Hale on Tuesday that ties were strong.",
                       "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Ana Silva", "Tom Hale");
    REQUIRE(m);
    CHECK(m->date == "2024-05-07");
    // told with no guest is no meeting
    const auto y = run("News\n\nPrime Minister Ana Silva told reporters that Foreign Minister Tom Hale was welcome.", "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("is-meeting: 'X is currently meeting (with) Y' is a meeting under way, 'is meeting with Y tomorrow' is to come") {
    const auto x = run("News\n\nPresident Ana Silva is currently meeting with Foreign Minister Tom Hale at the State House.",
                       "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Ana Silva", "Tom Hale");
    REQUIRE(m);
    CHECK(m->evidence.front().rule == "is-meeting");
    const auto y = run("News\n\nHigh Commissioner Ana Silva is in Kuwait today. She is currently meeting the Emir of Kuwait, "
                       "Tom Hale.",
                       "2024-05-10");
    CHECK(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
    const auto z = run("News\n\nPresident Ana Silva is meeting with Foreign Minister Tom Hale tomorrow.", "2024-05-10");
    CHECK_FALSE(relation(z, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("counterpart-led-by: 'received a delegation from Russia, led by X' meets the one who leads it") {
    for (const char* text : {"News\n\nPresident Ana Silva on Thursday received a parliamentary delegation from Russia, led by "
                             "deputy chairman Tom Hale of the commission.",
                             "News\n\nPresident Ana Silva on Thursday received a parliamentary delegation from Russia, and led "
                             "by deputy chairman Tom Hale of the commission."}) {
        const auto x = run(text, "2024-05-10");
        const kg::Relation* m = relation(x, RelationType::Met, "Ana Silva", "Tom Hale");
        REQUIRE(m);
        CHECK(m->date == "2024-05-09");
    }
    // a letter from someone is no meeting with them
    const auto y = run("News\n\nPresident Ana Silva on Thursday received a letter from Russia, signed by Tom Hale.", "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Tom Hale"));
}

TEST_CASE("a name in its own script in brackets after each name does not part a pair, and pair-told-later dates the pair's meeting") {
    const auto x = run("News\n\nMinister Without Portfolio Tom Hale (鄧振中) and US Trade Representative Ana Silva (戴琪) discussed "
                       "ways to deepen economic ties. They met in Bangkok yesterday on the sidelines of a gathering.",
                       "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2024-05-09");
    REQUIRE(m->place);
    CHECK(x.entities[*m->place].name == "Bangkok");
    // "The two ministers met on Tuesday": the same
    const auto y = run("News\n\nForeign Minister Tom Hale and Trade Minister Ana Silva discussed trade. The two ministers met "
                       "in Bangkok on Tuesday.",
                       "2024-05-10");
    const kg::Relation* n = relation(y, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(n);
    CHECK(n->date == "2024-05-07");
}

TEST_CASE("a pair whose second person has an office, a comma and an honorific before the name: 'A and Minister of External Affairs of India, His Excellency Dr. B held'") {
    const auto x = run("News\n\nMinister for Foreign Affairs, Honorable Dr. Tom Hale and Minister of External Affairs of India, His "
                       "Excellency Dr. Ana Silva held a telephone conversation this afternoon.",
                       "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->attributes.at("mode") == "telephone");
    const auto y = run("News\n\nThe President, Tom Hale, and Prime Minister of Japan, Ana Silva, met in Tokyo, Japan, on October 28, 2025.",
                       "2025-10-29");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("an office 'at the Ministry of X' before a comma and the name: 'the State Secretary at the Federal Ministry of Economic Cooperation and Development, X'") {
    const auto x = run("News\n\nThe meeting was attended by the Portuguese State Secretary at the Ministry of Foreign Affairs and "
                       "Cooperation, Tom Hale, and the German State Secretary at the Federal Ministry of Economic Cooperation "
                       "and Development, Ana Silva.",
                       "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    CHECK(entity(x, EntityType::Person, "Ana Silva"));
}

TEST_CASE("talks held among a group, a side 'supported by' its aide, a caption's 'greets', and 'name, prime minister of Vietnam'") {
    const auto x = run("News\n\nTalks were also held among Foreign Minister Tom Hale, Foreign Minister Ana Silva and Secretary of "
                       "State John Doe.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Ana Silva", "John Doe"));
    const auto y = run("News\n\nPrime Minister Tom Hale supported by Foreign Secretary Ana Silva, met with Prime Minister John Doe "
                       "yesterday in Suva.",
                       "2024-05-10");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "John Doe"));
    CHECK(relation(y, RelationType::Met, "Ana Silva", "John Doe"));
    const auto z = run("News\n\nPrime Minister Tom Hale greets Prime Minister John Doe at the Pacific Islands Forum in Honiara.",
                       "2024-05-10");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "John Doe"));
    const auto w = run("News\n\nPrime Minister John Doe held meetings with Nguyen Tan Dung, prime minister of Vietnam, and "
                       "discussed bilateral relations.",
                       "2024-05-10");
    CHECK(relation(w, RelationType::Met, "John Doe", "Nguyen Tan Dung"));
}

TEST_CASE("military ranks before names, 'received in his office X', 'had discussed on Monday with X', 'told X during a bilateral meeting', 'a courtesy call received by X from Y'") {
    const auto x = run("News\n\nChief of the Fire Force Lt Gen Tom Hale received in his office yesterday Dr Ana Silva, head of "
                       "mission of the agency.",
                       "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2024-05-09");
    const auto y = run("News\n\nMinister of Higher Education Dr Tom Hale had discussed on Monday with Ambassador Ana Silva "
                       "cooperation to send students abroad.",
                       "2024-05-10");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto z = run("News\n\nPrime Minister Tom Hale arrived on Friday. On Saturday, Hale told British Prime Minister Ana Silva "
                       "during a bilateral meeting that his country was ready for talks.",
                       "2024-05-10");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto w = run("News\n\nThis was conveyed at a courtesy call received by the Forum Chair and Prime Minister Tom Hale from "
                       "Tongan Prime Minister Ana Silva.",
                       "2024-05-10");
    const kg::Relation* c = relation(w, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(c);
    CHECK(c->attributes.at("mode") == "courtesy-call");
    const auto v = run("News\n\nThe Minister received a copy of the credentials of Ambassador of the Vatican Tom Hale.", "2024-05-10");
    const kg::Relation* r = relation(v, RelationType::Role, "Tom Hale", "Vatican");
    CHECK(r);
}

TEST_CASE("office-body-comma: 'Assistant Minister Ministry of Foreign Affairs, X' reads the name after the body and its comma") {
    const auto x = run("News\n\nPresident Tom Hale received Foreign Minister Ana Silva. Also present were Assistant Minister "
                       "Ministry of Foreign Affairs, Deng Li, and others.",
                       "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Deng Li"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Deng Li"));
}

TEST_CASE("a side's people named as 'X, who was accompanied by A and B, received Y', 'flanked by', 'Also at the meeting were', 'Others present included'") {
    const auto x = run("News\n\nPresident Tom Hale, who was accompanied by Foreign Minister John Doe and Treasury Minister Mark Lee, "
                       "received Secretary of State Ana Silva at the palace on Monday.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "John Doe", "Ana Silva"));
    CHECK(relation(x, RelationType::Met, "Mark Lee", "Ana Silva"));
    const std::string lead = "News\n\nPresident Tom Hale received Secretary of State Ana Silva at the palace on Monday. ";
    for (const std::string tail : {"The President was flanked by Vice President John Doe and Defence Minister Mark Lee.",
                                   "Also at the meeting were Foreign Minister John Doe and Treasury Minister Mark Lee.",
                                   "Others present included Foreign Minister John Doe and Treasury Minister Mark Lee."}) {
        const auto y = run(lead + tail, "2024-05-10");
        CHECK(relation(y, RelationType::Met, "John Doe", "Ana Silva"));
        CHECK(relation(y, RelationType::Met, "Mark Lee", "Tom Hale"));
    }
}

TEST_CASE("'A and B met in Baku the day before' is the day before the report, and 'Later on, he met X' the day of the meeting before") {
    const auto x = run("News\n\nPresident Tom Hale and President Ana Silva met in Baku the day before.", "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2024-05-09");
    const auto y = run("News\n\nForeign Minister Tom Hale held talks with President Ana Silva in Khartoum on Tuesday. Later on, he "
                       "met his counterpart John Doe.",
                       "2024-05-10");
    const kg::Relation* n = relation(y, RelationType::Met, "Tom Hale", "John Doe");
    REQUIRE(n);
    CHECK(n->date == "2024-05-07");
    // "the day before the summit" dates nothing by the report
    const auto z = run("News\n\nPresident Tom Hale and President Ana Silva met in Baku the day before the summit.", "2024-05-10");
    const kg::Relation* o = relation(z, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(o);
    CHECK(o->date != "2024-05-09");
}

TEST_CASE("'rang' and 'dialled' a person are calls, 'rang the bell' is none") {
    for (const char* verb : {"rang", "dialled", "dialed"}) {
        const auto x = run(std::string("News\n\nPresident Tom Hale ") + verb + " Prime Minister Ana Silva on Tuesday.", "2024-05-10");
        const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
        REQUIRE(m);
        CHECK(m->attributes.at("mode") == "telephone");
    }
    const auto y = run("News\n\nPresident Tom Hale rang the bell on Tuesday with Ana Silva watching.", "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a dateline whose date is in brackets ('SUVA, Fiji (May 17, 2024) --') does not date the meeting told 'yesterday'") {
    const auto x = run("News\n\nSUVA, Fiji (May 17, 2024) -- Prime Minister Tom Hale met Prime Minister Ana Silva yesterday in Suva.",
                       "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date != "2024-05-17");
}

TEST_CASE("a headline repeated as a photo caption is still the title: 'X holds talks with Y' there is no announcement") {
    const std::string title = "Foreign Minister Tom Hale holds talks with Secretary of State Ana Silva";
    const auto x = run(title + "\n\n" + title + " - photo 1\n(Radio) - Foreign Minister Tom Hale had a joint press briefing in Hanoi on Friday.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    // a body line in the present that is not the title stays an announcement
    const auto y = run("News\n\nForeign Minister Tom Hale holds talks with Secretary of State Ana Silva next week", "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("text wrapped at a fixed width is read as prose: a meeting across the wrapped lines is found") {
    const std::string wrapped =
        "Philippines, Argentina hold consultations\n"
        "20 February 2014 - The Philippines and Argentina held the 2nd Bilateral Consultation\n"
        "Meeting in Manila yesterday, February 19. The Philippine delegation was led by Department\n"
        "of Foreign Affairs Undersecretary for Policy Tom Hale while Ministry for Foreign\n"
        "Affairs and Worship Undersecretary for Foreign Policy Ana Silva led\n"
        "the Argentine delegation. The two sides affirmed the solid ties between the two countries.";
    // (no date from outside: the release's date line is the one in the wrapped text)
    const auto x = run(wrapped, "");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2014-02-19");
}

TEST_CASE("a news report's credits name people: 'Reporting by A, Editing by B', 'REUTERS/A B', '(Xinhua/A B)'") {
    const auto x = run("News\n\nForeign Minister Tom Hale met Foreign Minister Ana Silva in Ankara on Monday. REUTERS/Umit Bektas\n"
                       "Reporting by Ali Kucukgocmen and Lena Marsh; Editing by Alison Williams\n"
                       "Minister Tom Hale holds talks in Beijing, Aug. 30, 2023. (Xinhua/Yue Yuewei)",
                       "2024-05-10");
    for (const char* name : {"Umit Bektas", "Ali Kucukgocmen", "Lena Marsh", "Alison Williams", "Yue Yuewei"})
        CHECK(entity(x, EntityType::Person, name));
    // the credited took no part in the meeting
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Umit Bektas"));
    // "by" after a credit word inside prose is no credit line
    const auto y = run("News\n\nThe editing by Rui Costa Group of the text took a week.", "2024-05-10");
    CHECK_FALSE(entity(y, EntityType::Person, "Rui Costa Group"));
    CHECK_FALSE(entity(y, EntityType::Person, "Rui Costa"));
}

TEST_CASE("the news's meeting phrasings: called on his Singapore counterpart, a caption's greeting, a one-on-one, a bilateral, his first meeting was with") {
    auto met = [](const std::string& body, const char* a, const char* b) {
        return relation(run("News\n\n" + body, "2024-05-10"), RelationType::Met, a, b) != nullptr;
    };
    CHECK(met("Foreign Minister Tom Hale yesterday called on his Singapore counterpart Ana Silva.", "Tom Hale", "Ana Silva"));
    CHECK(met("Foreign Minister Tom Hale greeting his Chinese counterpart Ana Silva yesterday.", "Tom Hale", "Ana Silva"));
    CHECK_FALSE(met("Minister Tom Hale gave the welcoming remarks before Minister Ana Silva spoke.", "Tom Hale", "Ana Silva"));
    CHECK_FALSE(met("Statement from Minister Tom Hale Welcoming Ana Silva as Secretary General", "Tom Hale", "Ana Silva"));
    CHECK(met("Secretary Tom Hale and Minister Ana Silva also held a one-on-one on the sidelines.", "Tom Hale", "Ana Silva"));
    CHECK(met("Secretary Tom Hale and Minister Ana Silva held a bilateral on the sidelines.", "Tom Hale", "Ana Silva"));
    CHECK(met("Secretary Tom Hale is in London. His first meeting Thursday was with Prime Minister Ana Silva.", "Tom Hale",
              "Ana Silva"));
    CHECK_FALSE(met("Secretary Tom Hale looks forward to his first meeting with Prime Minister Ana Silva.", "Tom Hale",
                    "Ana Silva"));
}

TEST_CASE("'In a trilateral meeting with X, the diplomats agreed': X met the pair of the meeting before") {
    for (const char* pair : {"the diplomats", "the two ministers", "they"}) {
        const auto x = run(std::string("News\n\nForeign Minister Tom Hale and Secretary Ana Silva met in San Francisco on Tuesday. "
                                       "In a trilateral meeting with Foreign Minister Rui Costa ") +
                               pair + " agreed that cooperation is essential.",
                           "2024-05-10");
        CHECK(relation(x, RelationType::Met, "Tom Hale", "Rui Costa"));
        CHECK(relation(x, RelationType::Met, "Ana Silva", "Rui Costa"));
    }
    // "he" after the meeting is one person, not the pair
    const auto y = run("News\n\nForeign Minister Tom Hale and Secretary Ana Silva met in San Francisco on Tuesday. "
                       "In a separate meeting with Foreign Minister Rui Costa, Secretary Silva discussed trade.",
                       "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Rui Costa"));
}

TEST_CASE("MOFA's bracket of delegations: 'Attending on the U.S. side were <office> <family name>, ... among others'") {
    const auto x = run("Japan-U.S. Foreign Ministerial Meeting\n\nJuly 8, 2012\n\nOn July 8, Foreign Minister Gemba held a meeting with "
                       "Secretary of State Hale. The outline of the meeting is as follows (Attending on the U.S. side were U.S. "
                       "Ambassador to Japan Roos, Assistant Secretary of State Campbell and Department of State Spokesperson "
                       "Nuland among others. Attending on the Japanese side were Japanese Ambassador to the U.S. Fujisaki, "
                       "Press Secretary/Director-General for Press and Public Relations Yokoi and "
                       "Director-General of North American Affairs Bureau Ihara among others):",
                       "");
    CHECK_FALSE(entity(x, EntityType::Person, "Public Relations Yokoi"));
    for (const char* p : {"Roos", "Campbell", "Nuland", "Fujisaki", "Yokoi", "Ihara"}) {
        CHECK(entity(x, EntityType::Person, p));
        CHECK(relation(x, RelationType::Met, "Gemba", p));
        CHECK(relation(x, RelationType::Met, "Hale", p));
    }
    // a family name alone after a body is no person outside a list of officials
    const auto y = run("News\n\nJournalist Tom Hale, Editor-in-Chief of Myanmar Now, stated that the press is not free.", "2024-05-10");
    CHECK_FALSE(entity(y, EntityType::Person, "Now"));
    // nor after an office's field that is no list item ("for Acquisition and Sustainment, ...")
    const auto z = run("News\n\nUnder Secretary of Defense for Acquisition and Sustainment, Tom Hale, met Minister Ana Silva.",
                       "2024-05-10");
    CHECK_FALSE(entity(z, EntityType::Person, "Sustainment"));
}

TEST_CASE("'received the Secretary-General of the OAS (OAS), X' and 'the cabinet member and the diplomat met with Y' (described-pair)") {
    const auto x = run("News\n\nToday, Foreign Minister Tom Hale received the Secretary-General of the Organization of American States "
                       "(OAS), Ana Silva, with whom he discussed the upcoming Assembly.",
                       "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto y = run("News\n\nForeign Affairs Minister Tom Hale and Ambassador Rui Costa held an audience with Foreign Minister "
                       "Ana Silva.\n\nLikewise, the cabinet member and the diplomat met with Assistant Secretary Lena Marsh to "
                       "address bilateral relations.",
                       "2024-05-10");
    CHECK(relation(y, RelationType::Met, "Tom Hale", "Lena Marsh"));
    CHECK(relation(y, RelationType::Met, "Rui Costa", "Lena Marsh"));
    CHECK_FALSE(relation(y, RelationType::Met, "Ana Silva", "Lena Marsh"));
}

TEST_CASE("news forms: 'Foreign secretary X, ...' opening a sentence, 'during the first meeting with X', a caption's 'X meeting with Y'") {
    auto x = run("News\n\nForeign secretary Tom Hale, the first senior official to visit, met her counterpart Ana Silva for talks.",
                 "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    x = run("News\n\nForeign Minister Tom Hale urged restraint during the first meeting with his counterpart Ana Silva.", "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    x = run("News\n\nPrime Minister Hale meeting with Foreign Minister Ana Silva.\nThe two discussed trade.", "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Hale", "Ana Silva"));
    // not a first meeting still to come
    x = run("News\n\nForeign Minister Tom Hale will hold the first meeting with his counterpart Ana Silva next week.", "2024-05-10");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("a nickname in quotes is no part of a name, a byline names its writer, a caption's 'holds' with a past full date happened") {
    auto x = run("News\n\nby Lena Marsh\n\nPresident Tom \u201cTommy\u201d Hale Jr. holds a bilateral meeting with President Ana Silva in "
                 "New York City on September 22, 2022. (AFP)",
                 "2022-09-23");
    CHECK(entity(x, EntityType::Person, "Tom Hale"));
    CHECK(entity(x, EntityType::Person, "Lena Marsh"));
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->date == "2022-09-22");
    // a later date is still to come; "by" inside a line is no byline
    x = run("News\n\nPresident Tom Hale holds a bilateral meeting with President Ana Silva in New York City on "
            "September 22, 2022, the palace said, as planned by Lena Marsh.",
            "2022-09-01");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(entity(x, EntityType::Person, "Lena Marsh"));
}

TEST_CASE("'the Saudi ambassador to the UK Prince X': the country an envoy is sent to gives the person after it no ROLE") {
    auto x = run("News\n\nForeign Minister Tom Hale met Ana Silva in London. The meeting was attended by the Saudi ambassador to "
                 "the UK Prince Khalid bin Bandar.",
                 "2024-05-10");
    CHECK(entity(x, EntityType::Person, "Khalid bin Bandar"));
    CHECK_FALSE(relation(x, RelationType::Role, "Khalid bin Bandar", "United Kingdom"));
    // "to" after no envoy keeps the office's country: "spoke to UK Prime Minister X"
    x = run("News\n\nPresident Tom Hale spoke to UK Prime Minister Ana Silva.", "2024-05-10");
    CHECK(relation(x, RelationType::Role, "Ana Silva", "United Kingdom"));
}

TEST_CASE("'The top bureaucrat at the ministry met Seoul's First Vice Foreign Minister X': a description with its where, a capital's possessive before an office") {
    auto x = run("News\n\nJapanese Vice Foreign Minister Tom Hale arrived in Seoul on Thursday for a two-day visit. The top "
                 "bureaucrat at the ministry met Seoul's First Vice Foreign Minister Ana Silva to discuss issues.",
                 "2024-05-10");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    // an office as the description is a title reference, not "he": "The top minister at the ..." stays unresolved here
    x = run("News\n\nMinister Tom Hale arrived in Seoul on Thursday. The top minister at the ministry met Vice Minister Ana Silva.",
            "2024-05-10");
    CHECK_FALSE(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
}

TEST_CASE("news: 'the 5th president of Ukraine, X' and 'the foreign minister of Japan, Y' name a person after an office in lower case, and a meeting's counterpart") {
    const auto x = kg_test::run("Release\n\nMark Hale met with the 5th president of Ukraine, Petro Dowd, on Monday. Minister Tom Reyes "
                                "held talks with the foreign minister of Tajikistan, Farrukh Saidov. The chairman of the board, "
                                "Paul Grant, spoke.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Petro Dowd"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Farrukh Saidov"));
    CHECK(!entity(x, kg::EntityType::Person, "Paul Grant"));  // (no known country or body after "of")
}

TEST_CASE("news: 'he' opening a sentence after one that opens with a person and tells no meeting stands for that person (pronoun-previous-subject)") {
    const auto x = kg_test::run("Release\n\nMinister Mark Hale met Deputy Secretary Tom Reyes on Friday. Secretary Reyes "
                                "arrived here after visiting Bhutan. In Bhutan, he met King Paul Grant and Prime Minister Ana Lopes.");
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
    // ("..., where he was welcomed by X": a pronoun inside its sentence's clause is not read so)
    const auto y = kg_test::run("Release\n\nMinister Mark Hale met Tom Reyes on Friday. Minister Hale underlined the ties. "
                                "The Saudi minister arrived at the airport, where he was welcomed by Minister Hale.");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Mark Hale"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("news: the two sides of 'the talks between A and B' name people when both are names (between-names), and a modal after the pair plans the meeting") {
    const auto x = kg_test::run("Release\n\nThe ministry says the talks between Murray Kalani and Ratu Inoke Vanua focused on "
                                "trade. The meeting between Tomas Garrido and Elena Sokolova could take place in April. The "
                                "talks between Hamas and Israel went on.");
    CHECK(relation(x, kg::RelationType::Met, "Murray Kalani", "Inoke Vanua"));
    CHECK(entity(x, kg::EntityType::Person, "Tomas Garrido"));
    CHECK(!relation(x, kg::RelationType::Met, "Tomas Garrido", "Elena Sokolova"));
    CHECK(!entity(x, kg::EntityType::Person, "Hamas"));
}

TEST_CASE("news: 'A and his counterpart B have been discussing ...' and 'A and B were discussing ...' are their meeting (pair-met, progressive)") {
    const auto x = kg_test::run("Release\n\nForeign Minister Mark Hale and his Australian counterpart Ana Lopes have been "
                                "discussing trade in Auckland. Foreign Minister Tom Reyes and Foreign Minister Paul Grant were "
                                "discussing security.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ana Lopes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
}

TEST_CASE("news: 'X will return home after meeting with Y' is a meeting to come, 'X returned home after meeting with Y' one that was") {
    CHECK(!relation(kg_test::run("Release\n\nForeign Minister Mark Hale will return home after meeting with Prime Minister "
                                 "Tom Reyes on Wednesday."),
                    kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(kg_test::run("Release\n\nForeign Minister Mark Hale returned home after meeting with Prime Minister Tom "
                                "Reyes on Wednesday."),
                   kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("news: 'ambassadors A of Brunei, B of Cambodia and C of Laos' name people and give each the office of that country (office-name-of-country)") {
    const auto x = kg_test::run("Release\n\nThe President met with ambassadors Johar Wahab of Brunei, Phan Peuv of Cambodia "
                                "and Songkane Luangmuni of Laos on Monday.");
    CHECK(kg_test::role_title(x, "Johar Wahab", "Brunei") == "ambassador");
    CHECK(kg_test::role_title(x, "Phan Peuv", "Cambodia") == "ambassador");
    CHECK(kg_test::role_title(x, "Songkane Luangmuni", "Laos") == "ambassador");
}

TEST_CASE("news: 'a meeting between the Minister of Foreign Affairs of Latvia, A, and the Minister of Foreign Affairs of Lithuania, B' is their meeting (meeting-between, office then comma)") {
    const auto x = kg_test::run("Release\n\nOn 27 June 2022, the city of Riga hosted a seminar, which included a bilateral "
                                "meeting between the Minister of Foreign Affairs of Latvia, Mark Hale, and the Minister of "
                                "Foreign Affairs of Lithuania, Tom Reyes, and a discussion between the senior officials.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (an office with no person after its comma opens no meeting)
    const auto y = kg_test::run("Release\n\nThe seminar included a meeting between the Ministry of Foreign Affairs of "
                                "Latvia, the embassy and Mark Hale.");
    CHECK(kg_test::count(y, kg::RelationType::Met) == 0);
}

TEST_CASE("names: a one-word place after an office and a given name, then a preposition, is the family name ('Foreign Secretary Tom Lima at the Department')") {
    const auto x = kg_test::run("Release\n\nSecretary of State Ana Lopes met with U.K. Foreign Secretary Tom Lima at the "
                                "Department of State on December 12, 2011.");
    CHECK(entity(x, kg::EntityType::Person, "Tom Lima"));
    CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Tom Lima"));
    CHECK(!entity(x, kg::EntityType::Person, "Tom"));
}

TEST_CASE("names: Myanmar's honorifics 'Daw' and 'U' open a name, 'U' only after an office and before two words") {
    const auto x = kg_test::run("Release\n\nForeign Secretary Mark Hale met President Tom Reyes and Daw Aung Kyaw Mya. He "
                                "also met Foreign Minister U Wunna Htun Lwin. The office addressed the backlog for U Visa "
                                "Petitioners.");
    CHECK(entity(x, kg::EntityType::Person, "Aung Kyaw Mya"));
    CHECK(entity(x, kg::EntityType::Person, "Wunna Htun Lwin"));
    CHECK(!entity(x, kg::EntityType::Person, "Visa Petitioners"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Aung Kyaw Mya"));
}

TEST_CASE("news: names listed after a plural noun for people in lower case are people (plural-noun-names), and 'his peers from A and B, X and Y' are met") {
    const auto x = kg_test::run("Release\n\nOn Friday, Foreign Minister Mark Hale met the Venezuelan parliamentarians Luis "
                                "Tomas and Paul Grant. Later he met his peers from Argentina and Brazil, Jorge Reyes and Ana "
                                "Lopes. The President will meet his peers Pedro Vales of Argentina and Tom Reyes of Brazil.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Luis Tomas"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Jorge Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ana Lopes"));
    CHECK(entity(x, kg::EntityType::Person, "Pedro Vales"));
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    // (one name is no list: "the lawmakers Hamas and ..." are not read so)
    const auto y = kg_test::run("Release\n\nThe leaders Mark Hale discussed trade.");
    CHECK(!entity(y, kg::EntityType::Person, "Mark Hale"));
}

TEST_CASE("news: 'the Presidents of Peru, A, semicolon, and Canada, B' names each after its country, a semicolon between (6c)") {
    const auto x = kg_test::run("Release\n\nOn April 13, 2018, President Mark Hale held bilateral meetings with the "
                                "Presidents of Peru, Martin Vizcarro; and Canada, Justin Tremblay.");
    CHECK(entity(x, kg::EntityType::Person, "Martin Vizcarro"));
    CHECK(entity(x, kg::EntityType::Person, "Justin Tremblay"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Justin Tremblay"));
}

TEST_CASE("news: 'A told B at the start of the Kremlin meeting' is their meeting (told-at-meeting), not 'A told B during the conference'") {
    const auto x = kg_test::run("Release\n\nMOSCOW, Sept 12, 2011 - \"I expect this visit to be productive,\" President Mark "
                                "Hale told Prime Minister Tom Reyes at the start of the Kremlin meeting.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Release\n\nMOSCOW, Sept 12, 2011 - President Mark Hale told Prime Minister Tom Reyes "
                                "during the conference that he would come.");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("joiners: 'A and B attended the meetings' join every meeting told before that one of the last meeting's people held") {
    const auto x = kg_test::run("Release\n\nAMMAN, May 2, 2017 - King Mark Hale on Tuesday met with Secretary of Defence Tom "
                                "Reyes and National Security Adviser Paul Grant in separate meetings. The King's meeting with "
                                "Grant covered security. Foreign Minister Ana Lopes and Ambassador Dina Vales attended the "
                                "meetings.");
    CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Paul Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Dina Vales", "Mark Hale"));
    // (one meeting: the last one alone)
    const auto y = kg_test::run("Release\n\nAMMAN, May 2, 2017 - King Mark Hale met Secretary Tom Reyes on Monday. On "
                                "Tuesday King Hale met Adviser Paul Grant. Foreign Minister Ana Lopes attended the meeting.");
    CHECK(relation(y, kg::RelationType::Met, "Ana Lopes", "Paul Grant"));
    CHECK(!relation(y, kg::RelationType::Met, "Ana Lopes", "Tom Reyes"));
}

TEST_CASE("news: 'X's first bilateral meeting was with Y' and 'His first bilateral meeting was with Y' are meetings, 'honorable' in lower case an honorific") {
    const auto x = kg_test::run("Release\n\nHoniara, 30 August 2024. The Prime Minister honorable Mark Hale MP's first "
                                "bilateral meeting was with the Secretary General of the United Nations, Tom Reyes.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Release\n\nHoniara, 30 August 2024. Prime Minister Mark Hale arrived on Tuesday. His first "
                                "bilateral meeting was with UN Secretary General Tom Reyes.");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (a meeting to come stays so)
    const auto z = kg_test::run("Release\n\nHoniara, 30 August 2024. Prime Minister Mark Hale looks forward to his first "
                                "bilateral meeting with UN Secretary General Tom Reyes.");
    CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("news: 'the Foreign Ministers of the Republic of Belarus - A, the Russian Federation B, and Iran, C' names each after its country (6c), a dash or nothing between") {
    const auto x = kg_test::run("Release\n\nOn April 13, 2023 Foreign Minister Mark Hale held separate meetings with the "
                                "Foreign Ministers of the Republic of Belarus - Tom Reyes, the Russian Federation Paul Grant, "
                                "and Iran, Ali Rezaei.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ali Rezaei"));
}

TEST_CASE("news: 'the German minister for economic cooperation and development, X' names a person after a lower-case office with its portfolio") {
    const auto x = kg_test::run("Release\n\nMay 5, 2025. Mr Hale also met with the German minister for economic "
                                "cooperation and development, Ana Lopes Vidal.");
    CHECK(entity(x, kg::EntityType::Person, "Ana Lopes Vidal"));
    CHECK(relation(x, kg::RelationType::Met, "Hale", "Ana Lopes Vidal"));
    // (no comma and name after the portfolio: no person)
    const auto y = kg_test::run("Release\n\nMay 5, 2025. The German minister for economic cooperation and development said, "
                                "Berlin will help.");
    CHECK(!entity(y, kg::EntityType::Person, "Berlin"));
}

TEST_CASE("news: 'X met A, attended separate meetings with B, C and D' gives the second clause X as its subject and one meeting with each") {
    const auto x = kg_test::run("Release\n\nHanoi, September 11, 2023. President Mark Hale met and had a talk with General "
                                "Secretary Tom Reyes, attended separate meetings with President Paul Grant, Prime Minister Ana "
                                "Lopes, and Chairman Dina Vales.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Dina Vales"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
    CHECK(!relation(x, kg::RelationType::Met, "Paul Grant", "Ana Lopes"));
}

TEST_CASE("news: 'X welcomed the visiting Japanese Foreign Minister' meets the minister named before (hosted, a title reference after 'the visiting')") {
    const auto x = kg_test::run("Release\n\nKathmandu, July 28, 2024. Japanese Foreign Minister Ana Lopes arrived in Nepal on "
                                "Sunday. Foreign Secretary Mark Hale had welcomed the visiting Japanese Foreign Minister and "
                                "her delegation at the airport.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ana Lopes"));
    // (no minister of that country named before: no one met)
    const auto y = kg_test::run("Release\n\nKathmandu, July 28, 2024. Foreign Secretary Mark Hale welcomed the visiting "
                                "Japanese Foreign Minister at the airport.");
    CHECK(kg_test::count(y, kg::RelationType::Met) == 0);
}

TEST_CASE("roles: 'the Presidents of Peru, A, semicolon, and Canada, B' and 'the Foreign Ministers of Belarus - A, the Russian Federation B' give each the office of its country (office-country-name)") {
    const auto x = kg_test::run("Release\n\nOn April 13, 2018, the Secretary accompanied the President in bilateral meetings "
                                "with the Presidents of Peru, Martin Vizcarro; and Canada, Justin Tremblay.");
    CHECK(kg_test::role_title(x, "Martin Vizcarro", "Peru") == "President");
    CHECK(kg_test::role_title(x, "Justin Tremblay", "Canada") == "President");
    const auto y = kg_test::run("Release\n\nOn April 13, 2023 Foreign Minister Mark Hale held separate meetings with the "
                                "Foreign Ministers of the Republic of Belarus - Tom Reyes, the Russian Federation Paul Grant, "
                                "and Iran, Ali Rezaei.");
    CHECK(kg_test::role_title(y, "Tom Reyes", "Belarus") == "Foreign Minister");
    CHECK(kg_test::role_title(y, "Paul Grant", "Russia") == "Foreign Minister");
    CHECK(kg_test::role_title(y, "Ali Rezaei", "Iran") == "Foreign Minister");
}

TEST_CASE("news: a byline of several names and a photographer credited before the agency ('[A B/Xinhua]') name people, who meet no one") {
    const auto x = kg_test::run("Turkey and Norway hold talks\nBy Gokhan Celik, Seda Sevim and Tom Pell\n\nANKARA (AA) - "
                                "Foreign Minister Mark Hale met Minister Tom Reyes on Monday.",
                                "2024-05-10");
    CHECK(entity(x, kg::EntityType::Person, "Gokhan Celik"));
    CHECK(entity(x, kg::EntityType::Person, "Seda Sevim"));
    CHECK(entity(x, kg::EntityType::Person, "Tom Pell"));
    const auto y = kg_test::run("Photo\n\nPresident Mark Hale (L) hosts a welcoming ceremony for President Tom Reyes in "
                                "Beijing, May 17, 2010. [Liu Weibing/Xinhua] |",
                                "2010-05-17");
    CHECK(entity(y, kg::EntityType::Person, "Liu Weibing"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Liu Weibing"));
    // ("By A, Reuters": the agency after the comma is no name; "By A and the staff": no byline)
    const auto z = kg_test::run("Talks\nBy Gokhan Celik, Reuters\n\nMinister Mark Hale met Minister Tom Reyes.", "2024-05-10");
    CHECK(entity(z, kg::EntityType::Person, "Gokhan Celik"));
}

TEST_CASE("news: 'met here Tuesday with X', 'held a brief interaction with X' and 'called on the Prime Minister X' are meetings") {
    const auto x = kg_test::run("Talks\n\nBEIJING - Chinese Vice President Wei Tang met here Tuesday with Belgium's Foreign "
                                "Minister Paul Vander, pledging closer ties.",
                                "2010-04-07");
    CHECK(relation(x, kg::RelationType::Met, "Wei Tang", "Paul Vander"));
    const auto y = kg_test::run("Talks\n\nPrime Minister Ali Rezaei held a brief interaction with President Mark Hale in "
                                "New York.");
    CHECK(relation(y, kg::RelationType::Met, "Ali Rezaei", "Mark Hale"));
    const auto z = kg_test::run("Call on Prime Minister\n\nSecretary of State Tom Reyes and Secretary of Defense Paul Grant "
                                "called on the Prime Minister Anil Mehra today.",
                                "2020-10-27");
    CHECK(relation(z, kg::RelationType::Met, "Tom Reyes", "Anil Mehra"));
    CHECK(relation(z, kg::RelationType::Met, "Paul Grant", "Anil Mehra"));
    // ("received the Jane Doe Mobility Award": after "the", no office or honorific, no person met)
    const auto w = kg_test::run("Biography\n\nAnn Coes was honored to receive the 2015 Emerging Leader Award from AAREP of "
                                "DC. In 2016, Secretary Mark Hale received the Suzanne Jenniches Upward Mobility Award from "
                                "the Society.");
    CHECK(kg_test::count(w, kg::RelationType::Met) == 0);
}

TEST_CASE("references: 'the President of Latvia' is the one president of no country said when none is said to be of Latvia") {
    const auto x = kg_test::run("Visit\n\nOn 19 July, President Mark Hale visited Lithuania. During his official visit, the "
                                "President of Latvia met with the President of the Republic of Lithuania Tom Reyes.",
                                "2023-07-19");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (two presidents of no country said: either might be, no one met)
    const auto y = kg_test::run("Visit\n\nOn 19 July, President Mark Hale and President Paul Grant visited Lithuania. "
                                "During the visit, the President of Latvia met with the President of the Republic of "
                                "Lithuania Tom Reyes.",
                                "2023-07-19");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Paul Grant", "Tom Reyes"));
}

TEST_CASE("news: a name after an office of a named body in lower case ('head of National Security Council A') is a person, who joins the meeting") {
    const auto x = kg_test::run("Talks\n\nPrime Minister Mark Hale met with Secretary of State Tom Reyes Monday evening. Hale "
                                "and Reyes were joined by the Minister of Strategic Affairs Paul Grant, head of National "
                                "Security Council Ari Levin and the adviser Dan Cole.",
                                "2024-06-10");
    CHECK(entity(x, kg::EntityType::Person, "Ari Levin"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ari Levin"));
    const auto y = kg_test::run("Talks\n\nThe talks were attended by the chairman of the Federal Customs Service Kirill "
                                "Dmitrov.");
    CHECK(entity(y, kg::EntityType::Person, "Kirill Dmitrov"));
    // (a body's words with no name after them: no one)
    const auto z = kg_test::run("Talks\n\nHe met the head of National Security Council in Jerusalem.");
    CHECK(std::none_of(z.entities.begin(), z.entities.end(),
                       [](const kg::Entity& e) { return e.type == kg::EntityType::Person; }));
}

TEST_CASE("news: '..., where Prime Minister A briefly joined them' joins A to the pair's meeting (joined-them)") {
    const auto x = kg_test::run("Talks\n\nISLAMABAD: Foreign Minister Ali Rezaei met US Secretary of State Mark Hale at the State "
                                "Department in Washington. Rezaei and Hale also interacted informally on the sidelines of the "
                                "United Nations General Assembly session where Prime Minister Tom Reyes briefly joined them.",
                                "2022-09-27");
    CHECK(relation(x, kg::RelationType::Met, "Ali Rezaei", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("delegations: the sides' delegations do not join a telephone call told before them, they form their own meeting") {
    const auto x = kg_test::run("High Level Meeting\n\nMonday, February 27, 2017\n\nWorking groups of the Mexican and United "
                                "States governments held a high-level meeting at the Ministry of Foreign Affairs, to follow up "
                                "on matters agreed upon by Presidents Mark Hale and Tom Reyes during their telephone "
                                "conversation on January 27.\n\nMexico's delegation was led by Foreign Secretary Luis Vega. In "
                                "turn, the US delegation was headed by Secretary of State Paul Grant, with Secretary of "
                                "Homeland Security Dan Cole.",
                                "2017-02-27");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Luis Vega", "Paul Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Luis Vega", "Dan Cole"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Luis Vega"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
}

TEST_CASE("dates: a dateline whose agency is one word in mixed case after a comma ('DUSHANBE, June 15, 2009, Asia-Plus —') is the report's date, not the meeting's") {
    const auto x = kg_test::run("Talks\n\nDUSHANBE, June 15, 2009, Asia-Plus — Foreign Minister Ali Rezaei met with his "
                                "Russian counterpart, Tom Reyes, in Moscow on Sunday on the sidelines of the session.",
                                "");
    CHECK(kg_test::met_date(x, "Ali Rezaei", "Tom Reyes") == "2009-06-14");
}

TEST_CASE("references: 'the Saudi official' is the one person of that country the document names, not the release's principal") {
    const auto x = kg_test::run("Talks\n\nPresident Mark Hale met with Saudi Foreign Minister Prince Tom Reyes at the White "
                                "House on Wednesday. The Saudi official later met with Secretary of State Paul Grant.");
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
}

TEST_CASE("meetings: 'He also received a briefing on the Expo and met X': the verb after 'and' shares the pronoun's subject (pronoun-coordinated)") {
    const auto x = kg_test::run("Visit\n\nSecretary-General Mark Hale visited Seoul. He also received a briefing on the Expo "
                                "and met President Tom Reyes.");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (someone named between: the pronoun is not the verb's subject)
    const auto y = kg_test::run("Visit\n\nSecretary-General Mark Hale visited Seoul. He said that Minister Paul Grant had "
                                "arrived and met President Tom Reyes.");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'received on Monday Turkish defence minister X': past the weekday, and a lower-case office the name's mention takes") {
    const auto x = kg_test::run("Talks\n\nAbu Dhabi: President Sheikh Mark Hale received on Monday Turkish defence minister "
                                "Tom Reyes, who is currently visiting the country.",
                                "2022-05-18");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2022-05-16");
}

TEST_CASE("meetings: 'A and B, who are attending the session, met on Friday': the pair before a relative clause (pair-met)") {
    const auto x = kg_test::run("Talks\n\nForeign Minister Ali Rezaei and Indian External Affairs Minister Tom Reyes, who are "
                                "participating in the General Assembly's annual debate, met 'accidentally' on Friday.",
                                "2010-09-26");
    CHECK(relation(x, kg::RelationType::Met, "Ali Rezaei", "Tom Reyes"));
    // (the clause's own subject is no pair: "A met B, who ... , met C" is not read as A and B)
    const auto y = kg_test::run("Talks\n\nForeign Minister Ali Rezaei, who is in New York, met Mr. Tom Reyes on Friday.",
                                "2010-09-26");
    CHECK(relation(y, kg::RelationType::Met, "Ali Rezaei", "Tom Reyes"));
}

TEST_CASE("meetings: 'called on Bangladesh Nationalist Party chairperson X': a noun for a person in lower case before the one called on (person-noun)") {
    const auto x = kg_test::run("Call\n\nThe new High Commissioner of the United Kingdom to Bangladesh, Alison Grant, called on "
                                "Bangladesh Nationalist Party chairperson Mara Reyes on Wednesday.",
                                "2019-05-02");
    CHECK(relation(x, kg::RelationType::Met, "Alison Grant", "Mara Reyes"));
}

TEST_CASE("names: initials written together in capitals ('KP Sharma Oli', 'JD Vance') are no family name put last") {
    const auto x = kg_test::run("Talks\n\nThe Foreign Secretary met with CPN (UML) Chairman and former Prime Minister, KP "
                                "Tarra Oli. Chairman Oli said the two countries should cooperate. Vice President JD Lanz "
                                "also spoke.");
    CHECK(entity(x, kg::EntityType::Person, "KP Tarra Oli"));
    CHECK(entity(x, kg::EntityType::Person, "JD Lanz"));
    // (a family name in capitals, with a vowel, is still put last)
    const auto y = kg_test::run("Talks\n\nMinister MORI Tarō met Foreign Minister WU Lin.");
    CHECK(entity(y, kg::EntityType::Person, "Tarō Mori"));
    CHECK(entity(y, kg::EntityType::Person, "Lin Wu"));
}

TEST_CASE("names: 'Secretary of India's Ministry of External Affairs (MEA), X,' reads the name past the ministry's abbreviation, and 'met with CPN (UML) Chairman and former Prime Minister, Y' meets Y") {
    const auto x = kg_test::run("Talks\n\nSecretary of India\u2019s Ministry of External Affairs (MEA), Vinay Mohan Tarra, met "
                                "with CPN (UML) Chairman and former Prime Minister, KP Sharma Lanz.",
                                "2023-02-14");
    CHECK(entity(x, kg::EntityType::Person, "Vinay Mohan Tarra"));
    CHECK(relation(x, kg::RelationType::Met, "Vinay Mohan Tarra", "KP Sharma Lanz"));
    // (a comma before a name with no office before it: no one met)
    const auto y = kg_test::run("Talks\n\nMinister Vinay Tarra met with Nepal, KP Sharma Lanz said.", "2023-02-14");
    CHECK(!relation(y, kg::RelationType::Met, "Vinay Tarra", "KP Sharma Lanz"));
}

TEST_CASE("names: 'BNP secretary general X': an abbreviation kg does not know, an office in lower case, then a whole name") {
    const auto x = kg_test::run("Call\n\nThe new High Commissioner, Alison Grant, called on Bangladesh Nationalist Party "
                                "chairperson Mara Reyes on Wednesday. The meeting was held at her office in the afternoon. "
                                "BNP secretary general Mirza Fakhrul Islam Tarra, advisory council member Reaz Lanz were also "
                                "present in the meeting.",
                                "2019-05-02");
    CHECK(entity(x, kg::EntityType::Person, "Mirza Fakhrul Islam Tarra"));
    CHECK(relation(x, kg::RelationType::Met, "Alison Grant", "Mirza Fakhrul Islam Tarra"));
    // (capitals and no office after them: no one)
    const auto y = kg_test::run("Talks\n\nThe BNP said Dhaka Tribune reported it.", "2019-05-02");
    CHECK(std::none_of(y.entities.begin(), y.entities.end(),
                       [](const kg::Entity& e) { return e.type == kg::EntityType::Person; }));
}

TEST_CASE("meetings: 'On Thursday, the Russian leader met with X': a description opening the sentence after its day stands for the release's principal (described-subject)") {
    const auto x = kg_test::run("Talks\n\nSOCHI, May 18. Russian President Mark Hale's contacts are tied to the situation, "
                                "Spokesman Dan Cole told reporters on Friday. On Thursday, the Russian leader met with Syrian "
                                "President Tom Reyes.",
                                "2018-05-18");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2018-05-17");
}

TEST_CASE("meetings: 'held talks in Sochi with leaders of its member states, including Prime Minister X' meets X (group-including)") {
    const auto x = kg_test::run("Talks\n\nPresident Mark Hale spoke. Hale also held talks on the sidelines of the union's "
                                "summit in Sochi with leaders of its member-states, including Armenia's new Prime Minister "
                                "Tom Reyes and President Paul Grant.",
                                "2018-05-18");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Paul Grant"));
    // (each met on their own, as with "met officials, including A and B")
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
}

TEST_CASE("meetings: 'spoke to the President of the United States X' (spoke-with), 'VP X' is a Vice President, and 'will see him visit ... and meet with X' is planned") {
    const auto x = kg_test::run("PM call with President Reyes of the United States: 18 April 2025\n\nPrime Minister Mark Hale "
                                "spoke to the President of the United States Tom Reyes.",
                                "2025-04-18");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Taoiseach meets VP Reyes\n\nTaoiseach Mark Hale today met with US Vice President Tom Reyes at "
                                "Government Buildings. The Vice President is in Ireland for a six day visit which will see him "
                                "visit several counties and meet with President Paul Grant.",
                                "2016-06-21");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!entity(y, kg::EntityType::Person, "VP Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Tom Reyes", "Paul Grant"));
}

TEST_CASE("meetings: 'after meeting Argentina's Economy Minister X, and Central Bank Deputy Governor Y': a portfolio word before the office the name's mention takes (after-meeting)") {
    const auto x = kg_test::run("Statement by the Managing Director on Argentina\nSeptember 4, 2018\nMs. Mara Hale, the "
                                "Fund's Managing Director, made the following statement today after meeting Argentina\u2019s "
                                "Economy Minister Tom Reyes, and Central Bank Deputy Governor Paul Grant.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mara Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mara Hale", "Paul Grant"));
    const auto y = kg_test::run("Talks\n\nMs. Mara Hale met Chile's Economy Minister Tom Reyes.");
    CHECK(relation(y, kg::RelationType::Met, "Mara Hale", "Tom Reyes"));
}

TEST_CASE("people and meetings: 'the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates held talks with X' names no person 'African Cooperation', and 'also discussed with his Egyptian counterpart, Y, ways of' meets Y") {
    const auto x = kg_test::run("Talks\n\nThe Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser "
                                "Tarra, held talks in Cairo. In addition, the Minister of Foreign Affairs, African Cooperation "
                                "and Moroccan Expatriates held talks with the Emirati Minister of State, Khalifa Lanz. Tarra "
                                "also discussed with his Egyptian counterpart, Sameh Reyes, ways of boosting relations.",
                                "2024-03-06");
    CHECK(!entity(x, kg::EntityType::Person, "African Cooperation"));
    CHECK(relation(x, kg::RelationType::Met, "Nasser Tarra", "Khalifa Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Nasser Tarra", "Sameh Reyes"));
}

TEST_CASE("names: 'Rodrigo Lanz and Japanese Prime Minister X met': a bare name opening the clause, joined by 'and' to a person with an office before a pair's verb (list-head-name)") {
    const auto x = kg_test::run("Talks\n\n(MENAFN) Rodrigo Lanz and Japanese Prime Minister Mara Tarra discussed bilateral ties "
                                "in a telephone conversation Friday.",
                                "2026-01-03");
    CHECK(entity(x, kg::EntityType::Person, "Rodrigo Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Rodrigo Lanz", "Mara Tarra"));
    // (no pair's verb after them: no one)
    const auto y = kg_test::run("Talks\n\nRodrigo Lanz and Japanese Prime Minister Mara Tarra, a report said.", "2026-01-03");
    CHECK(!entity(y, kg::EntityType::Person, "Rodrigo Lanz"));
}

TEST_CASE("roles: 'his Spanish counterpart Minister for Foreign Affairs X' holds that office of Spain (counterpart-country)") {
    const auto x = kg_test::run("Talks\n\nForeign Minister Ali Tarra visited Spain and Sri Lanka. Tarra and his Spanish "
                                "counterpart Minister for Foreign Affairs and Cooperation Miguel Lanz held a meeting. Tarra then "
                                "met with his Sri Lankan counterpart, Foreign Minister Vijitha Reyes.",
                                "2010-03-23");
    CHECK(relation(x, kg::RelationType::Role, "Miguel Lanz", "Spain"));
    CHECK(relation(x, kg::RelationType::Role, "Vijitha Reyes", "Sri Lanka"));
    // (several counterparts, then a comma: the one named after them is no apposition)
    const auto y = kg_test::run("Talks\n\nIn her meetings with Korean counterparts, DNSA Anne Lanz highlighted cooperation.",
                                "2023-07-27");
    CHECK(!relation(y, kg::RelationType::Role, "Anne Lanz", "Republic of Korea"));
}

TEST_CASE("names: a title that is also a given name between a given name and a family name is a middle name ('Hossein Amir Abdollahian')") {
    const auto x = kg_test::run("Talks\n\nActing Foreign Minister Ali Tarra held separate meetings with the Foreign Ministers of "
                                "the Republic of Belarus - Sergey Lanz, the Islamic Republic of Iran Hossein Amir Reyes, and "
                                "the Russian Federation Pavel Grant.",
                                "2023-04-13");
    CHECK(entity(x, kg::EntityType::Person, "Hossein Amir Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ali Tarra", "Hossein Amir Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ali Tarra", "Pavel Grant"));
    // (the title before a name is still an office)
    const auto y = kg_test::run("Talks\n\nThe Foreign Minister met Amir Tamim Lanz in Doha.", "2023-04-13");
    CHECK(!entity(y, kg::EntityType::Person, "Amir Tamim Lanz"));
}

TEST_CASE("meetings: 'after his meeting with Burmese government representatives, including A, B and C, X said' is one meeting of all four (group-including)") {
    const auto x = kg_test::run("Talks\n\nSpeaking after his meeting with Burmese government representatives, including "
                                "President Tom Reyes, Foreign Minister U Paul Grant and Lower House Speaker Dan Cole, "
                                "Foreign Secretary Mark Hale said: \"We made progress.\"",
                                "2012-01-06");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Dan Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Dan Cole"));
}

TEST_CASE("meetings: 'With Sri Lankan Foreign Minister X, Jaishankar reviewed ...': the one the sentence opens with and the subject after the comma met (opening-with)") {
    const auto x = kg_test::run("Talks\n\nNew York, Sep 24 (PTI) External Affairs Minister Mark Hale held a series of bilateral "
                                "meetings. With Sri Lankan Foreign Minister Tom Reyes, Hale reviewed the progress of bilateral "
                                "cooperation.",
                                "2025-09-24");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (no verb of the subject's after it: no meeting)
    const auto y = kg_test::run("Talks\n\nWith President Tom Reyes, Mark Hale's visit was a success.", "2025-09-24");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names: 'Special Envoy for Humanitarian Affairs in Israel X': the office's field, where it serves, then the name") {
    const auto x = kg_test::run("Talks\n\nPrime Minister Tom Reyes met Secretary of State Mark Hale. On the American side, "
                                "Assistant Secretary of State for Israel Barbara Lanz, Special Envoy for Humanitarian Affairs in "
                                "Israel Lisa Tarra and Deputy US Ambassador to Israel Stephanie Cole participated in the "
                                "meeting.",
                                "2023-10-16");
    CHECK(entity(x, kg::EntityType::Person, "Lisa Tarra"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Lisa Tarra"));
}

TEST_CASE("meetings: 'US President X arrived ... Under the program, he met A, attended separate meetings with B, C, and D, joined a discussion between ...': he is X, and B, C and D did not meet each other") {
    const auto x = kg_test::run("Visit\n\nState President Paul Grant hosted a reception for US President Mark Hale in Hanoi on "
                                "September 11.\n\nUS President Mark Hale arrived in Hanoi at 4 pm on September 10.\n\nUnder the "
                                "program, he met and had a talk with Party General Secretary Tom Reyes, attended separate "
                                "meetings with State President Paul Grant, Prime Minister Dan Cole, and National Assembly "
                                "Chairman Ali Lanz, joined a discussion between Vietnamese and American businesses and other "
                                "activities.",
                                "2023-09-11");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Dan Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ali Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Paul Grant", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Dan Cole", "Ali Lanz"));
}

TEST_CASE("transcripts: a transcript that opens with its speaker's label, and 'I have taken this opportunity to meet with members of the new Administration, including Vice President X'") {
    const auto x = kg_test::run("MARA TARRA: I\u2019m pleased to be here in Washington DC.  I have taken this opportunity to "
                                "meet with members of the new Hale Administration, including Vice President Tom Reyes today.  "
                                "This is my third engagement with the Vice President.\n\nJOURNALIST:  Minister, did you discuss "
                                "the deal?\n\nMARA TARRA: We did.",
                                "2017-02-21");
    CHECK(entity(x, kg::EntityType::Person, "Mara Tarra"));
    CHECK(relation(x, kg::RelationType::Met, "Mara Tarra", "Tom Reyes"));
    // (a release's heading in capitals before a colon is no speaker)
    const auto y = kg_test::run("FACT SHEET:   The Administration Announces New Commitments\n\nToday President Tom Reyes is "
                                "hosting a conference.\n\nNORTH CAROLINA: A state program.\n\nSOUTH DAKOTA: Another program.",
                                "2022-09-28");
    CHECK(!entity(y, kg::EntityType::Person, "Fact Sheet"));
}

TEST_CASE("joiners: 'X was accompanied on the courtesy call by A and B' joins the courtesy call X paid, not a meeting told between (accompanied-by)") {
    const auto x = kg_test::run("Call\n\nFriday, August 11, 2017\n\nDeputy President Mark Hale on Friday paid a courtesy call "
                                "on Liberian President Mara Reyes, who is on a State visit.\n\nPresident Reyes was hosted by "
                                "President Tom Grant at the Union Buildings earlier today.\n\nDeputy President Hale was "
                                "accompanied on the courtesy call by Social Development Minister Ann Lanz and International "
                                "Relations Minister Bea Cole.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mara Reyes", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mara Reyes", "Bea Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Grant", "Ann Lanz"));
}

TEST_CASE("meetings: 'met afterwards with X', 'had met separately the day before with Y', 'met last Tuesday with Z', 'met as well with W': an adverb of sequence or time between 'met' and 'with'") {
    const auto x = kg_test::run("Talks\n\nSecretary General Mark Hale met with President Tom Reyes on Tuesday. He had met "
                                "separately the day before with Defence Secretary Ann Lanz. The Secretary General met "
                                "afterwards with Bea Cole, Minister for Economic Cooperation. Foreign Minister Dan Grant "
                                "met last Tuesday with Mr Ali Tarra, Deputy Foreign Minister of Peru. On the same day, "
                                "Minister Grant met as well with Foreign Minister Mia Berg of Israel.",
                                "2011-05-03");
    CHECK(relation(x, kg::RelationType::Met, "Dan Grant", "Mia Berg"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Dan Grant", "Ali Tarra"));
}

TEST_CASE("meetings: 'X is welcomed by Y' in a caption's present, 'was welcomed with military honours by Z': the guest and the host met (received-by), and no stance is read from the passive") {
    const auto x = kg_test::run("Visit\n\nJune 14, 2008\n\nPresident Mark Hale is welcomed by French President Tom Reyes "
                                "prior to a meeting at the Elysee Palace.\n\nThe Secretary-General Ann Lanz was welcomed "
                                "with military honours by German Chancellor Bea Cole. They discussed Sudan.",
                                "2008-06-14");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Bea Cole"));
    CHECK(!relation(x, kg::RelationType::Welcomes, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Welcomes, "Ann Lanz", "Bea Cole"));
}

TEST_CASE("dates: 'arrived in Berlin on Tuesday, 15 July, from Paris, where he had attended the X': the date is the arrival's, and the meeting told next is of that day") {
    const auto x = kg_test::run("Visit\n\n22 July 2008\n\nSecretary-General Mark Hale arrived in Berlin on Tuesday, 15 July, from "
                                "Paris, where he had attended the Summit of the Union for the Mediterranean.\n\nThe "
                                "Secretary-General was welcomed with military honours by German Chancellor Bea Cole.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole");
    REQUIRE(r);
    CHECK(r->date == "2008-07-15");
}

TEST_CASE("attendance: 'met X, Minister for A and Special Envoy of the Secretary-General for the Conference on B': the event is the office's field, not where they met") {
    const auto x = kg_test::run("Talks\n\nThe Secretary-General Mark Hale met with Bea Cole, German Minister for Economic "
                                "Cooperation and Special Envoy of the Secretary-General for the Conference on Financing for "
                                "Development.",
                                "2008-07-22");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole"));
    CHECK(!relation(x, kg::RelationType::Attended, "Bea Cole", "Conference on Financing for Development"));
    CHECK(!relation(x, kg::RelationType::Attended, "Mark Hale", "Conference on Financing for Development"));
    // (an event after "for" past the people who met is where they met)
    const auto y = kg_test::run("Talks\n\nPresident Tom Reyes hosted Prime Minister Ann Lanz and President Dan Grant for "
                                "the Mexico-US High-Level Security Dialogue.",
                                "2021-10-08");
    CHECK(relation(y, kg::RelationType::Attended, "Dan Grant", "Mexico-US High-Level Security Dialogue"));
}

TEST_CASE("meetings: 'X held a series of bilateral meetings with the foreign ministers of A, B and C. Accordingly, he met D, E and F': one meeting each, the three never met each other") {
    const auto x = kg_test::run("Talks\n\nDakar December 01, 2021 State Minister Mark Hale held a series of bilateral "
                                "meetings with foreign ministers of Senegal, Zimbabwe and Cameroon on the sidelines of the "
                                "conference.\n\nAccordingly, he met Ann Lanz, Minister of Foreign Affairs of Senegal, Tom "
                                "Reyes, the Minister of Foreign Affairs of Zimbabwe, and Bea Cole, Minister of External "
                                "Relations of Cameroon.",
                                "2021-12-01");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole"));
    CHECK(!relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Bea Cole"));
}

TEST_CASE("joiners: 'The two leaders held a private meeting, accompanied by A and his counterpart B. They were then joined by C for the trilateral meeting': all at the leaders' meeting (meeting-accompanied-by, accompanied-by)") {
    const auto x = kg_test::run("Talks\n\nNovember 9, 2012\n\nPrime Minister Ann Lanz held bilateral talks with "
                                "President Tom Reyes on Friday in Bali.\n\nThe two leaders held a private meeting, "
                                "accompanied by Foreign Minister Bob Carr and his counterpart Dan Grant. They were then "
                                "joined by Prime Minister Bea Cole for the trilateral meeting.",
                                "2012-11-09");
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Bob Carr"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Dan Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Bea Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Bea Cole"));
}

TEST_CASE("meetings: 'X today met Tuesday HE Head of the Office of the President A, and HE Secretary B': a weekday between 'met' and the one met") {
    const auto x = kg_test::run("Talks\n\nDoha, August 26, 2025\n\nHE Prime Minister Mark Hale today met Tuesday HE Head "
                                "of the Office of the President of Ukraine Tom Reyes, and HE Secretary of the National "
                                "Security and Defense Council of Ukraine Ann Lanz, currently visiting the country.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("names: 'Acting FM Amir Khan Muttaqi': after an office, a title that is also a given name opens the name, while 'the Amir Sheikh X' and 'Brunei's Sultan X Y' stay titles") {
    const auto x = kg_test::run("Talks\n\nMay 7, 2023. Pakistan\u2019s Foreign Minister Tom Reyes hosted Afghanistan\u2019s "
                                "Acting FM Amir Khan Lanzi for an exchange on key issues.",
                                "");
    CHECK(entity(x, kg::EntityType::Person, "Amir Khan Lanzi"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Amir Khan Lanzi"));
    const auto y = kg_test::run("Talks\n\nMay 7, 2023. Brunei's Sultan Hassan Bolkah met Ann Lanz. The Amir Sheikh Tamim "
                                "Hamad received Tom Reyes.",
                                "");
    CHECK(entity(y, kg::EntityType::Person, "Hassan Bolkah"));
    CHECK(!entity(y, kg::EntityType::Person, "Sultan Hassan Bolkah"));
}

TEST_CASE("meetings: 'the minister plans to visit Washington early this month for a bilateral meeting with X' is still to come") {
    const auto x = kg_test::run("Talks\n\nSeoul, Jan 8, 2014. Foreign Minister Mark Hale had phone talks with his Chinese "
                                "counterpart, Tom Reyes. Meanwhile, the minister plans to visit Washington early this month "
                                "for a bilateral meeting with Secretary of State Ann Lanz.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'talks got underway here today with Foreign Secretary X meeting his Pakistani counterpart Y': a participle after the name, the counterpart right after it") {
    const auto x = kg_test::run("Talks\n\nNew Delhi, April 26, 2016: The talks between India and Pakistan got underway here "
                                "today with Indian Foreign Secretary Mark Hale meeting his Pakistani counterpart Tom Reyes "
                                "in South Block here on Tuesday.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'A and France's B have emphasised the strength of relations ... after talks in Paris' is their meeting (pair-met), and 'President Tom Reyes' is 'Tom W Reyes'") {
    const auto x = kg_test::run("Talks\n\nPARIS, June 14, 2008 - President Tom Reyes is in Paris.\n\nUS President Tom W "
                                "Reyes and France's Mark Hale have emphasised the strength of relations between the two "
                                "countries after talks in Paris.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Tom W Reyes", "Mark Hale"));
    CHECK(!entity(x, kg::EntityType::Person, "Tom Reyes"));
}

TEST_CASE("dates: 'He had met separately the day before with X': the day before the meeting told first") {
    const auto x = kg_test::run("Talks\n\nSecretary General Mark Hale met with US President Tom Reyes on Tuesday, 29 "
                                "September. He had met separately the day before with Defense Secretary Ann Lanz.",
                                "2009-09-29");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz");
    REQUIRE(r);
    CHECK(r->date == "2009-09-28");
}

TEST_CASE("meetings: 'Secretary X's working visit concluded with a lunch-meeting with Prime Minister Y', and 'A and B gave a news briefing at the Hall after a successful lunch meeting'") {
    const auto x = kg_test::run("Talks\n\nReykjavik, May 30, 2008. Mark Hale, US Secretary of State, met today with Ann "
                                "Lanz, Iceland's Minister for Foreign Affairs.\n\nSecretary Hale's working visit concluded "
                                "with a lunch-meeting with Prime Minister Tom Reyes.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Talks\n\nNews, 4/30/2010\n\nForeign Minister of Lithuania Dan Grant and Foreign Minister "
                                "Bea Cole gave a news briefing at the Government Banquet Hall Smolna after a successful "
                                "lunch meeting on 29 April.",
                                "");
    const kg::Relation* r = relation(y, kg::RelationType::Met, "Dan Grant", "Bea Cole");
    REQUIRE(r);
    CHECK(r->date == "2010-04-29");
}

TEST_CASE("meetings: 'The minister met his counterparts from Croatia and Japan, A and B', 'his Brazilian counterpart A and Federal Deputy B during the meeting' (no pair-met of the two objects), then 'He also met C' is the minister's") {
    const auto x = kg_test::run("Talks\n\nNew York, Sept 27 (ANI): Foreign Minister Mark Hale on Thursday met diplomats from "
                                "several countries.\nThe Foreign Minister met his Brazilian counterpart Tom Reyes and Federal "
                                "Deputy Ann Lanz during the meeting.\nHe also met his Maldivian counterpart Bea Cole and "
                                "discussed ties.\nForeign Minister Mark Hale met his counterparts from Croatia and Japan, Dan "
                                "Grant and Ali Tarra.",
                                "");
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole"));
    CHECK(!relation(x, kg::RelationType::Met, "Ann Lanz", "Bea Cole"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Dan Grant"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ali Tarra"));
}

TEST_CASE("roles: 'met bilaterally with his national security advisor counterparts A of Japan, B of the ROK' gives each the office before 'counterparts'") {
    const auto x = kg_test::run("Talks\n\nNational Security Advisor Mark Hale met bilaterally with his national security "
                                "advisor counterparts Tom Reyes of Japan, Ann Lanz of the ROK, and Bea Cole of the "
                                "Philippines.",
                                "2023-06-02");
    const kg::Relation* r = relation(x, kg::RelationType::Role, "Tom Reyes", "Japan");
    REQUIRE(r);
    CHECK(r->attributes.at("title") == "national security advisor");
}

TEST_CASE("meetings: 'Bilateral ties were also on the agenda in separate meetings with foreign ministers A of Lesotho, B of Suriname, and C of Jamaica': the release's first subject met each (subjectless-meetings)") {
    const auto x = kg_test::run("Talks\n\nNew York, Sep 24 (PTI) Foreign Minister Mark Hale held a series of bilateral "
                                "meetings with his counterparts on the sidelines of the General Assembly.\n\nIn a meeting "
                                "with Maldivian Foreign Minister Dan Grant, Hale reiterated support.\n\nBilateral ties were "
                                "also on the agenda in separate meetings with foreign ministers Tom Reyes of Lesotho, Ann "
                                "Lanz of Suriname, and Bea Cole of Jamaica.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Bea Cole"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    // ("The issues discussed during the meetings with A and B": the two subjects of the first meeting)
    const auto y = kg_test::run("Visit\n\nForeign Minister Mark Hale and Secretary-General Dan Grant met Secretary of "
                                "State Tom Reyes in Washington.\n\nThe issues discussed during the meetings with Senator Ann "
                                "Lanz and Secretary of State Tom Reyes included the OSCE chairmanship.",
                                "2016-05-03");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(y, kg::RelationType::Met, "Dan Grant", "Ann Lanz"));
    CHECK(!relation(y, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
}

TEST_CASE("names: 'Top Chinese legislator X also met Y': a noun for a person in lower case before the name (person-noun: legislator)") {
    const auto x = kg_test::run("Visit\n\nBEIJING, Nov. 18, 2009 (Xinhua) -- US President Mark Hale arrived on Sunday. Top "
                                "Chinese legislator Tom Reyes also met Hale on Tuesday.",
                                "");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("organisations: 'met with Communist Party of China (CPC) Politburo member X': the party is a body of the gazetteer, no person") {
    const auto x = kg_test::run("Talks\n\nBeijing, April 6, 2010. Minister Tom Reyes met with Communist Party of China "
                                "(CPC) Politburo member Mark Hale on Monday.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Mark Hale"));
    CHECK(!entity(x, kg::EntityType::Person, "Communist Party"));
    CHECK(entity(x, kg::EntityType::Organization, "Communist Party of China"));
}

TEST_CASE("meetings: 'X spoke with German Chancellor A, Italian Prime Minister B, Greek Prime Minister C and Czech Prime Minister D': calls, one each, so A and B did not speak") {
    const auto x = kg_test::run("Calls\n\nPrime Minister Mark Hale, today (Saturday, 17 November 2012), spoke with German "
                                "Chancellor Tom Reyes, Italian Prime Minister Ann Lanz, Greek Prime Minister Bea Cole and "
                                "Czech Prime Minister Dan Grant.",
                                "2012-11-17");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Dan Grant"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Bea Cole", "Dan Grant"));
}

TEST_CASE("meetings: '... is currently meeting with President X, Deputy Head of the Office of the President Y has said.': the one who tells of the meeting is no counterpart") {
    const auto x = kg_test::run("Visit\n\nKyiv, April 9, 2022. British Prime Minister Mark Hale has arrived in Ukraine and "
                                "is currently meeting with President of Ukraine Tom Reyes, Deputy Head of the Office of the "
                                "President Ann Lanz has said.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("names: 'held a dialogue with the radio presenter X', 'journalist Y': nouns of the press and of business before a name (person-noun)") {
    const auto x = kg_test::run("Talks\n\nTallinn, May 3, 2010. Foreign Minister Mark Hale held a dialogue with the radio "
                                "presenter Tom Reyes on the state border agreement. The detention of journalist Ann Lanz "
                                "was raised.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
}

TEST_CASE("names: 'Seoul's Unification Minister Hyun In-taek': a Korean given name whose first syllable is a word of the language, after a family name written first") {
    const auto x = kg_test::run("Talks\n\nTokyo, Nov. 27, 2010. On Saturday, Foreign Minister Mark Hale held talks with "
                                "South Korean Foreign Minister Kim Sung-hwan and Seoul's Unification Minister Hyun In-taek "
                                "amid mounting speculation.",
                                "");
    CHECK(entity(x, kg::EntityType::Person, "Hyun In-taek"));
    CHECK(!entity(x, kg::EntityType::Person, "Hyun"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Hyun In-taek"));
}

TEST_CASE("dates: 'ANI | Updated: Sep 27, 2019 ... New York [USA], Sept 27 (ANI): X on Thursday met diplomats ...': the agency's dateline is the report's day again, and the meeting told next is of that Thursday") {
    const auto x = kg_test::run("Minister meets foreign diplomats in New York\nANI | Updated: Sep 27, 2019 05:58 IST\n\nNew "
                                "York [USA], Sept 27 (ANI): External Affairs Minister Mark Hale on Thursday met diplomats "
                                "from several countries on the sidelines of the General Assembly in New York.\nThe External "
                                "Affairs Minister met his Brazilian counterpart Tom Reyes during the meeting.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2019-09-26");
}

TEST_CASE("dates: a dateline run on after a heading's words ('... of different countries Asmara, 22 September 2011- President X on 21 September, held talks with Y') is the report's, not the meeting's") {
    const auto x = kg_test::run("[news] President Mark Hale holds talks\n\nFrom: News Desk\nDate: Fri, 23 Sep 2011 07:56:45 "
                                "-0700\n\nPresident Mark Hale holds talks with leaders of different countries Asmara, 22 "
                                "September 2011- President Mark Hale on 21 September, held extensive discussion in New York "
                                "with the Russian Foreign Minister, Mr. Tom Reyes.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2011-09-21");
}

TEST_CASE("dates: 'At a meeting with Foreign Ministers A and B, President X declared ... \"...,\" the press service said following the meeting with the ministers in Kyiv on Thursday': that Thursday (meeting-told-later)") {
    const auto x = kg_test::run("Facts\n\n10:31 31.05.2019\n\nAt a meeting with Foreign Ministers Tom Reyes and Ann Lanz, "
                                "President of Ukraine Mark Hale declared his readiness to visit their countries.\n\n\"He "
                                "expressed willingness to visit France and Germany,\" the presidential press service said "
                                "following the meeting with the ministers in Kyiv on Thursday.",
                                "2019-05-31");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2019-05-30");
}

TEST_CASE("bounds: a release that opens with 'The Prime Minister spoke with the President of the United States, X, last night' and one whose text ends on 'the Special Representative of' (read under the sanitizer build: no token before the first nor after the last is read)") {
    const auto x = kg_test::run("The Prime Minister spoke with the President of the United States, Tom Reyes, last "
                                "night.\n\nThe Prime Minister reiterated his support, and the leaders discussed the talks.",
                                "2025-03-02");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    const auto y = kg_test::run("Visit\n\nOn August 30th, in Goma, Minister Mark Hale will hold a work meeting with the "
                                "Special Representative of",
                                "2015-08-28");
    CHECK(entity(y, kg::EntityType::Person, "Mark Hale"));
}

TEST_CASE("meetings: 'X met on Wednesday 28/7/2021 the Ambassador of the Russian Federation to Baghdad, Mr. Y': the day between the verb and its object (met-dated-object), and 'met on January 26-27 with Y'") {
    const auto x = kg_test::run("The Head of the Department of the International Organizations, Dr. Mark Hale, met on "
                                "Wednesday 28/7/2021 the Ambassador of the Russian Federation to Baghdad, Mr. Tom Reyes. "
                                "During the meeting, the two sides touched upon the historical relations.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2021-07-28");
    const auto y = kg_test::run("Readout\n\n2024-01-27\n\nNational Security Advisor Mark Hale met on January 26-27 with "
                                "Foreign Minister Tom Reyes in Bangkok to follow up on the summit between President Ann "
                                "Lanz and President Joe Brill last November. The two sides discussed next steps on a "
                                "working group to meet on January 30.",
                                "2024-01-27");
    const kg::Relation* s = relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(s);
    CHECK(s->date == "2024-01-26");
}

TEST_CASE("meetings: 'The Amir also received, in presence of the Crown Prince X, the visiting Saudi State Minister and member of the Cabinet Prince Y': past who was present to the guest, who was there too (received-in-presence)") {
    const auto x = kg_test::run("KUWAIT: His Highness the Amir Sheikh Mark Hale also received, in presence of His Highness "
                                "the Crown Prince Sheikh Tom Reyes, the visiting Saudi State Minister and member of the "
                                "Cabinet Prince Ann Lanz, who conveyed greetings from the King.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'Opening remarks by Foreign Minister X in meeting with Foreign Minister Y, in Beijing': a meeting with no article after the one who spoke") {
    const auto x = kg_test::run("Opening remarks by New Zealand Foreign Minister Mark Hale in meeting with China Foreign "
                                "Minister Tom Reyes, in Beijing on 26 February 2025:\n\nThank you, Minister, for your warm "
                                "welcome tonight.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2025-02-26");
}

TEST_CASE("meetings: 'Referring to the Foreign Minister's meeting with the Secretary of State Y on 04 August, 2022 in Cambodia': a person's possessive meeting (possessive-meeting-with), whose day is not the lead meeting's (date-of-other-meeting), and 'ahead of X's meeting with Y' and 'X's meeting with Y will ...' are to come") {
    const auto x = kg_test::run("Foreign Minister Mark Hale met Ambassador Tom Reyes at the Ministry of Foreign Affairs in "
                                "Colombo.\n\nReferring to the Foreign Minister's meeting with the Secretary of State Ann "
                                "Lanz on 04 August, 2022 in Cambodia, Foreign Minister Hale welcomed the assistance.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz");
    REQUIRE(r);
    CHECK(r->date == "2022-08-04");
    const kg::Relation* s = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(s);
    CHECK(s->date.empty());
    const auto y = kg_test::run("Fact Sheet\n\n2024-11-15\n\nToday, ahead of President Mark Hale's meeting with President "
                                "Tom Reyes of Peru on the margins of the forum, the United States commemorates our "
                                "partnership.\n\nVice President Ann Lanz will welcome President Joe Brill on March 25. "
                                "The Vice President's meeting with President Brill will strengthen the relationship.",
                                "2024-11-15");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
}

TEST_CASE("meetings: 'At a private meeting today, Georgian President A and Radio Free Europe/Radio Liberty President B discussed ...': a slash inside the body's name before the second office") {
    const auto x = kg_test::run("(TBILISI, Georgia - April 1, 2008) At a private meeting today in Tbilisi, Georgian "
                                "President Mark Hale and Radio Free Europe/Radio Liberty President Tom Reyes discussed "
                                "Georgia's bid for NATO membership.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'Event: Meeting of the Minister of Foreign Affairs X with the Minister of Foreign Affairs of the Republic of Lithuania, Y': a heading's noun with both sides (meeting-of-with)") {
    const auto x = kg_test::run("Press statement by minister Mark Hale\nRomania - Ministry of Foreign Affairs\nEvent: Meeting "
                                "of the Minister of Foreign Affairs Mark Hale with the Minister of Foreign Affairs of the "
                                "Republic of Lithuania, Tom Reyes\nDear minister, dear colleague,",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'Meetings were held with the Presidency of the Council of Ministers, A, with the Minister of Foreign Affairs, B, with the Ambassador of the EU Delegation in Sarajevo, C': the principal's, one each (passive-held-with), under a date line '05 October 2023 News'") {
    const auto x = kg_test::run("Diplomatic missions\n\nAfrica\n\nAsia\n\nEurope\n\nNorth America\n\nSouth America\n\nDeputy "
                                "Minister Mark Hale participates in an informal meeting in Sarajevo\n\n05 October 2023 "
                                "News\n\nOn 4 October 2023, Deputy Minister Mark Hale participated in an informal meeting "
                                "of women ministers in Sarajevo.\n\nMeetings were held with the Presidency of the Council of "
                                "Ministers, Ann Lanz, with the Minister of Foreign Affairs, Tom Reyes, with the EU Special "
                                "Representative and Ambassador of the EU Delegation in Sarajevo, Joe Brill, and with the "
                                "members of the Joint Committee.",
                                "");
    CHECK(x.document.date == "2023-10-05");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(r);
    CHECK(r->date == "2023-10-04");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("names: 'Secretaries Albert F. del Rosario (Foreign Affairs), Mark Hale (Defense) and Tom Reyes (Finance)': a particle after an initial, and a portfolio in brackets after each listed name, and 'Makhdoom' is an honorific before a name") {
    const auto x = kg_test::run("A delegation of businessmen led by former Ambassador Joe Brill was briefed by Secretaries "
                                "Albert F. del Rosario (Foreign Affairs), Mark Hale (Defense), Ann Lanz (Finance) and Tom "
                                "Reyes (Trade and Industry) on January 23.",
                                "2013-01-24");
    CHECK(entity(x, kg::EntityType::Person, "Albert F. del Rosario"));
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    const auto y = kg_test::run("Foreign Minister Makhdoom Mark Hale Qureshi met Irish Foreign Minister Tom Reyes in "
                                "Dublin.",
                                "2019-05-02");
    CHECK(entity(y, kg::EntityType::Person, "Mark Hale Qureshi"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale Qureshi", "Tom Reyes"));
}

TEST_CASE("meetings: 'The highlight of his visit was a bilateral meeting with Secretary of State Y': the possessive of the one on the visit (possessive-visit-subject)") {
    const auto x = kg_test::run("Minister of Foreign Affairs of the Czech Republic Mark Hale paid a visit to Washington, "
                                "DC, on September 20-21. The highlight of his visit was a bilateral meeting with US "
                                "Secretary of State Tom Reyes. Minister Hale also discussed current issues with experts.",
                                "2012-09-24");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'arrived to take part in annual bilateral Foreign Office Consultations (FOC) with his counterpart from the Indian MEA, Secretary (West) Ms. Y': named talks with their abbreviation, a counterpart from a body") {
    const auto x = kg_test::run("Mr. Mark Hale, Secretary of the Norwegian Ministry of Foreign Affairs, arrived on Tuesday "
                                "morning to take part in annual bilateral Foreign Office Consultations (FOC) with his "
                                "counterpart from the Indian MEA, Secretary (West) Ms. Ann Lanz.",
                                "2017-03-01");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'The Syrian and Russian officials held a bilateral meeting on Tuesday': two countries' words stand for the one person of each the report names (demonym-pair-reference)") {
    const auto x = kg_test::run("Iranian Foreign Minister Joe Brill on Wednesday held talks with visiting Syrian Foreign "
                                "Minister Mark Hale in the Iranian capital.\n\nRussian Deputy Foreign Minister Tom Reyes "
                                "also arrived in Tehran on Tuesday to take part in the negotiations.\n\nThe Syrian and "
                                "Russian officials held a bilateral meeting on Tuesday on ways to resolve the crisis.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Joe Brill", "Tom Reyes"));
}

TEST_CASE("meetings: \"'I had a meeting with the President in Bali yesterday, where I was instructed,' Marty said.\": the first person of a quotation is the speaker its closing names (quote-speaker)") {
    const auto x = kg_test::run("President Tom Reyes has assigned Foreign Minister Mark Hale to play a leading role.\n"
                                "Speaking to reporters on Wednesday, Hale confirmed he has been assigned by the President.\n"
                                "'I had a meeting with the President in Bali on the sidelines of the summit, yesterday, "
                                "where I was instructed,' Hale said.",
                                "");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'Secretary of State X convened with German Foreign Minister Y in Washington' is a meeting, and a speaker 'pleased to welcome Secretary Y in person here in Brussels' hosts Y now (pleased-to-welcome), unless the welcome's day is after the release's") {
    const auto x = kg_test::run("(MENAFN) US Secretary of State Mark Hale convened with German Foreign Minister Tom Reyes "
                                "in Washington, DC, on Monday for high-level diplomatic consultations.",
                                "2026-01-13");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Remarks\n\nHIGH REPRESENTATIVE MARK HALE:  I'm very pleased to welcome Secretary Tom Reyes "
                                "in person here in Brussels after our initial virtual exchanges.  Today we open a new "
                                "chapter in our relations.",
                                "2021-03-24");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto z = kg_test::run("President Mark Hale to Host King Tom Reyes\n\n2022-05-10\n\nThe President is pleased to "
                                "welcome His Majesty King Tom Reyes of Jordan to the White House on May 13, 2022. The "
                                "visit will reinforce the partnership.",
                                "2022-05-10");
    CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("roles: 'the EU Special Representative, Johan Zatler': the comma between office and name is no part of the ROLE's title") {
    const auto x = kg_test::run("On 4 October 2023, Deputy Minister Ann Lanz visited Sarajevo. She held meetings with the "
                                "Minister of Foreign Affairs, Tom Reyes, and with the EU Special Representative, Mark Hale.",
                                "2023-10-05");
    const kg::Relation* r = relation(x, kg::RelationType::Role, "Mark Hale", "European Union");
    REQUIRE(r);
    CHECK(r->attributes.at("title") == "Special Representative");
}

TEST_CASE("roles: 'the Minister of Foreign Affairs of Ethiopia, H.E. Dr. X' (two honorifics), 'Her Excellency, Ms Y' (a comma between), 'the Prime Minister of Saint Vincent, Mr. Z' (a short name of the country) and 'Secretary of External Relations W' (a portfolio)") {
    const auto x = kg_test::run("The Chairperson met the newly appointed Minister of Foreign Affairs of the Federal "
                                "Democratic Republic of Ethiopia, H.E. Dr. Mark Hale. She also met the Prime Minister of "
                                "Saint Vincent, Mr. Tom Reyes, and Secretary of External Relations Joe Brill.",
                                "2016-12-14");
    CHECK(kg_test::role_title(x, "Mark Hale", "Ethiopia") == "Minister of Foreign Affairs");
    CHECK(kg_test::role_title(x, "Tom Reyes", "Saint Vincent and the Grenadines") == "Prime Minister");
    CHECK(entity(x, kg::EntityType::Person, "Joe Brill"));
    const auto y = kg_test::run("Her Excellency, Ms Ann Lanz hosted His Excellency, Mr Tom Reyes, Minister of Foreign "
                                "Affairs of Nigeria.",
                                "2016-12-14");
    CHECK(entity(y, kg::EntityType::Person, "Ann Lanz"));
    CHECK(!entity(y, kg::EntityType::Person, "Excellency"));
    CHECK(relation(y, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
}

TEST_CASE("meetings: 'X talked to his Hungarian colleague, Minister A, and the Serbian Minister B' (past the counterpart's words after 'to'), dated by the sentence before, not by 'On the next day, Tuesday, 30 March 2010, X will participate in a trilateral meeting'") {
    const auto x = kg_test::run("Press release\n\nThe Minister of Foreign Affairs, Mark Hale participated on Monday, 29 "
                                "March 2010, in Budapest, at a quadrilateral meeting with ministers of foreign affairs.\n\n"
                                "Minister Hale talked to his Hungarian colleague, Minister Reyes, and the Serbian Minister "
                                "Brill about the initiatives.\n\nOn the next day, Tuesday, 30 March 2010, Minister Hale will "
                                "participate in a trilateral meeting with Ministers of Foreign Affairs of Hungary and Serbia.",
                                "");
    const kg::Relation* r = relation(x, kg::RelationType::Met, "Mark Hale", "Reyes");
    REQUIRE(r);
    CHECK(r->date == "2010-03-29");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Brill"));
}

TEST_CASE("meetings: 'Here are the foreign officials Clinton met with this week:' and the list on the next line, or 'Secretary X met with:' and one item a line: one meeting with each (colon-list)") {
    const auto x = kg_test::run("Who did Hale meet?\nSecretary of State Mark Hale had a busy week.\nHere are most of the "
                                "foreign officials Hale met with this week:\nPrime Minister Tom Reyes of Singapore, Foreign "
                                "Minister Ann Lanz of Algeria, Foreign Minister Joe Brill of Egypt (pull aside).",
                                "2010-04-14");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
    const auto y = kg_test::run("Readout\n\nOn his visit, Secretary Mark Hale met with:\n- Prime Minister Tom Reyes of "
                                "Singapore\n- Foreign Minister Ann Lanz of Algeria\n\nThe Secretary discussed trade.",
                                "2010-04-14");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("attendance: 'X has met with A and B in New York. The meetings were held respectively on the sidelines of the on-going 73rd United Nations General Assembly': each meeting before was held at it") {
    const auto x = kg_test::run("The Minister for Foreign Affairs, Hon. Mark Hale (MP) has met with the Prime Minister of "
                                "Saint Vincent, Mr. Tom Reyes and the Foreign Minister of Serbia, Mr. Joe Brill in New York. "
                                "The meetings were held respectively on the sidelines of the on-going 73rd United Nations "
                                "General Assembly, aimed at deepening bilateral relations.",
                                "2018-09-28");
    CHECK(relation(x, kg::RelationType::Attended, "Mark Hale", "73rd United Nations General Assembly"));
    CHECK(relation(x, kg::RelationType::Attended, "Tom Reyes", "73rd United Nations General Assembly"));
}

TEST_CASE("names: a family name that is a country's name ('Prime Minister Tom Nepal') alone, with no office before it, names the country ('has dropped in Nepal on the way to Bhutan for attending the Summit')") {
    const auto x = kg_test::run("April 27, 2010: Pakistani Prime Minister Mark Hale has dropped in Nepal on the way to "
                                "Bhutan for attending the 16th SAARC Summit being held in Bhutan from April 28-29, 2010.\n"
                                "Nepalese Prime Minister Tom Nepal hosted a dinner in honor of the Pakistani Prime "
                                "Minister.",
                                "2010-04-27");
    CHECK(relation(x, kg::RelationType::Attended, "Mark Hale", "16th SAARC Summit"));
    CHECK(!relation(x, kg::RelationType::Attended, "Tom Nepal", "16th SAARC Summit"));
    CHECK(entity(x, kg::EntityType::Country, "Nepal"));
}

TEST_CASE("attendance: 'Remarks by High Representative X upon arrival at the NATO Summit': the speaker of a title's remarks at an event attended it (remarks-by-at-event)") {
    const auto x = kg_test::run("Remarks by High Representative Mark Hale upon arrival at the NATO Summit\n\nGood "
                                "morning. We will discuss the situation.",
                                "2015-06-22");
    CHECK(relation(x, kg::RelationType::Attended, "Mark Hale", "NATO Summit"));
}

TEST_CASE("meetings: 'The meeting was attended by A, B and C', 'The summit was chaired by A and attended by B and C', 'The meeting, chaired by A, was attended by B', 'The summit was chaired by A. It was attended by B and C', with no meeting told before: all of them met (attended-by-group)") {
    const auto x = kg_test::run("Leaders meet on security\n\nThe meeting was attended by President Mark Hale, President Tom "
                                "Reyes and Prime Minister Ann Lanz.",
                                "2019-03-12");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("Leaders meet on security\n\nThe summit was chaired by President Joe Brill and attended by "
                                "President Mark Hale and Prime Minister Ann Lanz.",
                                "2019-03-12");
    CHECK(relation(y, kg::RelationType::Met, "Joe Brill", "Mark Hale"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto z = kg_test::run("Leaders meet on security\n\nThe meeting, chaired by President Joe Brill, was attended by "
                                "President Mark Hale and Prime Minister Ann Lanz.",
                                "2019-03-12");
    CHECK(relation(z, kg::RelationType::Met, "Joe Brill", "Ann Lanz"));
    CHECK(relation(z, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto w = kg_test::run("Leaders meet on security\n\nThe summit was chaired by President Joe Brill. It was attended "
                                "by President Mark Hale and Prime Minister Ann Lanz.",
                                "2019-03-12");
    CHECK(relation(w, kg::RelationType::Met, "Joe Brill", "Mark Hale"));
    CHECK(relation(w, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    // (a ceremony is no meeting)
    const auto v = kg_test::run("Leaders at the opening\n\nThe ceremony was attended by President Mark Hale and Prime "
                                "Minister Ann Lanz.",
                                "2019-03-12");
    CHECK(!relation(v, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: a sentence that opens with its meeting and names no one but the counterpart ('The meeting with X focused on trade', 'During the meeting with X, trade was discussed') is a meeting of the one the release is about, of the one who met X before when the release told that meeting (opening-meeting-subject)") {
    const auto x = kg_test::run("Hale meets ministers\n\nThe Minister of Foreign Relations, Mark Hale, met with various "
                                "other Foreign Ministers.\n\nThe meeting with the Foreign Minister of Paraguay, Ann Lanz, "
                                "focused on trade.\n\nDuring the meeting with Foreign Minister Tom Reyes of Chile, energy "
                                "was discussed.",
                                "2005-09-16");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
    const auto y = kg_test::run("Hale in Beijing\n\nLater in the day, Foreign Minister Mark Hale paid a courtesy call on "
                                "Prime Minister Joe Brill following a meeting with Public Security Minister Tom Reyes.\n\n"
                                "During the meeting with Public Security Minister Reyes, the two sides concurred on "
                                "consular cooperation.",
                                "2010-03-18");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Joe Brill", "Tom Reyes"));
}

TEST_CASE("names and meetings: an office in lower case, as the news writes it, after a comma or a word that opens a clause ('On Monday, foreign minister X met'), and as the one met ('met with defence minister Y')") {
    const auto x = kg_test::run("Ministers meet\n\nOn Monday, foreign minister Mark Hale met with defence minister Ann "
                                "Lanz in Brasilia.",
                                "2005-09-16");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'held separate telephone conversations with A and B', 'held calls with A, B and C': one call with each, the ones called did not meet each other") {
    const auto x = kg_test::run("Calls\n\nForeign Minister Mark Hale held separate telephone conversations with Egyptian "
                                "Foreign Minister Ann Lanz and his Turkish counterpart Tom Reyes on Thursday.",
                                "2013-02-15");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
    const auto y = kg_test::run("Readout\n\nYesterday, the President held calls with Governor Ann Lanz of Florida, Mayor "
                                "Tom Reyes of Tampa and Mayor Joe Brill of Clearwater. President Mark Hale spoke of the "
                                "storm.",
                                "2022-09-28");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(y, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
}

TEST_CASE("meetings and names: 'The Indian delegation, led by X, included A, Joint Secretary (Pakistan, Iran and Afghanistan) in the Ministry of External Affairs, B': the members joined the talks, an office's bracketed portfolio and the ministry it sits 'in' before the name (delegation-led-by-included, office-bracket)") {
    const auto x = kg_test::run("Talks\n\nForeign Secretary Mark Hale held talks with his Indian counterpart Tom Reyes. "
                                "The Indian delegation, led by Reyes, included Indian High Commissioner to Pakistan Ann "
                                "Lanz, Joint Secretary (Pakistan, Iran and Afghanistan) in the Ministry of External "
                                "Affairs, Joe Brill, and other senior officials.",
                                "2012-09-07");
    CHECK(entity(x, kg::EntityType::Person, "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
}

TEST_CASE("names: a title-case headline's verb ('PM Abiy Confers With African Leaders', 'Greets', 'Hails') is no part of the name before it") {
    const auto x = kg_test::run("11 February 2019\n\nNews Agency (Addis Ababa)\n\nEthiopia: PM Hale Confers With African, "
                                "European Leaders\n\nAddis Ababa - Prime Minister Mark Hale conferred with President Tom "
                                "Reyes today.",
                                "2019-02-11");
    CHECK(!entity(x, kg::EntityType::Person, "Hale Confers"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("dates: 'X held telephone talks with his Ukrainian counterpart Monday. During the conversation with Y, X expressed ...': the meeting a sentence opens with is the one told just before, of its day, not a photo caption's (meeting-told-before)") {
    const auto x = kg_test::run("Foreign minister holds phone talks with Ukrainian counterpart\n\nPublished: 16 Sep. 2025, "
                                "09:17\nForeign Minister Mark Hale speaks with foreign counterparts at the ministry in "
                                "Seoul on Aug. 4. [MINISTRY OF FOREIGN AFFAIRS]\n\nForeign Minister Mark Hale held "
                                "telephone talks with his Ukraine counterpart Monday to discuss bilateral relations, the "
                                "Foreign Ministry said.\n\nDuring the conversation with Tom Reyes, Hale expressed "
                                "interest in peace negotiations.",
                                "2025-09-16");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2025-09-15");
}

TEST_CASE("meetings: 'President X made the call when four new ambassadors presented their \"Letters of Credence\" to the President. They were A, Zambia's Ambassador, B ... and C': each envoy listed next met the one who received them") {
    const auto x = kg_test::run("Business News of Wednesday, 2 September 2009\nAccra, Sept. 2, GNA - President Mark Hale "
                                "made the call when four new ambassadors presented their \"Letters of Credence\" to the "
                                "President at the Osu Castle in Accra.\nThey were Mr Tom Reyes, Zambia's Ambassador; Ms "
                                "Ann Lanz, Gambian Ambassador and Mr Joe Brill; Sweden Ambassador.",
                                "2009-09-02");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2009-09-02");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("meetings: 'X met with foreign ministers of Serbia A, Turkey B, and Greece C': one meeting with each (plural-office-of-countries), 'X received on Thursday, December 22, 2016, the Chairman of the Foreign Affairs Committee of the House of Representatives, Dr. A, the Chairman of ..., B': past the day and a body kg does not know") {
    const auto x = kg_test::run("Minister at the meeting\n\nOn the fringes of the meeting, Foreign Minister Mark Hale met "
                                "with foreign ministers of Serbia Tom Reyes, Turkey Ann Lanz, and Greece Joe Brill.",
                                "2012-01-31");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
    const auto y = kg_test::run("Foreign Minister receives Chairs of committees\n\nForeign Minister Mark Hale received on "
                                "Thursday, December 22, 2016, the Chairman of the Foreign Affairs Committee of the House "
                                "of Representatives, Dr. Tom Reyes, and the Chairman of the African Affairs Committee, "
                                "Ann Lanz, MP.",
                                "2016-12-22");
    CHECK(kg_test::met_date(y, "Mark Hale", "Tom Reyes") == "2016-12-22");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("references: 'The Sri Lankan Foreign Minister also held bilateral meetings with A, B and C' after 'Foreign Minister X met ...' (the one holder of no country said), and 'The Foreign Minister of Armenia discussed the developments with A, ..., and B' after 'On April 2 and 3, X, Foreign Minister of Armenia, had a number of phone conversations with his foreign counterparts' (the country of an apposition, one call each, two days and no day of each)") {
    const auto x = kg_test::run("Visit\n\nOn the sidelines, Foreign Minister Mark Hale met with the External Affairs "
                                "Minister of India Dr. Tom Reyes on 04 March for bilateral talks. The Sri Lankan Foreign "
                                "Minister also held bilateral meetings with the Foreign Minister of Brazil Ann Lanz and "
                                "the Foreign Minister of Chile Joe Brill.",
                                "2023-03-05");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("Phone calls of Foreign Minister of Armenia\n03 April, 2016\nOn April 2 and 3, Mark Hale, "
                                "Foreign Minister of Armenia, had a number of phone conversations with his foreign "
                                "counterparts.\nThe Foreign Minister of Armenia discussed the recent developments with Tom "
                                "Reyes, Foreign Minister of Russia, Ann Lanz, Foreign Minister of France, and Joe Brill, "
                                "Secretary General of Council of Europe.",
                                "2016-04-03");
    CHECK(kg_test::met_date(y, "Mark Hale", "Tom Reyes") == "");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(y, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'The following non-resident Ambassadors attended the dinner:' and one bulleted item a line: the listed were at the meeting told before, else with the host named just before (attended-colon-list)") {
    const auto x = kg_test::run("Dinner for ambassadors\n\nMANILA 25 March 2025 - Undersecretary Mark Hale hosted a "
                                "diplomatic dinner for newly accredited ambassadors.\n\nThe following non-resident "
                                "Ambassadors attended the dinner:\n\n  \u2022 H.E. Tom Reyes of the Republic of Honduras\n"
                                "  \u2022 H.E. Ann Lanz of the Republic of Bulgaria\n\nIn her remarks, Undersecretary Hale "
                                "welcomed the ambassadors.",
                                "2025-03-25");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("Readout\n\nToday the Vice President met with lawmakers.\n\nLawmakers who participated in "
                                "the meeting were:\n\n- Senator Tom Reyes (D-IL)\n\n- Senator Ann Lanz (D-NV)\n\n- "
                                "Representative Joe Brill (D-CA)",
                                "2021-07-29");
    CHECK(relation(y, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("names: one person written with and without accents, in a shorter and a longer form ('Jose Antonio Meade Kuribreña' ... 'José Antonio Meade', 'President López Obrador' ... 'President Lopez Obrador' ... 'Lopez') is one entity") {
    const auto x = kg_test::run("Summit\n\nForeign Secretary Jose Antonio Hale Kuribreña attended the summit. Foreign "
                                "Secretary José Antonio Hale met Foreign Minister Tom Reyes.",
                                "2015-06-26");
    CHECK(relation(x, kg::RelationType::Met, "Jose Antonio Hale Kuribreña", "Tom Reyes"));
    CHECK(!entity(x, kg::EntityType::Person, "José Antonio Hale"));
    const auto y = kg_test::run("Call\n\nPresident Mark Hale spoke with President Andrés Manuel López Obrador. President "
                                "Lopez Obrador thanked him. Lopez said so.",
                                "2021-03-01");
    CHECK(!entity(y, kg::EntityType::Person, "Lopez Obrador"));
    CHECK(!entity(y, kg::EntityType::Person, "Lopez"));
}

TEST_CASE("meetings: 'met, on the sidelines of the meeting, with A, B, C' (a phrase between commas before 'with') and '2. With H.E. Mrs. A, Minister of State of India, Foreign Minister B expressed' (an item's number, the counterpart's office, the subject's office before the name)") {
    const auto x = kg_test::run("Press conference\nSunday, 01 March 2015.\nForeign Minister Mark Hale participated in the "
                                "winter meeting in Vienna and met, on the sidelines of the meeting, with Assembly "
                                "President Tom Reyes; Secretary General Ann Lanz; Special Representative Joe Brill.",
                                "2015-03-01");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    const auto y = kg_test::run("Foreign Minister holds bilateral talks\n\nOn 21 January 2011, Foreign Minister Mark Hale "
                                "held bilateral meetings with several heads of delegation. Gist as follows:\n\n2. With H.E. "
                                "Mrs. Ann Lanz, Minister of State and External Affairs of India, Foreign Minister Hale "
                                "expressed his appreciation to India.",
                                "2011-01-24");
    CHECK(kg_test::met_date(y, "Mark Hale", "Ann Lanz") == "2011-01-21");
}

TEST_CASE("meetings: 'In a telephone call, Interior Minister A and U.S. Homeland Security Secretary B discussed ...': the periods of an abbreviation inside the second's office do not end the pair's subject") {
    const auto x = kg_test::run("Officials speak\n\nIn a telephone call, Interior Minister Mark Hale and U.S. Homeland "
                                "Security Secretary Tom Reyes discussed security issues.",
                                "2017-02-08");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names and meetings: 'During his visit, minister of Foreign Relations, X, met with various other Foreign Ministers. One of the most important meetings was with the Foreign Minister of Paraguay, A ... With the French Foreign Minister, B, talks focused on ...': a lower-case office and its portfolio before the name, and the one who met when no meeting was told before (one-of-meetings-with)") {
    const auto x = kg_test::run("Hale meets with other Foreign Ministers\n16/09/2005\nNew York - During his visit to New "
                                "York, minister of Foreign Relations, Mark Hale, met with various other Foreign "
                                "Ministers.\nOne of the most important meetings was with the Foreign Minister of "
                                "Paraguay, Ann Lanz, regarding the agreement.\nWith the French Foreign Minister, Tom "
                                "Reyes, talks focused on bilateral cooperation.",
                                "2005-09-16");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
}

TEST_CASE("meetings: 'X attended in Belgrade an informal meeting of foreign ministers. The meeting, opened by President A and chaired by Foreign Minister B, focused on ...' (meeting-opened-chaired-by), and 'as he opened the 41st Meeting. The meeting, chaired by Ambassador A, ...': those who opened and chaired it were there with the one who attended or opened it") {
    const auto x = kg_test::run("Minister attended informal meeting\nMinister of Foreign Affairs Mark Hale attended 31 "
                                "January 2012 in Belgrade an informal meeting of foreign ministers.\n\nThe meeting, opened by "
                                "Serbian President Tom Reyes and chaired by Foreign Minister Ann Lanz, focused on relations "
                                "in the region.",
                                "2012-01-31");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("Release\n\nForeign Minister Mark Hale today encouraged cooperation in Antarctica, as he "
                                "opened the 41st Antarctic Treaty Consultative Meeting today. The meeting, chaired by the "
                                "Undersecretary for the Malvinas, Antarctica and South Atlantic, Ambassador Ann Lanz, will "
                                "be attended by delegations from 53 countries.",
                                "2018-05-14");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!entity(y, kg::EntityType::Person, "South Atlantic"));
}

TEST_CASE("meetings: 'Foreign Minister A and U.S. Secretary of State B highlighted the importance of ...', 'National Security Advisors A and B underscored ...': two people joined by 'and' before a verb of what they said together met (pair-verb)") {
    const auto x = kg_test::run("Ministers meet\n\nForeign Affairs Minister Mark Hale and U.S. Secretary of State Tom Reyes "
                                "highlighted the importance of the handover of the APEC Presidency to Peru.",
                                "2023-11-15");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings and names: 'Today a working meeting took place between the South American directors of the Chilean and Colombian Foreign Ministries, A and B, respectively', 'the Directors General of Consular Affairs of Chile and Colombia, C and D, signed': names after a plural office and its body, and a meeting that took place between them") {
    const auto x = kg_test::run("Directors meet\nTuesday, June 19, 2018\nToday a working meeting took place between the "
                                "South American directors of the Chilean and Colombian Foreign Ministries, Mark Hale and "
                                "Ann Lanz, respectively.\nIn this context, the Directors General of Consular Affairs and "
                                "Immigration of Chile and Colombia, Tom Reyes and Joe Brill, signed the rules.",
                                "2018-06-19");
    CHECK(kg_test::met_date(x, "Mark Hale", "Ann Lanz") == "2018-06-19");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(entity(x, kg::EntityType::Person, "Joe Brill"));
    const auto y = kg_test::run("Talks\n\nTalks took place among Foreign Minister Mark Hale, Foreign Minister Ann Lanz and "
                                "Foreign Minister Tom Reyes in Vienna.",
                                "2018-06-19");
    CHECK(relation(y, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
}

TEST_CASE("names and meetings: 'Mark Hale had a telephone conversation with President of Ukraine B', 'Mark Hale held talks with B': a whole name that opens its clause before 'had' or 'held', a meeting noun and 'with' is the subject (subject-name-meets)") {
    const auto x = kg_test::run("Telephone conversation\n\nAugust 22, 2017\n\nMark Hale had a telephone conversation with "
                                "President of Ukraine Tom Reyes.",
                                "2017-08-22");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Talks\n\nMark Hale held talks with President of Ukraine Tom Reyes.", "2017-08-22");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (a body before "held talks" is no person: its last word is a word of the language)
    const auto z = kg_test::run("Talks\n\nGeneral Motors held talks with President of Ukraine Tom Reyes.", "2017-08-22");
    CHECK(!entity(z, kg::EntityType::Person, "General Motors"));
}

TEST_CASE("names: 'H.E. Mr. Hale, Mark Ivanovich, Minister of Foreign Affairs of the Russian Federation': a family name, a comma and the given names before another comma and an office are one person, family name first (honorific-inverted-name)") {
    const auto x = kg_test::run("Telephone Talk\n\nNovember 25, 2021\n\nMr. TANAKA Ichiro, Minister for Foreign Affairs of "
                                "Japan, held a telephone talk with H.E. Mr. Hale, Mark Ivanovich, Minister of Foreign "
                                "Affairs of the Russian Federation. Minister Hale offered his congratulations.",
                                "2021-11-25");
    CHECK(entity(x, kg::EntityType::Person, "Mark Ivanovich Hale"));
    CHECK(!entity(x, kg::EntityType::Person, "Mark Ivanovich"));
    CHECK(!entity(x, kg::EntityType::Person, "Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Ichiro Tanaka", "Mark Ivanovich Hale"));
    // (an office addressed is not a family name: "Mr. Mayor, Senator Reyes, Senator ...")
    const auto y = kg_test::run("Remarks\n\nThank you, Mr. Mayor, Senator Reyes, Senator Lanz, for the welcome.", "2021-11-25");
    CHECK(!entity(y, kg::EntityType::Person, "Reyes Mayor"));
}

TEST_CASE("meetings: '(Attendees from the Philippines side included A, Ambassador ..., and B, among others. Attending for the Japanese side were C and D, among others.)': both delegations joined the meeting (attendees-from-side-included, attending-on-side-were)") {
    const auto x = kg_test::run("Courtesy Call\n\nJune 28, 2012\n\nOn Thursday, June 28, Mr. Mark Hale, Deputy Prime Minister, "
                                "received a courtesy call from H.E. Tom Reyes, Secretary of Foreign Affairs of the "
                                "Republic of the Philippines. (Attendees from the Philippines side included Mr. Joe Brill, "
                                "Ambassador of the Philippines to Japan, and Ms. Ann Lanz, Undersecretary for Policy, among "
                                "others. Attending for the Japanese side were Mr. Sam Ode, Ambassador of Japan to the "
                                "Philippines, and Mr. Ken Oda, Director-General, among others.)",
                                "2012-06-28");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ken Oda"));
    CHECK(relation(x, kg::RelationType::Met, "Sam Ode", "Joe Brill"));
}

TEST_CASE("names and meetings: 'Vice Governor of Nara Prefecture X, accompanied by Consul General Y, met with Texas Governor Z': an office of a prefecture, province or oblast before the name (office-portfolio), and 'Mr A and Mr B, Japanese Members of Parliament, gave a courtesy call to the Rt. Hon. C' (paid-courtesy-call)") {
    const auto x = kg_test::run("Vice Governor meets Governor\n\nNovember 16, 2015\n\nOn Monday, November 2, Vice Governor of "
                                "Nara Prefecture Mark Hale, accompanied by Consul General Tom Reyes, met with Texas "
                                "Governor Ann Lanz at the Capitol in Austin.",
                                "2015-11-16");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto y = kg_test::run("Courtesy Call\n\nOn 4th September 2018, Mr Mark Hale and Mr Tom Reyes, Japanese Members of "
                                "Parliament, gave a courtesy call to the Rt. Hon. Ann Lanz, Prime Minister of New Zealand.",
                                "2018-09-04");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(y, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const kg::Relation* call = relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "courtesy-call");
    // (a gift given to someone is no courtesy call)
    const auto z = kg_test::run("Gift\n\nMr Mark Hale gave a book to the Rt. Hon. Ann Lanz, Prime Minister of New Zealand.",
                                "2018-09-04");
    CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'The Secretary-General of ASEAN, Dr A, and the Ambassador of the Kingdom of Norway to ASEAN, B, met yesterday': the second's office with its article, its country and where the envoy is sent, before the comma and the name (pair-met)") {
    const auto x = kg_test::run("Ambassador met Secretary-General\n\nThe Secretary-General of ASEAN, Dr Mark Hale, and the "
                                "Ambassador of the Kingdom of Norway to ASEAN, Tom Reyes, met yesterday, 20 February 2024, "
                                "for a work lunch.",
                                "2024-02-21");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2024-02-20");
}

TEST_CASE("meetings: 'Secretary A met today on the sidelines of the NATO Informal Foreign Ministers Meeting in Antalya, Türkiye, with the Transatlantic Quint Foreign Ministers: French Foreign Minister B, German Foreign Minister C, and UK Foreign Secretary D': the named meeting and its place between 'met' and 'with', and a group in the plural, a colon and its people, met together (group-colon)") {
    const auto x = kg_test::run("Readout\n\nSecretary of State Mark Hale met today on the sidelines of the NATO Informal "
                                "Foreign Ministers Meeting in Antalya, Türkiye, with the Transatlantic Quint Foreign "
                                "Ministers: French Foreign Minister Tom Reyes, German Foreign Minister Ann Lanz, and UK "
                                "Foreign Secretary Joe Brill.",
                                "2025-05-15");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const kg::Relation* met = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(met);
    REQUIRE(met->place);
    CHECK(x.entities[*met->place].name == "Antalya");
}

TEST_CASE("meetings: 'Executive Secretary A called on the Director General of the World Health Organization (WHO), Dr B, in Geneva': an office, its body's abbreviation, a comma and an honorific before the one called on (called-on)") {
    const auto x = kg_test::run("Visit\n\nExecutive Secretary Mark Hale called on the Director General of the World Health "
                                "Organization (WHO), Dr Tom Reyes, in Geneva.",
                                "2017-07-21");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("entities: 'Lloyd Austin' in a title and 'Lloyd J. Austin III' in the text are one person: a generational suffix after a whole name, like a middle initial, does not part two names, and the family name is the word before it") {
    const auto x = kg_test::run("Readout of Secretary of Defense Mark Hale's Call With Minister Tom Reyes\n\nSecretary of "
                                "Defense Mark J. Hale III spoke with Minister of National Defense Tom Reyes today. "
                                "Secretary Hale congratulated him.",
                                "2021-01-23");
    CHECK(entity(x, kg::EntityType::Person, "Mark J. Hale III"));
    CHECK(!entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(has_alias(entity(x, kg::EntityType::Person, "Mark J. Hale III"), "Hale"));
    CHECK(!has_alias(entity(x, kg::EntityType::Person, "Mark J. Hale III"), "III"));
}

TEST_CASE("meetings: 'Japanese Prime Minister A and U.S. President B in phone talks on Saturday reaffirmed ...' (a pair's talks by their medium, no article) and 'Russian President A and French President B, have begun talks in the Kremlin' (talks begun are talks held)") {
    const auto x = kg_test::run("News\n\nTokyo, Dec. 21 (Jiji Press)--Japanese Prime Minister Mark Hale and U.S. President Tom "
                                "Reyes in phone talks on Saturday reaffirmed close cooperation between their countries.",
                                "2019-12-21");
    const kg::Relation* call = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    const auto y = kg_test::run("News\n\nMOSCOW, November 26. /TASS/. Russian President Mark Hale and French President Tom "
                                "Reyes, have begun talks in the Kremlin, in the course of which they are expected to "
                                "discuss Syria.",
                                "2015-11-26");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (careers begun are no talks)
    const auto z = kg_test::run("News\n\nPresident Mark Hale and President Tom Reyes began their careers in Kyiv.", "2015-11-26");
    CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names: 'paid a courtesy call on the Sultan of Brunei Sultan Hassanal Bolkiah': after an office and its country, a one-word title before a name of two words is the ruler's title, not a given name, and 'the Prime Minister of Bangladesh Sheikh Hasina' keeps hers") {
    const auto x = kg_test::run("News\n\nPrime Minister Mark Hale said he paid a courtesy call on the Sultan of Brunei Sultan "
                                "Tom Reyes.",
                                "2023-05-10");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(!entity(x, kg::EntityType::Person, "Sultan Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("News\n\nPrime Minister Mark Hale said he met with the Prime Minister of Bangladesh Sheikh "
                                "Hasina and they discussed trade.",
                                "2023-05-10");
    CHECK(entity(y, kg::EntityType::Person, "Sheikh Hasina"));
}

TEST_CASE("meetings: 'I also held a bilateral meeting with my counterpart from Timor Leste, A': the country written without its hyphen names the counterpart's country") {
    const auto x = kg_test::run("News\n\nPrime Minister Mark Hale spoke. \u201cAfter that, I also held a bilateral meeting with "
                                "my counterpart from Timor Leste, Tom Reyes where I reiterated my full support,\u201d he said.",
                                "2023-05-10");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'The prime minister gave B an explanation on the result of his meeting with C': the meeting is the subject's, not the one told of it") {
    const auto x = kg_test::run("News\n\nPrime Minister Mark Hale and President Tom Reyes held phone talks on Saturday. The "
                                "prime minister gave Reyes an explanation on the result of his meeting with Iranian "
                                "President Ann Lanz in Tokyo on Friday.",
                                "2019-12-21");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'The meeting also was attended by A and B': the adverb before the auxiliary (the-meeting-was-attended-by)") {
    const auto x = kg_test::run("News\n\nForeign Minister Mark Hale met Foreign Minister Tom Reyes on Monday. The meeting "
                                "also was attended by state minister Ann Lanz.",
                                "2017-12-04");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("names: a generational numeral alone is no name ('Mr. Mark Hale King III' is not a person 'III'), and one person's suffix does not draw another's mention ('King III' is not Robert Shriver III)") {
    const auto x = kg_test::run("Guests\n\nThe Honorable Ann Lanz, Director & Mr. Tom Reyes III, Deputy Director\nMr. Mark "
                                "Hale King III & Mrs. Joan Hale King",
                                "2023-01-16");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes III"));
    CHECK(!entity(x, kg::EntityType::Person, "Iii"));
    CHECK(!has_alias(entity(x, kg::EntityType::Person, "Tom Reyes III"), "King III"));
}

TEST_CASE("dates: 'President A spoke today with President B ... to discuss the response to the attack on April 4th', 'met today with C to prepare for the June 29-30 Summit': 'today' beside the meeting's verb dates it, not a date of what was discussed (day-word-at-verb)") {
    const auto x = kg_test::run("Office of the Press Secretary\n\nApril 17, 2017\n\nReadout of President Mark Hale's Call "
                                "with President Tom Reyes of Turkey\n\nPresident Mark Hale spoke today with President "
                                "Tom Reyes of Turkey to congratulate him on his recent victory and to discuss the "
                                "response to the use of chemical weapons on April 4th.",
                                "2017-04-17");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2017-04-17");
    const auto y = kg_test::run("Readout of President Hale's Meeting with Secretary General Ann Lanz\n\n2022-06-02\n\n"
                                "President Mark Hale met today with Secretary General Ann Lanz of the North Atlantic Treaty "
                                "Organization (NATO) to prepare for the June 29-30 NATO Summit in Madrid.",
                                "2022-06-02");
    CHECK(kg_test::met_date(y, "Mark Hale", "Ann Lanz") == "2022-06-02");
    // (a date beside "today" is the meeting's: "met today, March 5, with")
    const auto z = kg_test::run("Readout\n\nMarch 6, 2022\n\nPresident Mark Hale met on March 5 with Secretary General "
                                "Ann Lanz to prepare for the summit.",
                                "2022-03-06");
    CHECK(kg_test::met_date(z, "Mark Hale", "Ann Lanz") == "2022-03-05");
}

TEST_CASE("roles: 'Mohamed X, director general of the International Atomic Energy Agency (IAEA), said' (an office in lower case with no article in the apposition) and 'OSCE Parliamentary Assembly President A' (a body read by its head noun before the office) hold their offices in those bodies") {
    const auto x = kg_test::run("News\n\nMark Hale, director general of the International Atomic Energy Agency (IAEA), said on "
                                "Friday that the plan would be concluded within two months.",
                                "2007-06-02");
    CHECK(kg_test::role_title(x, "Mark Hale", "International Atomic Energy Agency") == "director general");
    const auto y = kg_test::run("News\n\nVIENNA, 17 January 2019 - Baltic Parliamentary Assembly President Mark Hale met on "
                                "Wednesday with Speaker Tom Reyes.",
                                "2019-01-17");
    CHECK(kg_test::role_title(y, "Mark Hale", "Baltic Parliamentary Assembly") == "President");
}

TEST_CASE("roles: 'The talks were attended on the Saudi side by Chief of General Intelligence Prince A, Minister of Finance Dr. B ...', '(Ambassador C, Deputy Secretary D, etc. joined from the U.S. side ...)': an office before the name in a delegation side's list is held in that side's country (side-title)") {
    const auto x = kg_test::run("Kings hold talks\n\nJuly 30, 2010\n\nKing Mark Hale and King Tom Reyes co-chaired talks in Amman. "
                                "King Reyes thanked Saudi Arabia for its support.\n\nThe talks were attended on the Saudi "
                                "side by Chief of General Intelligence Prince Ann Lanz; Minister of Finance Dr. Joe Brill; "
                                "and senior officials.",
                                "2010-07-30");
    CHECK(kg_test::role_title(x, "Ann Lanz", "Saudi Arabia") == "Chief of General Intelligence");
    CHECK(kg_test::role_title(x, "Joe Brill", "Saudi Arabia") == "Minister of Finance");
    const auto y = kg_test::run("Meeting\n\nOn April 17, Foreign Minister Mark Hale of Japan held a meeting with Secretary of State Tom "
                                "Reyes of the United States. (Ambassador Ann Lanz, Deputy Secretary Joe Brill, etc. joined "
                                "from the U.S. side; State Secretary Sam Ode, Ambassador Ken Oda, etc. joined from the "
                                "Japanese side).",
                                "2011-04-17");
    CHECK(relation(y, kg::RelationType::Role, "Ann Lanz", "United States"));
    CHECK(relation(y, kg::RelationType::Role, "Sam Ode", "Japan"));
    CHECK(!relation(y, kg::RelationType::Role, "Sam Ode", "United States"));
    // (a list of offices before names, each after a comma)
    const auto z = kg_test::run("Fact sheet\n\nThe dialogue tracks are led on the U.S. side by Secretary Tom Reyes, "
                                "Administrator Ann Lanz, Secretary Joe Brill, and Secretary Sam Ode.",
                                "2023-09-05");
    CHECK(kg_test::role_title(z, "Joe Brill", "United States") == "Secretary");
    CHECK(kg_test::role_title(z, "Ann Lanz", "United States") == "Administrator");
    // (the office of the person before, in a list of appositions, is not the next one's)
    const auto w = kg_test::run("Meeting\n\nOn June 21, Mr. Mark Hale, Minister for Foreign Affairs of Japan, held a meeting "
                                "with Mr. Tom Reyes. (From the Japanese side, Mr. Ann Lanz, Deputy Minister for Foreign "
                                "Affairs, Mr. Joe Brill, Director-General, Asian Affairs Bureau, and others attended the "
                                "meeting.)",
                                "2016-06-21");
    CHECK(kg_test::role_title(w, "Joe Brill", "Japan") != "Minister for Foreign Affairs");
}

TEST_CASE("meetings: 'the Minister, A, met with the foreign ambassadors recently accredited to Latvia: the Ambassador of Estonia, B ... the Ambassador of Italy, C ...': a group with its plural noun anywhere before the colon met together, semicolons between its items or not (group-colon)") {
    const auto y = kg_test::run("Minister meets ambassadors\n\nOn 30 September 2022, the Minister of Foreign Affairs, Mark Hale, "
                                "met with the foreign ambassadors recently accredited to Latvia: the Ambassador of Estonia, "
                                "Tom Reyes; the Ambassador of Italy, Ann Lanz; and the Ambassador of Canada, Joe Brill.",
                                "2022-09-30");
    CHECK(kg_test::pairs_not_met(y, {"Mark Hale", "Tom Reyes", "Ann Lanz", "Joe Brill"}, "2022-09-30") == "");
    // (a list after a colon with no group before it is no group: "met with: A; B" is a round)
    const auto z = kg_test::run("Minister meets\n\nOn 30 September 2022, Minister Mark Hale met President Tom Reyes; "
                                "Ann Lanz, Mayor of Riga; and Joe Brill, Speaker of the Saeima.",
                                "2022-09-30");
    CHECK(!relation(z, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("names and meetings: 'had a meeting with the OSCE Minsk Group Co-Chairs A, B, C and Ambassador D': the plural of co-chair before a list of names") {
    const auto x = kg_test::run("Visit\n\n26 September, 2012\n\nOn the same day, Foreign Minister Mark Hale had a meeting with the "
                                "OSCE Minsk Group Co-Chairs Tom Reyes, Ann Lanz, Joe Brill and Ambassador Sam Ode.",
                                "2012-09-26");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Sam Ode"));
}

TEST_CASE("meetings: 'The Sultanate's side was chaired by A, ..., whilst the Qatari side was chaired by B, ...' (two sides, one named by a possessive) and 'The talks session was attended from the Omani side by C and D' (the-meeting-was-attended-on-side-by)") {
    const auto x = kg_test::run("Talks\n\nMuscat: An official session of talks was held between the Sultanate and the State of Qatar "
                                "on Sunday.\n\nThe Sultanate\u2019s side was chaired by Sayyid Mark Hale, Minister Responsible "
                                "for Foreign Affairs, whilst the Qatari side was chaired by Dr Tom Reyes, Deputy Prime "
                                "Minister.\n\nThe talks session was attended from the Omani side by Lt Gen Ann Lanz, Chief of "
                                "Staff, and Rear Admiral Joe Brill, Commander of the Navy.",
                                "2019-05-05");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
}

TEST_CASE("meetings: 'Prime Minister A on Tuesday received telephone calls from his British counterpart B and German Chancellor C': plural calls with no article, one call with each caller (received-call)") {
    const auto x = kg_test::run("Leaders call PM\n\nPublished August 18, 2021\n\nISLAMABAD: Prime Minister Mark Hale on Tuesday "
                                "received telephone calls from his British counterpart Tom Reyes and German Chancellor Ann "
                                "Lanz and they exchanged views on the latest situation.",
                                "2021-08-18");
    const kg::Relation* call = relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'President A and President B are meeting in Nairobi' (the news's present of a pair) and 'Other Presidents present are C and D', 'E is also present' (those present joined it)") {
    const auto x = kg_test::run("Leaders meet\nMonday June 20 2022\nPresident Mark Hale and President Tom Reyes are meeting in "
                                "Nairobi for the first time since the fallout.\nOther Presidents present are Uganda\u2019s "
                                "Ann Lanz and Joe Brill of South Sudan.",
                                "2022-06-20");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    // (a meeting noun after a pair is no meeting of theirs: "A and B meeting rooms")
    const auto y = kg_test::run("Notice\n\nPresident Mark Hale and President Tom Reyes meeting rooms are closed.", "2022-06-20");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("dates: with no date near the top, a closing line of a place and a date ('St. Petersburg, 17 June 2016') dates the release, so 'met yesterday' is the day before (closing-date-line)") {
    const auto x = kg_test::run("Readout of the Secretary-General with H. E. Mark Hale, President of the Russian Federation\n\n"
                                "Secretary-General Tom Reyes met yesterday with H.E. Mr. Mark Hale, President of the Russian "
                                "Federation.\n\nThe Secretary-General and the President discussed the situation in Syria. "
                                "They shared the sense of urgency.\n\nThey exchanged views on the dialogue.\n\nThey "
                                "welcomed developments on access.\n\nThe Secretary-General expressed his concern.\n\n"
                                "They discussed ways to defuse tensions.\n\nThe Secretary-General thanked the "
                                "Government.\n\nHe expressed his hope for ratification.\n\nSt. Petersburg, 17 June 2016",
                                "");
    CHECK(x.document.date == "2016-06-17");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2016-06-16");
}

TEST_CASE("meetings: 'A and B paid introductory calls on C on 27 and 28 October respectively': each caller met C, the callers not each other (respective-subjects), 'paid an introductory call on' with 'an'") {
    const auto x = kg_test::run("Press Statement\n\n28 Oct 2015\n\nThe US Ambassador to Singapore H.E. Mark Hale and Chinese "
                                "Ambassador to Singapore H.E. Tom Reyes paid introductory calls on Minister for Foreign "
                                "Affairs Dr Ann Lanz on 27 and 28 October 2015 respectively.",
                                "2015-10-28");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Press Statement\n\n28 Oct 2015\n\nAmbassador Joe Brill paid an introductory call on Minister "
                                "Sam Ode on 27 October 2015.",
                                "2015-10-28");
    const kg::Relation* call = relation(y, kg::RelationType::Met, "Joe Brill", "Sam Ode");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "courtesy-call");
}

TEST_CASE("meetings: 'X met with officials of the Government. His schedule was as follows:' then '(1) Ambassador A, ...: ... on April 9', '(3) Mr. B, ...: ... p.m. April 10': one meeting an item, on its own day (schedule-list)") {
    const auto x = kg_test::run("Vice-Minister to Visit\n\nApril 22, 2008\n\n1.  Mr. Mark Hale, Vice-Minister for Foreign Affairs, "
                                "who visited Washington D.C., met with officials of the Government of the United States.  His "
                                "schedule was as follows:\n\n(1) Ambassador Tom Reyes, Deputy Secretary of State: for about 1 "
                                "hour from 1:00 p.m. on April 9 (Working Lunch)\n\n(2) Mr. Ann Lanz, Deputy Secretary of "
                                "Defense: for about 30 minutes from 2:15 p.m. April 10\n\n(3) Mr. Joe Brill, Assistant to the "
                                "Vice President: for about 30 minutes from 4:15 p.m. on April 10\n\n2. Both sides agreed to "
                                "continue to strengthen the alliance.",
                                "2008-04-22");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2008-04-09");
    CHECK(kg_test::met_date(x, "Mark Hale", "Ann Lanz") == "2008-04-10");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: '(Japanese officials in attendance included A, B. Australian officials in attendance included C and D.)' joined the meeting told before (officials-in-attendance-included)") {
    const auto x = kg_test::run("Summit Meeting\nSeptember 25, 2012\nAt 10:50 am on Tuesday, September 25, Prime Minister Mark "
                                "Hale held a summit meeting with the Hon Tom Reyes, Prime Minister of Australia. The following "
                                "is an overview of the meeting (Japanese officials in attendance included Prime Minister Hale; "
                                "Mr. Ann Lanz, Deputy Chief Cabinet Secretary. Australian officials in attendance included "
                                "Prime Minister Reyes; and Dr. Joe Brill, National Security Adviser.):",
                                "2012-09-25");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("meetings and names: 'The visiting Ministers and other dignitaries called on X. These included A from Bangladesh, B from Bhutan and C from Japan': each met X (these-included), and names in a list of 'from <country>' are people (name-of-country-list)") {
    const auto x = kg_test::run("Calls on the Minister\n\n04 February 2023\n\nThe visiting Foreign Ministers and other dignitaries "
                                "called on Foreign Minister Mark Hale at the Foreign Ministry in Colombo on 03 February 2023.\n\n"
                                "These included Dr. Tom Reyes from Bangladesh, Ann Lanz from Bhutan, and Joe Brill from Japan.",
                                "2023-02-04");
    CHECK(entity(x, kg::EntityType::Person, "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    // (no group named in the plural before: "They included" tells of something else)
    const auto y = kg_test::run("Talks\n\n04 February 2023\n\nForeign Minister Mark Hale met the press in Colombo.\n\nThey "
                                "included Tom Reyes from Bangladesh and Ann Lanz from Bhutan.",
                                "2023-02-04");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'Among those that Mr X met during his visit were Deputy Secretary A, Deputy Secretary of Defence-designate B and Ambassador C': one meeting each (among-those-met), '-designate' ends the office, not the name") {
    const auto x = kg_test::run("Visit to Washington\n\nForeign Minister Mark Hale completed a visit to Washington this week.\n\n"
                                "Among those that Mr Hale met during his visit were Deputy Secretary of State Tom Reyes, Deputy "
                                "Secretary of Defence-designate Ann Lanz, and Ambassador Joe Brill, recently appointed.",
                                "2005-03-04");
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("meetings: '\"Our talks in Papeete today with A and B reinforced ...\", Mr X says': the speaker of the quotation held the talks (quote-speaker, a possessive before the meeting noun)") {
    const auto x = kg_test::run("Minister wraps up engagements\n\nOctober 2, 2024\n\nForeign Minister Mark Hale today wrapped up a "
                                "week of engagements.\n\n\u201cOur talks in Papeete today with President Tom Reyes and High "
                                "Commissioner Ann Lanz reinforced the warm relationships\u201d, Mr Hale says.",
                                "2024-10-02");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("names and meetings: 'Minister A and her British counterpart William Hague committed both countries to ...': a counterpart's family name that is also a place, and a pair's commitment (pair-met), 'A and B have committed to never raising taxes' is a pledge, not a meeting") {
    const auto x = kg_test::run("Visit concluded\n\nMarch 3, 2012\n\nDuring interactions, Minister Ann Lanz and her British "
                                "counterpart William Hague committed both countries to work together.",
                                "2012-03-03");
    CHECK(entity(x, kg::EntityType::Person, "William Hague"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "William Hague"));
    const auto y = kg_test::run("Statement\n\nMarch 3, 2012\n\nPresident Mark Hale and Vice President Tom Reyes have committed to "
                                "never raising taxes on working families.",
                                "2012-03-03");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names: 'HE Lord Tariq Ahmed', 'Minister of State Lord A' (a peer's style, not the name, not 'Lord Mayor'), 'Commodore A' (a rank), 'Mike B' then 'Michael B' (the given name's full form names the person)") {
    const auto x = kg_test::run("Meeting\n\nMay 3, 2021\n\nDr. Mark Hale met today with HE Lord Tom Reyes, Minister of State, who "
                                "is visiting the country. Later, Prime Minister Sam Ode paid a courtesy visit to his counterpart "
                                "Commodore Joe Brill.",
                                "2021-05-03");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(!entity(x, kg::EntityType::Person, "Lord Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Sam Ode", "Joe Brill"));
    const auto y = kg_test::run("Minh talks with US Secretary of State Mike Pompeo\n\nMay 3, 2020\n\nMinister Ann Lanz held phone "
                                "discussions with US Secretary of State Michael Pompeo. Pompeo said.",
                                "2020-05-03");
    CHECK(entity(y, kg::EntityType::Person, "Michael Pompeo"));
    CHECK(!entity(y, kg::EntityType::Person, "Mike Pompeo"));
    // (a Lord Mayor is an office)
    const auto z = kg_test::run("Visit\n\nMay 3, 2021\n\nMinister Mark Hale met the Lord Mayor Tom Reyes in London.", "2021-05-03");
    CHECK(entity(z, kg::EntityType::Person, "Tom Reyes"));
    CHECK(!entity(z, kg::EntityType::Person, "Mayor Tom Reyes"));
}

TEST_CASE("meetings: 'On 28 and 29 April Foreign Minister X holds talks with the Norwegian Government and Y in Oslo': a release's present of days that have come, a body before the person met") {
    const auto x = kg_test::run("Foreign Minister visits Norway\n\n29.04.2014 - Article\n\nOn 28 and 29 April Foreign Minister Mark "
                                "Hale holds talks with the Norwegian Government and NATO Secretary General designate Tom Reyes "
                                "in Oslo.",
                                "2014-04-29");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    // (no day told: an announcement)
    const auto y = kg_test::run("Foreign Minister to visit Norway\n\n29.04.2014 - Article\n\nForeign Minister Mark Hale holds "
                                "talks with NATO Secretary General Tom Reyes in Oslo.",
                                "2014-04-29");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: a caption's 'X, Foreign Affairs Minister engages in bilateral discussions with H.E. Y', 'X, in a phone call on Saturday with King Y, expressed ...' (call-with past the day)") {
    const auto x = kg_test::run("Caption\n\nMay 13, 2022\n\nCaption: Sen. the Hon. Ann Lanz, Foreign Affairs Minister engages in "
                                "bilateral discussions with H.E. Joe Brill, Vice Minister of Multilateral Affairs.",
                                "2022-05-13");
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
    const auto y = kg_test::run("King condemns attack\n\nSeptember 14, 2019\n\nHis Majesty King Mark Hale, in a phone call on Saturday "
                                "with King Tom Reyes of Saudi Arabia, expressed utter condemnation of the attack.",
                                "2019-09-14");
    const kg::Relation* call = relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
}

TEST_CASE("meetings: 'X took part in the annual Baltic Council. In a meeting with the Foreign Minister of Estonia, A, and the Foreign Minister of Lithuania, B, cooperation was discussed': the release's principal met each of the list (opening-meeting-with)") {
    const auto x = kg_test::run("Latest news\n\nOn 6 November 2020, the Minister of Foreign Affairs, Mark Hale, took part in the annual "
                                "Baltic Council in Tallinn.\n\nIn a meeting with the Foreign Minister of Estonia, Tom Reyes, and "
                                "the Foreign Minister of Lithuania, Ann Lanz, further cooperation during the crisis and the "
                                "election were discussed.",
                                "2020-11-06");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'X received the Letters of Credence of two envoys. They are, A, Cuban Ambassador, and Madam B' (these-included after 'are'), not 'They were joined by'") {
    const auto x = kg_test::run("Envoys\n\nSaturday, 2 April 2016\n\nPresident Mark Hale, on Friday, received the Letters of Credence "
                                "of two envoys who have been assigned to Ghana.\n\nThey are; Tom Reyes, Cuban Ambassador to "
                                "Ghana, and Madam Ann Lanz, the Sierra Leonean High Commissioner to Ghana.",
                                "2016-04-02");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings and names: 'PRESS RELEASE : A B meeting with Chancellor C' (a heading's subject), 'Capt. A', 'the French Chief of the General Staff' (an office, no one named)") {
    const auto x = kg_test::run("PRESS RELEASE : Mark Hale meeting with Chancellor Reyes of Germany [October 2023]\n\nThe two leaders "
                                "met today.",
                                "2023-10-02");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Reyes"));
    const auto y = kg_test::run("Readout\n\nMay 3, 2017\n\nPentagon Spokesman Capt. Joe Brill provided the following readout. The "
                                "meeting was attended by the French Chief of the General Staff.",
                                "2017-05-03");
    CHECK(entity(y, kg::EntityType::Person, "Joe Brill"));
    CHECK(!entity(y, kg::EntityType::Person, "Staff"));
}

TEST_CASE("meetings: 'A, President B's special representative, met with C ... and special representative of President D': A met C, neither B (whose representative A is) nor D (whom C represents)") {
    const auto x = kg_test::run("Readout\n\nJuly 28, 2009\n\nThis evening in Beijing, U.S. Treasury Secretary Mark Hale, President Tom "
                                "Reyes's special representative, met with his counterpart Vice Premier Ann Lanz of the State "
                                "Council and special representative of Chinese President Joe Brill.",
                                "2009-07-28");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("events: 'met X on the sidelines of the United Nations General Assembly' (the assembly's session, an event both attended: session-assembly), 'addressed the Parliamentary Assembly' (the body)") {
    const auto x = kg_test::run("Readout\n\nSeptember 21, 2022\n\nPresident Mark Hale met with Prime Minister Tom Reyes on the sidelines "
                                "of the United Nations General Assembly in New York.",
                                "2022-09-21");
    CHECK(entity(x, kg::EntityType::Event, "United Nations General Assembly"));
    CHECK(relation(x, kg::RelationType::Attended, "Mark Hale", "United Nations General Assembly"));
    CHECK(relation(x, kg::RelationType::Attended, "Tom Reyes", "United Nations General Assembly"));
    const auto y = kg_test::run("Visit\n\nSeptember 30, 2019\n\nThe Minister of State, Ann Lanz, addressed the Parliamentary Assembly "
                                "of the Council of Europe (PACE).",
                                "2019-09-30");
    CHECK(!entity(y, kg::EntityType::Event, "Parliamentary Assembly"));
    CHECK(!relation(y, kg::RelationType::Attended, "Ann Lanz", "Parliamentary Assembly"));
}

TEST_CASE("names: 'Dr. Martin Luther King Jr.', 'Senator Angus King,': a title word that no name uses elsewhere closes a name as its family name (title-word-surname), not 'Michael Dolan, Senior Director,' nor '..., Branch Chief,'") {
    const auto x = kg_test::run("Statement\n\nJanuary 15, 2022\n\nToday we honor Dr. Mark King Jr. and his legacy. Senator Tom King, "
                                "of Maine, joined. Ann Lanz, Senior Director, spoke. Her posts included Acting Chief Counsel, "
                                "Branch Chief, and Deputy Branch Chief.",
                                "2022-01-15");
    CHECK(entity(x, kg::EntityType::Person, "Mark King"));
    CHECK(entity(x, kg::EntityType::Person, "Tom King"));
    CHECK(!entity(x, kg::EntityType::Person, "Senior Director"));
    CHECK(!entity(x, kg::EntityType::Person, "Branch Chief"));
}

TEST_CASE("meetings: 'X met with his counterparts from several other countries, including A of Portugal. Others include B of Ivory Coast, C of Namibia and D of Greece': each met X (these-included after a meeting with one of the group)") {
    const auto x = kg_test::run("Minister meets counterparts\n\nSeptember 23, 2021\n\nMinister Mark Hale also met with his counterparts "
                                "from several other countries, including Minister Sam Ode of Portugal.\n\nOthers include Tom Reyes "
                                "of Ivory Coast, Ann Lanz of Namibia, and Joe Brill of Greece.",
                                "2021-09-23");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Sam Ode"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'A has discussed with B on the situation' (a counterpart named without a title after 'discussed with'), 'X said the discussions with President Y centred on ...' (said-talks-with)") {
    const auto x = kg_test::run("Talks\n\nFebruary 19, 2021\n\nDeputy Prime Minister Mark Hale has discussed with Tom Reyes on the "
                                "current situation.",
                                "2021-02-19");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Hale hosts Presidents\n\nMarch 8, 2023\n\nPresident Ann Lanz on Wednesday held talks with two "
                                "Presidents in separate meetings. Through his Twitter handle, Lanz said the discussions with "
                                "President Joe Brill centred on the security situation.",
                                "2023-03-08");
    CHECK(relation(y, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
}

TEST_CASE("meetings and names: 'X concluded a visit to New Zealand. During discussions with Prime Minister A, and Opposition Leader B, both parties reinforced ...' (the principal met each), 'Prime Minister Charlot Salwai' and 'Hon. Charlot Salwai Tabimasmas' are one person, not 'Brian Deese Port'") {
    const auto x = kg_test::run("Visit concluded\n\nJuly 24, 2024\n\nVanuatu Prime Minister Mark Hale Tabimasmas concluded a significant "
                                "visit to New Zealand. During discussions with New Zealand Prime Minister Tom Reyes, and "
                                "Opposition Leader Ann Lanz, both parties reinforced their commitment. The handover by the "
                                "Prime Minister Hon. Mark Hale Tabimasmas followed.",
                                "2024-07-24");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale Tabimasmas", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale Tabimasmas", "Ann Lanz"));
    const auto y = kg_test::run("Visit\n\nJuly 24, 2024\n\nPrime Minister Joe Brill visited Auckland. The Hon. Joe Brill Tabimasmas "
                                "spoke.",
                                "2024-07-24");
    CHECK(entity(y, kg::EntityType::Person, "Joe Brill Tabimasmas"));
    CHECK(!entity(y, kg::EntityType::Person, "Joe Brill"));
    const auto z = kg_test::run("Statement\n\nJuly 24, 2024\n\nDirector Sam Ode Port visited the site. Director Sam Ode spoke.",
                                "2024-07-24");
    CHECK(entity(z, kg::EntityType::Person, "Sam Ode"));
}

TEST_CASE("names and meetings of the news: 'his Uruguayan colleague A' (a colleague named like a counterpart), 'Prime Minister Mohammed Shia' al-Sudani' (an apostrophe that closes a part), 'President Hassan Sheikh Mohamud' (Sheikh inside a name, not after 'H.H.'), 'Minister Mitov Participates in' (a headline's verb), 'A and B on Tuesday discussed over the phone'") {
    const auto x = kg_test::run("Ministers meet\n\nOctober 5, 2021\n\nArgentine Foreign Minister Mark Hale Tuesday met in Buenos Aires "
                                "with his Uruguayan colleague Tom Reyes in a move to patch things up.",
                                "2021-10-05");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Erdogan meets leaders\n\nApril 5, 2025\n\nPresident Ann Lanz met separately with Iraqi Prime Minister "
                                "Sam Shia' al-Ode and with Somali President Joe Sheikh Brill on the margins of the meeting. "
                                "H.H. Sheikh Tom Reyes attended.",
                                "2025-04-05");
    CHECK(entity(y, kg::EntityType::Person, "Sam Shia' al-Ode"));
    CHECK(relation(y, kg::RelationType::Met, "Ann Lanz", "Joe Sheikh Brill"));
    CHECK(!entity(y, kg::EntityType::Person, "H. H. Sheikh Tom Reyes"));
    const auto z = kg_test::run("Foreign Minister Hale Participates in Council Meeting\n\nAMMAN, March 7, 2017 \u2014 His Majesty King "
                                "Mark Hale and US President Tom Reyes on Tuesday discussed over the phone cooperation ties.",
                                "2017-03-07");
    CHECK(!entity(z, kg::EntityType::Person, "Hale Participates"));
    CHECK(relation(z, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names and meetings: 'Consul A, Consular Attache B, and Mr. C, ..., were present' (consular offices, joined by was-present), 'President of the Riigikogu (Parliament of Estonia) Lauri Hussar and Minister D underlined ... at their meeting' (a body's gloss in brackets, then a name whose last word is a word)") {
    const auto x = kg_test::run("Consul General Meets Joint Secretary\n\nJune 3, 2015\n\nMr. Mark Hale, Consul General of China in Kolkata, "
                                "met with Mr. Tom Reyes, Joint Secretary, at India's Ministry of External Affairs (MEA). Consul "
                                "Ann Lanz, Consular Attache Joe Brill, and Mr. Sam Ode, Under Secretary of MEA, were present.",
                                "2015-06-03");
    CHECK(entity(x, kg::EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto y = kg_test::run("Talks\n\nMay 3, 2024\n\nPresident of the Riigikogu (Parliament of Estonia) Lauri Hussar and Minister "
                                "of Foreign Affairs of Latvia Baiba Braze underlined the importance of parliamentary diplomacy at "
                                "their meeting today.",
                                "2024-05-03");
    CHECK(entity(y, kg::EntityType::Person, "Lauri Hussar"));
    CHECK(relation(y, kg::RelationType::Met, "Lauri Hussar", "Baiba Braze"));
}

TEST_CASE("meetings and names: 'H.E. Mr. A, Vice Minister for Foreign Affairs discussed with H.E. Mr. B' (an apposition whose closing comma is left out), 'who came to attend Lithuania's Independence Day events' names no one") {
    const auto x = kg_test::run("Meeting\n\nJuly 31, 2024\n\nOn 31 July 2024, H.E. Mr. Mark Hale, Vice Minister for Foreign Affairs "
                                "discussed with H.E. Mr. Tom Reyes, Ambassador of the State of Palestine.",
                                "2024-07-31");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Meeting\n\nFebruary 16, 2013\n\nSpeaker Ann Lanz, who came to attend Lithuania\u2019s Independence Day "
                                "events, had a meeting with Speaker Joe Brill. Earth Day was marked.",
                                "2013-02-16");
    CHECK(!entity(y, kg::EntityType::Person, "Independence Day"));
    CHECK(!entity(y, kg::EntityType::Person, "Earth Day"));
    CHECK(relation(y, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
}

TEST_CASE("dates: 'Addis Ababa February 19/2021 (ENA) President X discussed with Y on Thursday': a dateline of a place in title case, the date with its year after a slash and an agency in capitals dates the release") {
    const auto x = kg_test::run("Addis Ababa February 19/2021 (ENA) President Mark Hale discussed with Foreign Minister Tom Reyes on "
                                "Thursday.\n\nThey discussed the situation.",
                                "");
    CHECK(x.document.date == "2021-02-19");
    CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2021-02-18");
    // (a body's sentence with a bracket is no dateline)
    const auto y = kg_test::run("Notes\n\nIn the long talks held in the capital city on February 19/2021 (see above) President "
                                "Mark Hale spoke at length about many things.",
                                "");
    CHECK(y.document.date.empty());
}

TEST_CASE("meetings: 'The high-level delegation led by A comprises of minister B and chief C. The delegation held a closed-door meeting with President D': the delegation's head (a name after 'led by') and members met D (delegation-reference), not 'The interagency delegation met with the Prime Ministers of ...'") {
    const auto x = kg_test::run("Minister arrives in Juba\n\nJune 3, 2018\n\nThe high-level delegation led by Mark Hale Ahmed comprises "
                                "of oil minister Tom Reyes, national security chief Ann Lanz and other officials.\n\nThe "
                                "delegation held a closed-door meeting with South Sudan President Joe Brill upon arrival.",
                                "2018-06-03");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale Ahmed"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale Ahmed", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
    const auto y = kg_test::run("Delegation travels\n\nMarch 28, 2023\n\nThe delegation, led by Ambassador Mark Hale and Deputy "
                                "Assistant Secretary Tom Reyes, visited the region. The interagency delegation met with the "
                                "Prime Ministers of Papua New Guinea, Solomon Islands and Fiji.",
                                "2023-03-28");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'On Thursday, the members of the Foreign Affairs Committee met with President X. ... The delegation of the Foreign Affairs Committee includes the Chairman A and Deputy Chairman B' (a delegation's people join the meeting its group held with one person: group-delegation)") {
    const auto x = kg_test::run("Committee visits Finland\n\nOn Thursday, the members of the Foreign Affairs Committee of the Riigikogu "
                                "met with the President of Finland Mark Hale in Helsinki. The situation was discussed.\n\nThe "
                                "delegation of the Foreign Affairs Committee of the Riigikogu includes the Chairman Tom Reyes, "
                                "Deputy Chairman Ann Lanz and others.",
                                "2014-05-08");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("names: 'Posted by A on Oct 24, 2011' (a site's byline), 'met with her counterparts A of Canada and B of Colombia' (a list of names each of a country, one of them read already)") {
    const auto x = kg_test::run("Posted by Mark Hale on Oct 24, 2011 Leave a comment\n\nForeign Minister Tom Reyes met Foreign Minister "
                                "Ann Lanz in Caracas.",
                                "");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    const auto y = kg_test::run("Ministers meet\n\nLima, August 8, 2017\n\nPeru's Foreign Affairs Minister Mark Hale on Tuesday met "
                                "with her counterparts Tom Reyes of Canada and Ann Maria Lanz of Colombia prior to the meeting.",
                                "2017-08-08");
    CHECK(entity(y, kg::EntityType::Person, "Ann Maria Lanz"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Maria Lanz"));
}

TEST_CASE("names: 'oil minister A B', 'health minister C D' (a portfolio and 'minister' in lower case, as the news writes them, before a name: lower-case-minister), not 'health minister Mark Hale Foundation'") {
    const auto x = kg_test::run("Minister arrives\n\nJune 3, 2018\n\nThe delegation comprises of oil minister Mark Hale and health "
                                "minister Tom Reyes.",
                                "2018-06-03");
    CHECK(entity(x, kg::EntityType::Person, "Mark Hale"));
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    const auto y = kg_test::run("Grant\n\nJune 3, 2018\n\nThe grant went to the health minister Ann Lanz Foundation.", "2018-06-03");
    CHECK(!entity(y, kg::EntityType::Person, "Ann Lanz"));
}

TEST_CASE("names: 'met with the Ambassador of Canada to Kabul A B, this afternoon' (an envoy sent to a capital), not 'Legal Affairs Secretary to California Governor C D' (an aide of an office)") {
    const auto x = kg_test::run("Meeting\n\nKABUL, May 2, 2023 - Acting Foreign Minister Mark Hale met with the Ambassador of Canada to "
                                "Kabul Tom Reyes, this afternoon.",
                                "2023-05-02");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    const auto y = kg_test::run("Nomination\n\nMay 2, 2023\n\nShe served as Legal Affairs Secretary to California Governor Ann Lanz. "
                                "Governor Lanz praised her.",
                                "2023-05-02");
    CHECK(!entity(y, kg::EntityType::Person, "Governor Ann Lanz"));
}

TEST_CASE("names: 'he was received by the Secretary to the Government of the Federation, A B, and Mr C' (an office 'to the' government it serves, then the name after its comma)") {
    const auto x = kg_test::run("Visit\n\nMay 2, 2024\n\nOn arrival in Abuja, Mr Mark Hale was received by the Secretary to the "
                                "Government of the Federation, Tom Reyes, and Mr Ann Lanz.",
                                "2024-05-02");
    CHECK(entity(x, kg::EntityType::Person, "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'Administrator A began the day meeting with the President of Moldova B on the sidelines of the United Nations General Assembly' (a participle after a span of time begun), not 'began the day with a speech'") {
    const auto x = kg_test::run("Readout\n\nSeptember 20, 2022\n\nOn September 20, Administrator Mark Hale began the day meeting with "
                                "the President of the Republic of Moldova Tom Reyes on the sidelines of the United Nations "
                                "General Assembly.",
                                "2022-09-20");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Attended, "Tom Reyes", "United Nations General Assembly"));
    const auto y = kg_test::run("Readout\n\nSeptember 20, 2022\n\nAdministrator Ann Lanz began the day with a speech. President "
                                "Joe Brill spoke later.",
                                "2022-09-20");
    CHECK(!relation(y, kg::RelationType::Met, "Ann Lanz", "Joe Brill"));
}

TEST_CASE("meetings: 'X has conferred with Foreign Affairs Ministers of various countries. X exchanged views with Minister A, Spain's Minister B and Minister C': one meeting with each (various-countries), the ministers not with one another") {
    const auto x = kg_test::run("Talks\n\nFebruary 15, 2023\n\nDeputy Prime Minister Mark Hale has conferred with Foreign Affairs Ministers "
                                "of various countries.\n\nHale exchanged views with Foreign Minister Tom Reyes, Spain\u2019s "
                                "Foreign Minister Ann Lanz and Foreign Minister Joe Brill.",
                                "2023-02-15");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'Ambassador A then presented her credentials to President B and also met Minister C': A met C, not B (object-before-and)") {
    const auto x = kg_test::run("Credentials\n\nAugust 24, 2012\n\nAmbassador Mark Hale then presented her credentials to President Tom "
                                "Reyes and also met Minister of Foreign Affairs and Trade Ann Lanz.",
                                "2012-08-24");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'Ambassador X paid a courtesy call on T.H. A, Governor of Yap state, T.H. B, Speaker of the Yap state legislature': calls on people each named with an office, one by one, in the lead too (courtesy-list)") {
    const auto x = kg_test::run("Ambassador visits Yap\n\nMay 12, 2019\n\nAmbassador Mark Hale paid a courtesy call on Mr. Tom Reyes, "
                                "Governor of Yap state, Mr. Ann Lanz, Speaker of the Yap state legislature.",
                                "2019-05-12");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'Rwanda President A and the Democratic Republic of Congo's B are meeting in Nairobi' (the pair's second named after a country's possessive whose name holds 'of' and an article)") {
    const auto x = kg_test::run("Leaders meet\n\nJune 20, 2022\n\nRwanda President Mark Hale and the Democratic Republic of Congo\u2019s Tom "
                                "Reyes are meeting in Nairobi for the first time.",
                                "2022-06-20");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names: an office's prefix before a listed title makes an office ('Tom Reyes, Deputy Chief Cabinet Secretary'), not a 'Vice President of ...' the table lists (office-prefix)") {
    const auto x = kg_test::run("Talks\n\nMay 26, 2011\n\nPrime Minister Mark Hale met President Joe Brill. (Tom Reyes, Deputy Chief Cabinet "
                                "Secretary; and Ann Lanz, Ambassador to France joined from the Japanese side).",
                                "2011-05-26");
    CHECK(entity(x, EntityType::Person, "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: '(Also present at the meeting were Minister A, Ambassador of Japan to the United States of America B etc. from the Japanese side, Ambassador of the United States to Japan C, etc. from the U.S. side)': a bracketed sentence's joiner, and family names closing a list by 'etc.'") {
    const auto x = kg_test::run("Summit Meeting\n\nNovember 13, 2010\n\nPrime Minister Hale held a summit meeting with President Brill on "
                                "November 13. (Also present at the meeting were Minister for Foreign Affairs Reyes, Ambassador of "
                                "Japan to the United States of America Lanz etc. from the Japanese side; Ambassador of the United "
                                "States to Japan Moss, U.S. Trade Representative Ambassador Kord, etc. from the U.S. side).",
                                "2010-11-13");
    CHECK(entity(x, EntityType::Person, "Lanz"));
    CHECK(entity(x, EntityType::Person, "Moss"));
    CHECK(relation(x, kg::RelationType::Met, "Hale", "Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Brill", "Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Hale", "Moss"));
    CHECK(relation(x, kg::RelationType::Met, "Brill", "Kord"));
}

TEST_CASE("names: a body named by 'Center' is no person ('Senior Counsel at the National Testing Center, Associate Deputy Attorney General') and an award's name is none either") {
    const auto x = kg_test::run("Nominee\n\nMay 2, 2022\n\nAmbassador Tom Reyes served as Senior Legal Counsel at the National Testing Center, "
                                "Associate Deputy Attorney General at the Department of Justice. He received the Ann Lanz Award.",
                                "2022-05-02");
    CHECK(entity(x, EntityType::Person, "Tom Reyes"));
    CHECK(!entity(x, EntityType::Person, "National Testing Center"));
    CHECK(!entity(x, EntityType::Person, "Ann Lanz Award"));
}

TEST_CASE("meetings: 'A and his counterpart B have begun their bilateral meeting. They arrived at the venue, accompanied by C, the head of ..., and D' and 'E attended the meeting, as did F, the Australian Ministry of Foreign Affairs senior advisor'") {
    const auto x = kg_test::run("Ministers meet\n\nMarch 1, 2019\n\nForeign Minister Mark Hale and his Australian counterpart Tom Reyes "
                                "have begun their six-monthly bilateral meeting.\n\nThey arrived this morning at the vineyard, on "
                                "the island, accompanied by Ann Lanz, the new head of the Ministry of Foreign Affairs and Trade, "
                                "and Joe Brill, the director of the Security Intelligence Service.\n\nDeputy Secretary Kim Moss "
                                "attended the meeting, as did Lea Kord, the Australian Ministry of Foreign Affairs senior advisor "
                                "for the Pacific.",
                                "2019-03-01");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Kim Moss"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Lea Kord"));
    const auto y = kg_test::run("Visit\n\nMarch 1, 2019\n\nForeign Minister Mark Hale and his Australian counterpart Tom Reyes began "
                                "their visit to the islands.",
                                "2019-03-01");
    CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("meetings: 'The participants of the Study Visit paid a joint call on PM X. Among the participants are A, Prime Minister of the Cook Islands B': the group's named members met X and one another (delegation-among-participants-are, a territory's office)") {
    const auto x = kg_test::run("Joint call\n\nPrime Minister's Office | 9 February 2017\n\nThe participants of the High-Level Study Visit "
                                "paid a joint call on Prime Minister Mark Hale today. Among the participants are President of "
                                "Nauru Tom Reyes, Prime Minister of the Cook Islands Ann Lanz, and Prime Minister of Samoa Joe "
                                "Brill; also participating in the Study Visit are senior officials.",
                                "2017-02-09");
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("meetings: 'Ambassador A, Minister B and Counsellor C held a gathering with the members of the Friendship Group': a gathering is a meeting of those who held it") {
    const auto x = kg_test::run("Gathering\n\n2015/3/17\n\nOn March 17th, Ambassador Hale, Minister Reyes and Counsellor Lanz held a "
                                "gathering with the members of the Friendship Group of the Parliament.",
                                "2015-03-17");
    CHECK(relation(x, kg::RelationType::Met, "Hale", "Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Reyes", "Lanz"));
}

TEST_CASE("names: 'former President Ricardo Leeds.' is whole though its family name is a known place (after an office, at the clause's end), and 'On Friday Vladimir Brill had a telephone conversation with' names its subject") {
    const auto x = kg_test::run("Meeting\n\nThursday, August 2, 2018\n\nForeign Minister Tom Reyes met with former President Ricardo Lagos. At "
                                "the meeting they talked.",
                                "2018-08-02");
    CHECK(entity(x, EntityType::Person, "Ricardo Lagos"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ricardo Lagos"));
    const auto y = kg_test::run("Telephone conversation\n\nMarch 7, 2014\n\nOn Friday Vladimir Brill had a telephone conversation with "
                                "President of the United States Joe Moss.",
                                "2014-03-07");
    CHECK(relation(y, kg::RelationType::Met, "Vladimir Brill", "Joe Moss"));
}

TEST_CASE("meetings: 'X held meetings with her counterparts, namely Dr A of Bangladesh, Mr B of Saint Lucia. The rest are Mr C of the Bahamas and Madam D of Tonga' and 'also met with her counterparts from other nations such as Mr E of Seychelles': each met X alone (the-rest-are, counterparts-such-as)") {
    const auto x = kg_test::run("Accra, Sept. 24, GNA \u2013 Madam Ann Lanz held meetings with her counterparts, namely Dr Tom Reyes of "
                                "Bangladesh; Mr Joe Brill of Saint Lucia. The rest are Mr Kim Moss of the Bahamas; and Madam Lea "
                                "Kord of the Kingdom of Tonga in the margins of the session. Madam Ann Lanz also met with her "
                                "counterparts from other nations such as Mr Sam Hart of Seychelles; Dr Eve Pike of Botswana.",
                                "2023-09-24");
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Kim Moss"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Lea Kord"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Sam Hart"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Eve Pike"));
    CHECK(!relation(x, kg::RelationType::Met, "Kim Moss", "Lea Kord"));
    CHECK(!relation(x, kg::RelationType::Met, "Sam Hart", "Eve Pike"));
}

TEST_CASE("meetings: 'Also present at the meeting was A, Brazil's current ambassador to Buenos Aires' names A, and 'Friday's encounter between B and his Brazilian colleague C' is their meeting") {
    const auto x = kg_test::run("Talks\n\nMonday, October 11th 2021\n\nArgentine Foreign Minister Mark Hale Saturday met in Brasilia with "
                                "Brazilian Economy Minister Tom Reyes. Also present at the meeting was Ann Lanz, Brazil's current "
                                "ambassador to Buenos Aires. It followed Friday's encounter between Hale and his Brazilian colleague "
                                "Joe Brill at the palace.",
                                "2021-10-11");
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
}

TEST_CASE("names: a head of state's office in one lower-case word before a whole name ('the meeting between Hale and president Tom Reyes Brill') names that person, but not a lone word after it") {
    const auto x = kg_test::run("Talks\n\nMay 5, 2018\n\nForeign Minister Mark Hale was also present in the meeting between Minister Ann Lanz "
                                "and president Tom Reyes Brill which was held this evening.",
                                "2018-05-05");
    CHECK(entity(x, EntityType::Person, "Tom Reyes Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Tom Reyes Brill"));
    const auto y = kg_test::run("Talks\n\nMay 5, 2018\n\nThe talks with president Tuesday went well.", "2018-05-05");
    CHECK(!entity(y, EntityType::Person, "Tuesday"));
}

TEST_CASE("names: a parliament's own name is a body's head ('First Deputy Chairman of the State Duma of the Russian Federation A', 'President of the Riigikogu Lauri Hussar'), and 'Mister' is an honorific") {
    const auto x = kg_test::run("Talks\n\n10 December 2021\n\nMajilis Speaker Mark Hale met with First Deputy Chairman of the State Duma of "
                                "the Russian Federation Tom Reyes to discuss cooperation. Minister Ann Lanz met with President of "
                                "the Riigikogu Joe Hussar, and others. Minister of Defence Kim Moss met the Ambassador of China in "
                                "Belgrade, Mister Lea Kord.",
                                "2021-12-10");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Ann Lanz", "Joe Hussar"));
    CHECK(relation(x, kg::RelationType::Met, "Kim Moss", "Lea Kord"));
    CHECK(!entity(x, EntityType::Person, "Riigikogu Joe Hussar"));
}

TEST_CASE("meetings: 'Issues were discussed at the political consultations attended by Deputy Foreign Minister A and Deputy Foreign Minister B': with no meeting read before, those who attended met") {
    const auto x = kg_test::run("Consultations\n\n12 May 2021\n\nOn 12 May, issues related to bilateral relations were discussed at the "
                                "political consultations attended by Deputy Foreign Minister of Azerbaijan Tom Reyes and Deputy "
                                "Foreign Minister of Mongolia Ann Lanz.",
                                "2021-05-12");
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("meetings: 'Also participating on the Cuban side were A, director general for the United States at the Ministry, and B, Cuban ambassador to the United States': the names by their offices, and they joined the meeting") {
    const auto x = kg_test::run("Talks\n\nNovember 3, 2017\n\nCuban Foreign Minister Mark Hale met with Senator Tom Reyes this Friday at "
                                "the Senate Office Building. Also participating on the Cuban side were Ann Lanz, director general "
                                "for the United States at the Ministry of Foreign Affairs of Cuba, and Joe Brill, Cuban ambassador "
                                "to the United States.",
                                "2017-11-03");
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
    CHECK(entity(x, EntityType::Person, "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
}

TEST_CASE("names: 'The Ambassador of Chile in Peru, A, and the Ambassador of Peru in Chile, B' names both envoys by where they serve") {
    const auto x = kg_test::run("Audience\n\nThursday, October 25, 2018\n\nThe Minister of Foreign Affairs, Mark Hale, received a delegation. "
                                "The Ambassador of Chile in Peru, Tom Reyes, and the Ambassador of Peru in Chile, Ann Lanz, were also "
                                "present.",
                                "2018-10-25");
    CHECK(entity(x, EntityType::Person, "Tom Reyes"));
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
}

TEST_CASE("names: 'the High Representative of the European Union for Foreign Affairs and Security Policy, A', 'Spokesperson Cmdr. B' and no person in 'the Col. Maggie Raye Volunteer Award'") {
    const auto x = kg_test::run("Visit\n\nDecember 13, 2021\n\nAt the Council on Monday, she will meet the High Representative of the "
                                "European Union for Foreign Affairs and Security Policy, Tom Reyes, whom she saw in Brussels. "
                                "Spokesperson Cmdr. Ann Lanz provided the readout. Ms. Hale received the Col. Joe Brill Volunteer "
                                "Award in 2020.",
                                "2021-12-13");
    CHECK(entity(x, EntityType::Person, "Tom Reyes"));
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
    CHECK(!entity(x, EntityType::Person, "Joe Brill Volunteer"));
    CHECK(!entity(x, EntityType::Person, "Joe Brill"));
}

TEST_CASE("names and pairs: 'Mayor of Auckland A', 'B Jr., the President of the Philippines' in a list, 'C, The White House Chief of Staff', and 'D and his new South Korean counterpart, E, met'") {
    const auto x = kg_test::run("Visits\n\nJune 12, 2024\n\nAmbassador Mark Hale paid a courtesy visit to Mayor of Auckland Tom Reyes on 12 June. "
                                "The Secretary-General had meetings with Ann Lanz, the Prime Minister of Thailand; Joe Brill "
                                "Jr., the President of the Philippines; and others. Foreign Minister Kim Moss and his new South "
                                "Korean counterpart, Lea Kord, met for the first time on Tuesday. (Sam Hart, The White House "
                                "Chief of Staff, joined from the U.S. side).",
                                "2024-06-12");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(entity(x, EntityType::Person, "Joe Brill"));
    CHECK(relation(x, kg::RelationType::Met, "Kim Moss", "Lea Kord"));
    CHECK(entity(x, EntityType::Person, "Sam Hart"));
}

TEST_CASE("sentences: a wire story wrapped at sixty columns whose first line opens with its dateline ('TOKYO, Sept 20 (Reuters) - ... Prime Minister Tom / Reyes said') is joined there too") {
    const auto x = kg_test::run("TOKYO, Sept 20 (Reuters) - Japanese Prime Minister Tomohide\n"
                                "Reyes said he and U.S. President Donald Brill had held their\n"
                                "first telephone conversation on Sunday since Reyes took over as\n"
                                "Japan's new leader.\n"
                                "Reyes on Wednesday became Japan's first new leader in nearly\n"
                                "eight years, succeeding his predecessor. Reyes had forged\n"
                                "close ties with business, playing golf together and engaging in\n"
                                "frequent phone calls and meetings.\n"
                                "\"I told him the Japan-U.S. alliance was the foundation of\n"
                                "regional peace and stability,\" Reyes told reporters after the\n"
                                "talks. \"We agreed to coordinate closely.\"\n"
                                "Reyes faces a delicate balancing act in keeping Japan's\n"
                                "security ties with its ally while maintaining economic ties\n"
                                "with its neighbour, analysts say.",
                                "2020-09-20");
    CHECK(entity(x, EntityType::Person, "Tomohide Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tomohide Reyes", "Donald Brill"));
}

TEST_CASE("meetings: 'Prime Minister A on late Saturday explained the outcome of his talks with President B to U.S. President C by phone': A spoke with C by telephone, and met B (told-by-phone)") {
    const auto x = kg_test::run("TOKYO (Kyodo)\n\nJune 15, 2019\n\nPrime Minister Mark Hale on late Saturday explained the outcome of his talks "
                                "with Iranian President Tom Reyes to U.S. President Ann Lanz by phone, a government source said.",
                                "2019-06-15");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(!relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("TOKYO (Kyodo)\n\nJune 15, 2019\n\nPrime Minister Mark Hale explained the plan to reporters by phone.",
                                "2019-06-15");
    CHECK(y.meetings.empty());
}

TEST_CASE("names: 'The delegation includes the Chairman A, Deputy Chairman B and members of the Committee Maimu Berg and Imre Sooaar': the members listed after their body, a family name that is a word last") {
    const auto x = kg_test::run("Delegation\n\n23 May 2016\n\nThe members of the Foreign Affairs Committee met with President Mark Hale. The "
                                "delegation includes the Chairman Tom Reyes, Deputy Chairman Ann Lanz and members of the Committee "
                                "Maimu Berg and Imre Sooaar.",
                                "2016-05-23");
    CHECK(entity(x, EntityType::Person, "Maimu Berg"));
    CHECK(entity(x, EntityType::Person, "Imre Sooaar"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Maimu Berg"));
}

TEST_CASE("names: 'Minister of Trade Serge Ahissou, Minister of Transport B': a name after a portfolio may hold one word of the language, and the portfolio is no part of it") {
    const auto x = kg_test::run("Visit\n\n24 October 2018\n\nThe Chairperson held a working session with Minister of Foreign Affairs Tom Reyes, "
                                "Minister of Trade Serge Ahissou, Minister of Transport Ann Lanz and other senior officials.",
                                "2018-10-24");
    CHECK(entity(x, EntityType::Person, "Serge Ahissou"));
    CHECK(!entity(x, EntityType::Person, "Trade Serge Ahissou"));
    const auto y = kg_test::run("Visit\n\n24 October 2018\n\nThey discussed the Minister of Trade Policy Review, and other things.", "2018-10-24");
    CHECK(!entity(y, EntityType::Person, "Policy Review"));
}

TEST_CASE("meetings: 'Oman's Minister A sat between Qatar's Foreign Minister B and his Saudi counterpart C': the three at one table met (sat-between)") {
    const auto x = kg_test::run("Gulf talks\n\nDecember 5, 2017\n\nOman's Minister of State for Foreign Affairs Mark Hale sat between Qatar's "
                                "Foreign Minister Tom Reyes and his Saudi counterpart Ann Lanz.",
                                "2017-12-05");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
}

TEST_CASE("names: 'his counterparts from Sierra Leone and Latvia, Nabeela Tunis and Edgars Rinkevics': a family name that is a known place, inside a list of names") {
    const auto x = kg_test::run("Visit\n\nSept 27, 2019\n\nExternal Affairs Minister Mark Hale met diplomats. The minister also met his "
                                "counterparts from Sierra Leone and Latvia, Nabeela Tunis and Edgars Rinkevics.",
                                "2019-09-27");
    CHECK(entity(x, EntityType::Person, "Nabeela Tunis"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Edgars Rinkevics"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Nabeela Tunis"));
}

TEST_CASE("meetings: 'Foreign Minister A stated that the meeting, chaired by him, was attended by the Foreign Minister of New Zealand, B': the chair who speaks of it met B") {
    const auto x = kg_test::run("Meeting\n\nKUALA LUMPUR, June 7, 2024 \u2014 The two countries held their inaugural meeting here Friday. Foreign "
                                "Minister Mark Hale, in a post today, stated that the meeting, chaired by him, was attended by the "
                                "Deputy Prime Minister and Foreign Minister of New Zealand, Tom Reyes, who is on a visit.",
                                "2024-06-07");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("names: 'Georgia State Representatives A, B and C' names a list of three, while 'the House of Representatives Passage of' names no one") {
    const auto x = kg_test::run("Courtesy visit\n\nJanuary 22, 2016\n\nConsul General Mark Hale paid a courtesy visit to Georgia State "
                                "Representatives Joe Wilkinson, Tom Taylor and Trey Kelly at the State Capitol.",
                                "2016-01-22");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Wilkinson"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Trey Kelly"));
    const auto y = kg_test::run("Statement\n\nMarch 3, 2021\n\nStatement on House of Representatives Passage of the Act.", "2021-03-03");
    CHECK(!entity(y, EntityType::Person, "Passage"));
}

TEST_CASE("names: 'Foreign Ministers A of Uruguay and B of Argentina Friday agreed': each item of a plural office's list with the country it serves") {
    const auto x = kg_test::run("Talks\n\nMarch 4, 2023\n\nForeign Ministers Tom Reyes of Uruguay and Ann Lanz of Argentina Friday agreed to broker "
                                "a presidential summit.",
                                "2023-03-04");
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
}

TEST_CASE("dates: a page's clock at its top ('Montevideo, November 14th 2024 - 16:33 UTC') then the report's own date in the same form: the report's is the document's (page-clock), and its meeting is dated by it") {
    const auto x = run("NewsPress, en Espanol\n\nMontevideo, November 14th 2024 - 16:33 UTC\n\nMinisters meet\n\nMonday, October 11th "
                       "2021 - 09:52 UTC\n\nForeign Minister Mark Hale Saturday met in Brasilia with Economy Minister Tom Reyes.",
                       "");
    CHECK(x.document.date == "2021-10-11");
    CHECK(relation(x, RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(run("Montevideo, November 14th 2024 - 16:33 UTC\n\nForeign Minister Mark Hale met Tom Reyes.", "").document.date ==
          "2024-11-14");
}

TEST_CASE("people: one person however his name is spaced or initialled, and his nickname in quotes ('Minister S. Hale' and 'S Hale', 'Pushpakamal Reyes' and 'Pushpa Kamal Reyes', 'Pushpakamal Reyes \u2018Prachanda\u2019' and 'Prime Minister Prachanda')") {
    const auto x = kg_test::run("Visit\n\nJanuary 04, 2024\n\nExternal Affairs Minister S. Hale arrived in Kathmandu.\n\nExternal Affairs "
                                "Minister S Hale on January 4 called on Prime Minister Pushpakamal Reyes \u2018Prachanda\u2019 in "
                                "Kathmandu.\n\nMr. Hale then met Prime Minister Prachanda at his office. PM Pushpa Kamal Reyes "
                                "thanked him.",
                                "2024-01-04");
    std::size_t people = 0;
    for (const auto& e : x.entities) people += e.type == EntityType::Person;
    CHECK(people == 2);
    CHECK(!entity(x, EntityType::Person, "Prachanda"));
    CHECK(!entity(x, EntityType::Person, "S Hale"));
}

TEST_CASE("names: 'the Apostolic Nuncio to Argentina, Monsignor Tom Reyes, dean of the diplomatic corps' (a prelate's style before the name)") {
    const auto x = kg_test::run("Reception\n\nThursday, 14 December 2023\n\nDuring the event, the Apostolic Nuncio to Argentina, Monsignor Tom "
                                "Reyes, dean of the diplomatic corps, thanked Argentina.",
                                "2023-12-14");
    CHECK(entity(x, EntityType::Person, "Tom Reyes"));
}

TEST_CASE("names: an office written with a word in lower case between capitalised ones ('External affairs Minister Mr. A') is his, so 'the External Affairs Minister' later is he") {
    const auto x = kg_test::run("On the bilateral meetings of External affairs Minister Mr. Mark Hale in New York\n\nNew York\nSeptember 24, "
                                "2007\n\nOn Monday, September 24, the External Affairs Minister had bilateral meetings with several "
                                "of his counterparts, including HE Dr Tom Reyes, Foreign Minister of Afghanistan; HE Mr. Ann Lanz, "
                                "Foreign Minister of Algeria.",
                                "2007-09-24");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
}

TEST_CASE("meetings: 'Among those in the United States delegation were Assistant Secretary A, B ...' joins the meeting told before (delegation-among-those-in)") {
    const auto x = kg_test::run("Talks\n\nMarch 9, 2022\n\nForeign Minister Mark Hale met Secretary of State Tom Reyes in Washington.\n\nAmong "
                                "those in the United States delegation were Assistant Secretary of State for Western Hemisphere "
                                "Affairs Ann Lanz; and Director Joe Brill.",
                                "2022-03-09");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Joe Brill"));
}

TEST_CASE("meetings: 'received a delegation from the French Foreign Affairs and Defense Committee, chaired by council members A and B', and 'War Cabinet members C and D': members listed by a plural noun") {
    const auto x = kg_test::run("Foreign Minister receives delegation\n\nMinister of Foreign Affairs Mark Hale on Tuesday received a delegation "
                                "from the French Foreign Affairs and Defense Committee, chaired by council members Tom Reyes and Ann "
                                "Lanz.",
                                "2024-02-06");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto y = kg_test::run("Readout\n\nMay 20, 2024\n\nToday, National Security Advisor Mark Hale met with Minister of Defense Joe "
                                "Brill and War Cabinet members Benny Reyes and Gadi Lanz to discuss the situation.",
                                "2024-05-20");
    CHECK(entity(y, EntityType::Person, "Benny Reyes"));
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Gadi Lanz"));
}

TEST_CASE("names: 'The Crown Prince of Kuwait HH Sheikh A receives Foreign Minister HH Prince B': HH is His Highness, no one's name") {
    const auto x = kg_test::run("Visit\n\nFebruary 5, 2023\n\nThe Crown Prince of Kuwait HH Sheikh Tom Reyes receives Foreign Minister HH Prince "
                                "Ann Lanz at Bayan Palace.",
                                "2023-02-05");
    CHECK(!entity(x, EntityType::Person, "HH"));
    CHECK(entity(x, EntityType::Person, "Ann Lanz"));
}

TEST_CASE("meetings: 'Foreign Minister X met with U.S. legislators on Friday. ... Also participating on the Cuban side were A and B', 'X received a delegation of columnists. C and D were also present': those who joined a group's meeting met X and one another (group-meeting-joined)") {
    const auto x = kg_test::run("Minister meets legislators\n\nNovember 3, 2017\n\nCuban Foreign Minister Mark Hale met with U.S. legislators "
                                "this Friday at the Senate Office Building.\n\nHe said there is no evidence of an attack.\n\nAlso "
                                "participating on the Cuban side were Tom Reyes, director general for the United States, and Ann "
                                "Lanz, Cuban ambassador to the United States.",
                                "2017-11-03");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    CHECK(relation(x, kg::RelationType::Met, "Tom Reyes", "Ann Lanz"));
    const auto y = kg_test::run("Audience\n\nThursday, October 25, 2018\n\nThe Minister of Foreign Affairs, Mark Hale, received today in "
                                "audience a delegation of columnists. The Ambassador of Chile in Peru, Tom Reyes, and the "
                                "Ambassador of Peru in Chile, Ann Lanz, were also present.",
                                "2018-10-25");
    CHECK(relation(y, kg::RelationType::Met, "Mark Hale", "Ann Lanz"));
    const auto z = kg_test::run("Visit\n\nMay 2, 2019\n\nMinister Mark Hale toured the port. Tom Reyes and Ann Lanz were also present.",
                                "2019-05-02");
    CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
}

TEST_CASE("dates: 'A and officials met with B, C and officials in Washington on November 8, 2022. B was hosted by A. ... Among those in the delegation were D': the meeting told again takes the day of the one told first (retold-meeting-date)") {
    const auto x = kg_test::run("B hosted by A\n\nNovember 9, 2022\n\nSecretary of State Mark Hale met with Minister of Foreign Affairs Tom Reyes and "
                                "Ambassador Ann Lanz in Washington, DC on November 8, 2022.\n\nMinister of Foreign Affairs Tom Reyes "
                                "was hosted by Secretary of State Mark Hale to discuss matters of mutual interest.\n\nAmong those in "
                                "the United States delegation were Assistant Secretary Joe Brill and Director Kim Moss.",
                                "2022-11-09");
    bool dated = false;
    for (const auto& r : x.relations)
        if (r.type == kg::RelationType::Met) {
            const auto& a = x.entities[r.a].name;
            const auto& b = x.entities[r.b].name;
            if ((a == "Joe Brill" || b == "Joe Brill") && (a == "Tom Reyes" || b == "Tom Reyes"))
                dated = r.date == "2022-11-08";
        }
    CHECK(dated);
}

TEST_CASE("dates: 'A and B held an audience with C on December 2. Likewise, A and B met D': another meeting of the same pair keeps no borrowed day") {
    const auto x = kg_test::run("Meetings\n\nPublished: 12/4/2019\n\nForeign Affairs Minister Mark Hale and Ambassador Tom Reyes held an audience "
                                "with Foreign Affairs Minister Ann Lanz on December 2.\n\nLikewise, the minister and the diplomat met "
                                "with Acting Assistant Secretary Joe Brill to address bilateral relations.",
                                "2019-12-04");
    CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Joe Brill"));
    for (const auto& r : x.relations)
        if (r.type == kg::RelationType::Met && (x.entities[r.a].name == "Joe Brill" || x.entities[r.b].name == "Joe Brill"))
            CHECK(r.date != "2019-12-02");
}

TEST_CASE("roles: 'Chairman of the Standing Committee of the Pan-National Congress of the People's Representatives A': a plural office after a possessive is part of the body's name") {
    const auto x = kg_test::run("Mark Hale, Chairman of the Committee on Foreign Affairs, met a Delegation headed by Tom Reyes, Vice-Chairman of "
                                "the Standing Committee of the Pan-National Congress of the People's Representatives\n\n23 May 2008, "
                                "15:04\n\nDuring the meeting the Parties agreed to begin work.",
                                "2008-05-23");
    bool full = false;
    for (const auto& e : x.entities)
        full = full || e.name == "Standing Committee of the Pan-National Congress of the People's Representatives";
    CHECK(full);
}
