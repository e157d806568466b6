// Stage extract/stages/speakers.cpp: speaker labels and bylines of transcripts, titles
// that stand for a person named elsewhere, meetings stated by a transcript or heading.
#include <doctest/doctest.h>

#include "extract_test_support.h"

using namespace kg_test;
using kg::EntityType;
using kg::RelationType;

TEST_SUITE("extract.speakers") {
    TEST_CASE("speaker labels in capitals name people, with or without a title") {
        auto x = run("Press availability\n\nSECRETARY KERRY: Thank you all for coming.\n\n"
                     "ANTHONY ALBANESE, PRIME MINISTER: It is good to be here.\n\nQUESTION: A question.\n\n"
                     "JULIE BISHOP: I am pleased.\n");
        CHECK(entity(x, EntityType::Person, "Kerry"));
        CHECK(entity(x, EntityType::Person, "Anthony Albanese"));
        CHECK(entity(x, EntityType::Person, "Julie Bishop"));
        CHECK_FALSE(entity(x, EntityType::Person, "Question"));
    }

    TEST_CASE("headings in capitals are not speakers outside a transcript") {
        auto x = run("FACT SHEET: The New Partnership\n\nPILLAR TWO: Trade and supply chains.\n\n"
                     "GREEN ENERGY: Clean power for all.\n");
        for (const auto& e : x.entities) CHECK(e.type != EntityType::Person);
        CHECK(count(x, RelationType::Met) == 0);
    }

    TEST_CASE("two officials speaking in one transcript met") {
        auto x = run("Remarks Before a Bilateral Meeting\n\nPRESIDENT TRUMP: Thank you very much.\n\n"
                     "PRIME MINISTER MAY: Thank you, Mr. President.\n\nPRESIDENT TRUMP: Thank you.\n",
                     "2018-09-26");
        const kg::Relation* r = relation(x, RelationType::Met, "Trump", "May");
        REQUIRE(r);
        CHECK(r->date == "2018-09-26");
    }

    TEST_CASE("a byline over a title line is the principal of a heading's meeting") {
        auto x = run("Remarks With Foreign Minister Frank-Walter Steinmeier Before Their Meeting\n\nJohn Kerry\n"
                     "Secretary of State\nVienna, Austria\nNovember 22, 2014\n\nWe are grateful for the help.\n");
        CHECK(entity(x, EntityType::Person, "John Kerry"));
        CHECK(relation(x, RelationType::Met, "John Kerry", "Frank-Walter Steinmeier"));
    }

    TEST_CASE("a bare title stands for the one person holding that office") {
        auto x = run("United Nations Secretary-General Ban Ki-moon arrived in Seoul on 24 March.\n"
                     "That afternoon, the Secretary-General met President Lee Myung-bak of the Republic of Korea.\n"
                     "The Secretary-General and the President had wide-ranging discussions.");
        CHECK(relation(x, RelationType::Met, "Ban Ki-moon", "Lee Myung-bak"));
        const kg::Entity* ban = entity(x, EntityType::Person, "Ban Ki-moon");
        REQUIRE(ban);
        CHECK_FALSE(has_alias(ban, "Secretary-General"));  // a reference is not a name
    }

    TEST_CASE("a bare title held by several people stands for the release's principal when named first alone") {
        auto x = run("Minister Ana Lopes concludes visit to Italy\n\nIn Rome, Minister Ana Lopes met with Hiro Sato, "
                     "Minister of Foreign Affairs. While in Rome, the Minister also held a call with Paul White, "
                     "France's Minister of Europe.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
        CHECK_FALSE(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
    }

    TEST_CASE("a bare title is left alone when two people hold that office or a rank differs") {
        auto x = run("President Alpha Gomez of Ruritania and President Beta Ortiz of Freedonia spoke on Monday. "
                     "The President met Minister Carla Diaz.");
        CHECK_FALSE(relation(x, RelationType::Met, "Alpha Gomez", "Carla Diaz"));
        CHECK_FALSE(relation(x, RelationType::Met, "Beta Ortiz", "Carla Diaz"));
        auto y = run("Vice President Kamala Harris arrived in Paris. The President met Chancellor Olaf Scholz.");
        CHECK_FALSE(relation(y, RelationType::Met, "Kamala Harris", "Olaf Scholz"));
    }

    TEST_CASE("a title's 'X's Call with A, B and C' is a call of X with each of them, and of them with each other") {
        auto x = run("Readout of President Hiro Sato's Call with President Ana Silva of France, Chancellor Tom Hale of "
                     "Germany, Prime Minister Mia Berg of Italy\n\n2021-12-07\n\nThe leaders discussed the crisis.",
                     "2021-12-07");
        const kg::Relation* r = relation(x, RelationType::Met, "Hiro Sato", "Ana Silva");
        REQUIRE(r);
        CHECK(r->attributes.at("mode") == "telephone");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Mia Berg"));
        CHECK(relation(x, RelationType::Met, "Ana Silva", "Tom Hale"));
    }

    TEST_CASE("a title's meeting that the body tells with more people is the body's: everyone in it met") {
        auto x = run("Readout of President Hiro Sato's Call with Amir Tom Hale of Qatar\n\n2023-11-25\n\n"
                     "President Hiro Sato spoke today with Amir Tom Hale and Prime Minister Mia Berg of Qatar on the "
                     "hostage deal.",
                     "2023-11-25");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Tom Hale"));
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Mia Berg"));
        CHECK(relation(x, RelationType::Met, "Tom Hale", "Mia Berg"));
        CHECK(x.meetings.size() == 1);
    }

    TEST_CASE("office abbreviations in capitals before a name are offices, not a family name in capitals") {
        auto x = run("Readout of APNSA Hiro Sato's Call with President Ana Silva of Gabon\n\n2023-05-15\n\n"
                     "NSA Sato and EAM Tom Hale also spoke.",
                     "2023-05-15");
        CHECK(entity(x, EntityType::Person, "Hiro Sato"));
        CHECK(entity(x, EntityType::Person, "Tom Hale"));
        for (const auto& e : x.entities) {
            CHECK(e.name.find("Apnsa") == std::string::npos);
            CHECK(e.name.find("Nsa") == std::string::npos);
            CHECK(e.name.find("Eam") == std::string::npos);
        }
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Ana Silva"));
    }

    TEST_CASE("a modal, an adverb or a short verb after a name in a title, and a verb in a body heading, end the name") {
        auto x = run("President Hiro Sato Will Sign an Executive Order on Trade\n\n2024-05-03\n\nThe order follows.\n\n"
                     "Statement from President Tom Hale Marking the Anniversary of the Treaty\n\nThe treaty holds.");
        CHECK(entity(x, EntityType::Person, "Hiro Sato"));
        CHECK(entity(x, EntityType::Person, "Tom Hale"));
        for (const auto& e : x.entities) {
            CHECK(e.name.find("Will") == std::string::npos);
            CHECK(e.name.find("Marking") == std::string::npos);
        }
        auto y = run("President Sato Asks Congress to Act\n\n2024-05-03\n\nThe President spoke.");
        CHECK(entity(y, EntityType::Person, "Sato"));
        for (const auto& e : y.entities)
            if (e.type == EntityType::Person) CHECK(e.name.find("Asks") == std::string::npos);
        // a list of names in heading lines keeps each whole
        auto z = run("Honorees\n\n2024-05-03\n\nJames William Ewing, of Virginia\nTracy Wilson Mourning\n");
        for (const auto& e : z.entities)
            if (e.type == EntityType::Person) CHECK(e.name != "James William");
    }

    TEST_CASE("a bare title in lower case stands for its one holder, a plural one for no one") {
        auto x = run("Prime Minister Nina Berg is in Canberra. The prime minister also had dinner with "
                     "Australian Prime Minister Anthony Albanese.");
        CHECK(relation(x, RelationType::Met, "Nina Berg", "Anthony Albanese"));
        auto y = run("Senator Rob Lane spoke first. Later the senators met President Ana Silva.");
        CHECK_FALSE(relation(y, RelationType::Met, "Rob Lane", "Ana Silva"));
        // two prime ministers: the reference is left alone
        auto z = run("Prime Minister Nina Berg and Prime Minister Tom Hale spoke. The prime minister later met "
                     "President Ana Silva.");
        CHECK_FALSE(relation(z, RelationType::Met, "Nina Berg", "Ana Silva"));
        CHECK_FALSE(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
    }
}

TEST_SUITE("extract.people") {
    TEST_CASE("the counterpart of a meeting verb is a person without title or honorific, and so is each item of its list") {
        auto x = run("Minister Ana Lopes met with Michelle Bachelet, United Nations High Commissioner for Human "
                     "Rights; Roberto Azevedo, Director-General, World Trade Organization; and Klaus Schwab, Founder, "
                     "World Economic Forum.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Michelle Bachelet"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Roberto Azevedo"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Klaus Schwab"));
        CHECK_FALSE(entity(x, EntityType::Person, "World Economic Forum"));
        CHECK_FALSE(entity(x, EntityType::Person, "World Trade Organization"));
    }

    TEST_CASE("two spellings of one given name with one family name are one person in a document") {
        auto x = run("Readout of President Joe Smith's Meeting with Prime Minister Ana Lopes\n\nToday President "
                     "Joseph R. Smith Jr. met with Prime Minister Ana Lopes. Secretary Sergei Ivanov and Sergey "
                     "Ivanov.");
        std::size_t smiths = 0, ivanovs = 0;
        for (const auto& e : x.entities) {
            if (e.type == EntityType::Person && e.name.find("Smith") != std::string::npos) ++smiths;
            if (e.type == EntityType::Person && e.name.find("Ivanov") != std::string::npos) ++ivanovs;
        }
        CHECK(smiths == 1);
        CHECK(ivanovs == 1);
        // different given names stay different people
        auto y = run("President Joe Smith met with Senator Jane Smith.");
        CHECK(relation(y, RelationType::Met, "Joe Smith", "Jane Smith"));
    }

    TEST_CASE("an office joined to a second one by 'and' in words of the language still names the person after it") {
        auto x = run("Minister of Foreign Affairs and International Development Jean-Marc Ayrault attended the "
                     "Council.");
        CHECK(entity(x, EntityType::Person, "Jean-Marc Ayrault"));
        // two titles joined by "and" are two people; a body after "and" is no one
        auto y = run("NATO Secretary General and Chancellor Merkel discuss security. Governor and State Treasurer "
                     "of Delaware spoke.");
        CHECK_FALSE(relation(y, RelationType::Role, "Merkel", "North Atlantic Treaty Organization"));
        CHECK_FALSE(entity(y, EntityType::Person, "Delaware"));
    }

    TEST_CASE("initials inside a name, spaced or not, U.S. after a name is no initial") {
        auto x = run("President George H.W. Bush met with President Ana Lopes. President Paul White discussed "
                     "with President Hiro Sato U.S. efforts.");
        CHECK(entity(x, EntityType::Person, "George H. W. Bush"));
        CHECK(entity(x, EntityType::Person, "Hiro Sato"));
    }

    TEST_CASE("an office's field after 'for' stands between the office and the name, HR/VP is an office") {
        auto x = run("Commissioner for Trade Hiro Sato met Minister for Health and Aged Care Tomas Ortega. Under Secretary "
                     "for Acquisition and Sustainment spoke. HR/VP Mia Berg met Paul White.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Tomas Ortega"));
        CHECK(relation(x, RelationType::Met, "Mia Berg", "Paul White"));
        CHECK_FALSE(entity(x, EntityType::Person, "Sustainment"));
        CHECK_FALSE(entity(x, EntityType::Person, "Trade Hiro Sato"));
    }

    TEST_CASE("'Jan', a month's abbreviation, opens a name before another name word, not before a day") {
        auto x = run("Secretary Paul White met with Jan Egeland, Secretary General of the Norwegian Refugee Council. "
                     "On Jan 5 White met Minister Ana Lopes.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Jan Egeland"));
        const kg::Relation* lopes = relation(x, RelationType::Met, "Paul White", "Ana Lopes");
        REQUIRE(lopes);
        CHECK(lopes->date.ends_with("-01-05"));
    }

    TEST_CASE("a verb or word of the language in a release's title ends the name before it") {
        auto x = run("President-elect Hiro Sato Outlines Recovery Plan\n2024-06-12\nCongresswoman Maxine Waters\n"
                     "Representative Jan Learned\nThe plan was announced.");
        CHECK(entity(x, EntityType::Person, "Hiro Sato"));
        CHECK_FALSE(entity(x, EntityType::Person, "Hiro Sato Outlines Recovery Plan"));
        auto z = run("President Sato Participates in the Council Summit\nThe President spoke.");
        CHECK(entity(z, EntityType::Person, "Sato"));
        CHECK_FALSE(entity(z, EntityType::Person, "Sato Participates"));
        auto y = run("Statement from President Paul White Honoring Senator Ana Lopes\nShe served for years.");
        CHECK(entity(y, EntityType::Person, "Paul White"));
        CHECK(entity(y, EntityType::Person, "Ana Lopes"));
        // below the title a line of names keeps every part, even one that is a word
        CHECK(entity(x, EntityType::Person, "Maxine Waters"));
        CHECK(entity(x, EntityType::Person, "Jan Learned"));
    }

    TEST_CASE("a name may open with its initial after an office or honorific, not as a heading's letter") {
        auto x = run("Prime Minister Hiro Sato met with External Affairs Minister Dr. R. Mehta of India and "
                     "Mr. K. L. Tan, Minister for Trade of Singapore. Mehta thanked Sato.\nB. Regional Situation\n"
                     "The U. S. Trade Representative Ana Lopes attended.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "R. Mehta"));
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "K. L. Tan"));
        CHECK(has_alias(entity(x, EntityType::Person, "R. Mehta"), "Mehta"));
        CHECK_FALSE(entity(x, EntityType::Person, "R"));
        CHECK_FALSE(entity(x, EntityType::Person, "B. Regional Situation"));
        CHECK_FALSE(entity(x, EntityType::Person, "U. S. Trade"));
        CHECK(entity(x, EntityType::Person, "Ana Lopes"));
    }

    TEST_CASE("'Madam' opens a name, an office addressed by an honorific is no one") {
        auto x = run("Thank you, Madam Speaker, and thank you, Mr. President. Secretary-General Paul White, accompanied "
                     "by Madam Ana Lopes-Kim, arrived in Seoul.");
        CHECK(entity(x, EntityType::Person, "Ana Lopes-Kim"));
        CHECK_FALSE(entity(x, EntityType::Person, "Speaker"));
        CHECK_FALSE(entity(x, EntityType::Person, "President"));
    }

    TEST_CASE("offices and honorifics of heads of state and of churches") {
        auto x = run("President Paul White spoke today with President-elect Hiro Sato of Peru.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
        auto y = run("President Paul White met today with His All-Holiness Ecumenical Patriarch Bartholomew.");
        CHECK(relation(y, RelationType::Met, "Paul White", "Bartholomew"));
        CHECK_FALSE(entity(y, EntityType::Person, "Ecumenical"));
        auto z = run("Mr. Paul White spoke with His Highness President Sheikh Mohamed bin Zayed Al Nahyan of the "
                     "United Arab Emirates and H.E. Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.");
        CHECK(entity(z, EntityType::Person, "Mohamed bin Zayed Al Nahyan"));
        CHECK(entity(z, EntityType::Person, "Mohammed bin Abdulrahman bin Jassim Al Thani"));
    }

    TEST_CASE("two counterparts named without a title and joined by 'and' are both people") {
        auto x = run("President Ana Lopes met with Matteo Renzi and Hiro Sato in Rome.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Matteo Renzi"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
        auto y = run("President Ana Lopes met with Matteo Renzi and Congress.");
        CHECK_FALSE(entity(y, EntityType::Person, "Congress"));
    }

    TEST_CASE("words of the language after a meeting verb are not a name") {
        auto x = run("President Joe Smith met with Congressional Leadership today. He spoke with National Security "
                     "Advisors and met with Baltic Allies.");
        for (const auto& e : x.entities)
            if (e.type == EntityType::Person) CHECK(e.name == "Joe Smith");
    }

    TEST_CASE("a month is a family name when no day or year follows it") {
        auto x = run("Remarks by President Donald Tusk during his meeting with UK Prime Minister Theresa May. "
                     "The meeting took place on 4 May 2018.");
        CHECK(entity(x, EntityType::Person, "Theresa May"));
        CHECK(relation(x, RelationType::Met, "Donald Tusk", "Theresa May"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("'I met with X': the writer is a byline above or below the text, never X nor someone talked about") {
        auto x = run("Meeting with Prime Minister Sato\nPrime Minister Ana Lopes.\nToday I met with Prime Minister Sato in "
                     "Lima.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Sato"));
        auto y = run("Today I met with Prime Minister Hiro Sato in Lima. We discussed trade.\nThe Hon Ana Lopes MP\n"
                     "Prime Minister of Peru");
        CHECK(relation(y, RelationType::Met, "Ana Lopes", "Hiro Sato"));
        auto z = run("Statement on the Summit and Call with President Hiro Sato\nAs President Paul White threatens the "
                     "peace, we stand united. Today I spoke with President Hiro Sato.");
        CHECK_FALSE(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
    }

    TEST_CASE("'called on' an office holder is a courtesy call, 'called on X to ...' urges") {
        auto x = run("EAM Dr. R. Mehta called on President Hiro Sato of Peru. The Minister called on President "
                     "Paul White to withdraw his forces.");
        const kg::Relation* met = relation(x, RelationType::Met, "R. Mehta", "Hiro Sato");
        REQUIRE(met);
        CHECK(met->attributes.at("mode") == "courtesy-call");
        CHECK_FALSE(relation(x, RelationType::Met, "R. Mehta", "Paul White"));
    }

    TEST_CASE("a family name that opens with particles after an office, 'received the Prime Minister of X, Name'") {
        auto x = run("President von der Leyen received the Prime Minister of Poland, Hiro Sato, in Brussels. "
                     "Von der Leyen thanked Sato.");
        CHECK(entity(x, EntityType::Person, "von der Leyen"));
        CHECK(relation(x, RelationType::Met, "von der Leyen", "Hiro Sato"));
        CHECK(relation(x, RelationType::Role, "Hiro Sato", "Poland"));
    }

    TEST_CASE("'exchanged views with' after the subject's apposition, the counterpart with honorifics") {
        auto x = run("On June 12, Ms. LOPES Ana, Minister for Foreign Affairs, exchanged views with H.E. Mr. Paul "
                     "White, Minister of Foreign Affairs of Sri Lanka, over a luncheon.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
    }

    TEST_CASE("'he' continues the subject of the meeting reported before") {
        auto x = run("Foreign Minister Hiro Sato met with Secretary of State John Brown. He also met with "
                     "Ambassador Lisa Green.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Lisa Green"));
        CHECK_FALSE(relation(x, RelationType::Met, "John Brown", "Lisa Green"));
    }

    TEST_CASE("counterparts listed with no one known to have met them did not meet each other") {
        auto x = run("The delegation arrived. It was announced that they met with Minister Ana Lopes, "
                     "Ambassador Lisa Green, and Mr. John Brown.");
        CHECK_FALSE(relation(x, RelationType::Met, "Ana Lopes", "Lisa Green"));
    }

    TEST_CASE("a counterpart's delegation in a body sentence met everyone, a list of separate meetings did not") {
        const std::string lead = "Foreign Minister Hiro Sato met with Secretary of State John Brown in Rome.\n\n";
        auto x = run(lead + "Minister Sato also met Prime Minister Ana Lopes, who was accompanied by Deputy Prime "
                            "Minister Lisa Green and Foreign Minister Paul White.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Lisa Green"));
        CHECK(relation(x, RelationType::Met, "Lisa Green", "Paul White"));
        auto y = run(lead + "Minister Sato also met the President of Gabon, Ana Lopes, and the Prime Minister of "
                            "Peru, Lisa Green, as well as Foreign Minister Paul White.");
        CHECK(relation(y, RelationType::Met, "Hiro Sato", "Lisa Green"));
        CHECK_FALSE(relation(y, RelationType::Met, "Ana Lopes", "Lisa Green"));
        CHECK_FALSE(relation(y, RelationType::Met, "Lisa Green", "Paul White"));
    }

    TEST_CASE("a heading that meets two people names one meeting, a sentence summing up meetings does not") {
        const std::string lead = "Foreign Minister Hiro Sato met with Secretary of State John Brown in Rome.\n\n";
        auto x = run(lead + "Minister Sato meets Prime Minister Ana Lopes and President Lisa Green\n\nMore later.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Lisa Green"));
        auto y = run(lead + "Minister Sato said that he had a meeting with Prime Minister Ana Lopes and President "
                            "Lisa Green.");
        CHECK(relation(y, RelationType::Met, "Hiro Sato", "Lisa Green"));
        CHECK_FALSE(relation(y, RelationType::Met, "Ana Lopes", "Lisa Green"));
    }

    TEST_CASE("'A discussed <topic> with B' is a meeting of A and B") {
        auto x = run("Secretary General Ana Lopes discussed Afghanistan, future challenges and other issues with "
                     "United States President Paul White at the White House.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
        auto y = run("President Paul White discussed with President Hiro Sato U.S. efforts to send aid.");
        CHECK(relation(y, RelationType::Met, "Paul White", "Hiro Sato"));
        // a person inside the topic is not the subject's counterpart
        auto z = run("Minister Ana Lopes discussed the proposal of President Paul White with reporters.");
        CHECK_FALSE(relation(z, RelationType::Met, "Ana Lopes", "Paul White"));
    }

    TEST_CASE("a person named in the possessive is not a counterpart") {
        auto x = run("President Ana Lopes spoke with Prime Minister Hiro Sato and Mr. Paul Jones' mother today.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
        CHECK_FALSE(relation(x, RelationType::Met, "Ana Lopes", "Paul Jones"));
        auto y = run("President Ana Lopes spoke with Prime Minister Mohammed Shia\u2019 al-Sudani of Iraq.");
        CHECK(count(y, RelationType::Met) == 1);
    }

    TEST_CASE("news style: an office in lower case after a country names the person after it") {
        auto x = run("Chinese premier Hiro Sato met US president Paul White in Berlin. Mr. White also addressed "
                     "NATO missions with German defence minister Ana Lopes-Meyer in Germany.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
        CHECK(relation(x, RelationType::Met, "Paul White", "Ana Lopes-Meyer"));
        CHECK(relation(x, RelationType::Role, "Ana Lopes-Meyer", "Germany"));
        auto y = run("The Japanese foreign minister said the talks went well.");
        CHECK(count(y, RelationType::Met) == 0);
    }

    TEST_CASE("news style: 'the leaders met' refers to the pair that opened the sentence or the one before") {
        auto x = run("TOKYO (Kyodo) -- Prime Minister Hiro Sato and U.S. President Paul White pledged Wednesday to "
                     "deepen ties, as the leaders met at the White House.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
        auto y = run("Prime Minister Hiro Sato and President Paul White arrived in Rome. The two leaders held talks "
                     "on trade.");
        CHECK(relation(y, RelationType::Met, "Hiro Sato", "Paul White"));
        // a pair inside an object is not who "the leaders" are
        auto z = run("President Ana Lopes praised the deal with Prime Minister Hiro Sato and President Paul White. "
                     "The leaders discussed trade.");
        CHECK_FALSE(relation(z, RelationType::Met, "Hiro Sato", "Paul White"));
        // still to come
        auto w = run("Prime Minister Hiro Sato and President Paul White arrived in Rome. The two leaders will hold "
                     "talks on Friday.");
        CHECK_FALSE(relation(w, RelationType::Met, "Hiro Sato", "Paul White"));
    }

    TEST_CASE("counterparts behind a body found by its head noun, a year, a time of day, a suffix after a name") {
        auto x = run("President Paul White met with Palestinian Authority President Ana Lopes.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Ana Lopes"));
        auto y = run("President Paul R. White Jr. met this evening with Secretary-General Ana Lopes of the United "
                     "Nations.");
        CHECK(relation(y, RelationType::Met, "Paul R. White", "Ana Lopes"));
        auto z = run("President Paul White met today with 2022 ASEAN Chair Prime Minister Hiro Sato of Cambodia.");
        CHECK(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
        auto w = run("President Paul R. White, Jr. and President Ana Lopes of Spain spoke today about the summit.");
        CHECK(relation(w, RelationType::Met, "Paul R. White", "Ana Lopes"));
    }

    TEST_CASE("the counterpart reached through what the genre writes before a name") {
        auto x = run("Mr. Paul White met today with incoming Israeli National Security Advisor Dr. Hiro Sato.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
        auto y = run("President Paul White called New Mexico Governor Ana Lopes today.");
        const kg::Relation* call = relation(y, RelationType::Met, "Paul White", "Ana Lopes");
        REQUIRE(call);
        CHECK(call->attributes.at("mode") == "telephone");
        auto z = run("Mr. Paul White welcomed Saudi Arabian Defense Minister Prince Hiro Sato to the White House.");
        CHECK(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
        auto w = run("President Paul White spoke today on the margins of the NATO Summit with President Ana Lopes "
                     "of Poland.");
        CHECK(relation(w, RelationType::Met, "Paul White", "Ana Lopes"));
        // a clause in between ends the way to "with"
        auto v = run("President Paul White spoke about the deal that Canada signed with President Ana Lopes.");
        CHECK_FALSE(relation(v, RelationType::Met, "Paul White", "Ana Lopes"));
    }

    TEST_CASE("pairs: a body after the second name, a call with its purpose") {
        auto x = run("President Paul White and Prime Minister Ana Lopes of the United Kingdom spoke today about trade.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Ana Lopes"));
        auto y = run("President Paul White and Amir Hiro Sato of Qatar spoke to reaffirm their friendship.");
        CHECK(relation(y, RelationType::Met, "Paul White", "Hiro Sato"));
        auto z = run("President Paul White and Amir Hiro Sato spoke to reporters.");
        CHECK_FALSE(relation(z, RelationType::Met, "Paul White", "Hiro Sato"));
    }

    TEST_CASE("the one an office serves is not a counterpart") {
        auto x = run("Mr. Paul White spoke with Karin Wallen, Foreign Policy Advisor to President Hiro Sato of Peru, and "
                     "Chairman Jorge Diaz.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Karin Wallen"));
        CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
        // "for" inside an office or a body's name keeps the person
        auto y = run("President Paul White met with High Council for National Reconciliation Chairman Ana Lopes.");
        CHECK(relation(y, RelationType::Met, "Paul White", "Ana Lopes"));
    }

    TEST_CASE("'following a meeting with' is the clause subject's meeting") {
        auto x = run("Foreign Minister Ana Lopes paid a courtesy call on Prime Minister Hiro Sato following a meeting "
                     "with Public Security Minister Paul White.");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
        CHECK_FALSE(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
    }

    TEST_CASE("a sentence ends after an abbreviation when a word that only opens sentences follows") {
        auto x = run("Mr. Paul White met today with Minister Ana Lopes in Washington, D.C. The two sides built on "
                     "the summit between President Hiro Sato and President Jorge Diaz.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Ana Lopes"));
        CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    }

    TEST_CASE("meetings still to come are not MET") {
        auto x = run("JULIE BROWN: Hello.\n\nQUESTION: Minister?\n\nJULIE BROWN: I'll be meeting with Secretary of "
                     "State Rex Tillerson tomorrow. On Thursday, President Joe Smith will meet with President Ana "
                     "Lopes at the White House.\n");
        CHECK_FALSE(relation(x, RelationType::Met, "Julie Brown", "Rex Tillerson"));
        CHECK_FALSE(relation(x, RelationType::Met, "Joe Smith", "Ana Lopes"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("two people joined by 'and' before a meeting verb or noun met") {
        auto x = run("Chancellor Angela Merkel and French President François Hollande have met once again to discuss "
                     "the summit.");
        CHECK(relation(x, RelationType::Met, "Angela Merkel", "François Hollande"));
        auto y = run("Mayor Reed Gusciora and Secretary Pete Buttigieg talked about several projects.");
        CHECK(relation(y, RelationType::Met, "Reed Gusciora", "Pete Buttigieg"));
        auto z = run("Chancellor Angela Merkel and President Anna Smith during talks in Evian.\nText follows.");
        CHECK(relation(z, RelationType::Met, "Angela Merkel", "Anna Smith"));
    }

    TEST_CASE("a caption line of two people is a meeting, a title-case headline is not") {
        auto x = run("Visit to Berlin\n\nNATO Secretary General Jens Stoltenberg and Angela Merkel, Chancellor of "
                     "Germany\n\nMr. Stoltenberg thanked the Chancellor.");
        CHECK(relation(x, RelationType::Met, "Jens Stoltenberg", "Angela Merkel"));
        auto y = run("News\n\nPresident Biden and Vice President Harris Are Delivering Results\n\nText.");
        CHECK(count(y, RelationType::Met) == 0);
    }

    TEST_CASE("a caption line listing three or more people with their offices is one meeting of all of them") {
        auto x = run("Visit to Warsaw\n\nHungarian Prime Minister Ana Lopes, Chancellor Hiro Sato and Czech Prime "
                     "Minister Paul White\n\nThe Chancellor travelled on.\n");
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Paul White"));
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
        // people without an office, or a line with other words, are not a caption of a meeting
        auto y = run("Members\n\nAna Lopes, Hiro Sato and Paul White\n\nPrime Minister Ana Lopes, Chancellor Hiro "
                     "Sato and President Paul White signed\n\nEnd.\n");
        CHECK(count(y, RelationType::Met) == 0);
    }

    TEST_CASE("meetings named by a noun with their counterparts") {
        auto x = run("Foreign Secretary Jeremy Hunt will travel to New York later today, following two days of "
                     "high-level meetings in Washington with Vice President Mike Pence and Secretary of State Mike "
                     "Pompeo.");
        CHECK(relation(x, RelationType::Met, "Jeremy Hunt", "Mike Pence"));
        CHECK(relation(x, RelationType::Met, "Jeremy Hunt", "Mike Pompeo"));
    }

    TEST_CASE("'met his counterpart' names the counterpart") {
        auto x = run("Foreign Minister Yu Myung-hwan made a visit to China. During his visit, he met his counterpart "
                     "Yang Jiechi on March 18.", "2010-03-23");
        const kg::Relation* r = relation(x, RelationType::Met, "Yu Myung-hwan", "Yang Jiechi");
        REQUIRE(r);
        CHECK(r->date == "2010-03-18");
    }

    TEST_CASE("an apposition with 'Former' names the person a bare title refers to") {
        auto x = run("Readouts | Ban Ki-moon, Former Secretary-General\nThe Secretary-General met today with H.E. Mr. "
                     "John Key, the Prime Minister of New Zealand.");
        CHECK(relation(x, RelationType::Met, "Ban Ki-moon", "John Key"));
    }
}

TEST_SUITE("extract.dates") {
    TEST_CASE("'yesterday', 'today' and a weekday date a meeting from the release date") {
        auto x = run("Readout\n\n2021-01-23\n\nPresident Joe Smith spoke with President Ana Lopes yesterday about "
                     "migration.", "");
        const kg::Relation* r = relation(x, RelationType::Met, "Joe Smith", "Ana Lopes");
        REQUIRE(r);
        CHECK(r->date == "2021-01-22");
        // 2021-01-23 is a Saturday: "on Wednesday" is 2021-01-20
        auto y = run("Readout\n\n2021-01-23\n\nOn Wednesday, President Joe Smith met with President Ana Lopes.", "");
        const kg::Relation* r2 = relation(y, RelationType::Met, "Joe Smith", "Ana Lopes");
        REQUIRE(r2);
        CHECK(r2->date == "2021-01-20");
    }

    TEST_CASE("a title that ends with its date dates the release when there is no date line") {
        auto x = run("European Union - Minister's participation in the Council (Brussels, March 14, 2016)\n\n\n"
                     "Minister Jean Dupont attended the Council in Brussels.", "");
        CHECK(x.document.date == "2016-03-14");
        auto y = run("Statement on the anniversary of the events of March 11, 2011 and on the long recovery of the "
                     "region since then\n\nText.", "");
        CHECK(y.document.date.empty());
    }
}

TEST_SUITE("extract.news") {
    TEST_CASE("news style: 'met with his Japanese counterpart', lower-case offices in appositions, a subject pair") {
        auto x = run("BEIJING, May 17 (Xinhua) -- Chinese Foreign Minister Wang Yi met with his Japanese counterpart "
                     "Yoshimasa Hayashi in Beijing on Tuesday.");
        CHECK(relation(x, RelationType::Met, "Wang Yi", "Yoshimasa Hayashi"));
        auto y = run("SEOUL (Reuters) - Li Qiang, China's premier, met Cho Tae-yul, the South Korean foreign "
                     "minister, in Beijing.");
        CHECK(entity(y, EntityType::Person, "Li Qiang"));
        CHECK(relation(y, RelationType::Met, "Li Qiang", "Cho Tae-yul"));
        auto z = run("TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden agreed "
                     "Friday to strengthen their alliance during talks in Washington.");
        CHECK(relation(z, RelationType::Met, "Fumio Kishida", "Joe Biden"));
    }

    TEST_CASE("Indian honorifics are not part of a name") {
        auto x = run("Prime Minister Shri Narendra Modi met with President Joe Smith.");
        CHECK(entity(x, EntityType::Person, "Narendra Modi"));
    }
}

TEST_SUITE("extract.people") {
    TEST_CASE("a word of the language inside an office is not a name, a surname that is a word stays") {
        auto x = run("Jake Sullivan spoke by phone today with Emma Aparici, Chief Diplomatic Advisor to the "
                     "President of Spain, and with Ibrahim Kalin, Spokesperson and Chief Advisor to the President "
                     "of Turkey.");
        CHECK_FALSE(entity(x, EntityType::Person, "Diplomatic"));
        CHECK_FALSE(entity(x, EntityType::Person, "Advisor"));
        CHECK(entity(x, EntityType::Person, "Emma Aparici"));
        auto y = run("President Xi said that China would act. Foreign Secretary Truss met Secretary Blinken.");
        CHECK(entity(y, EntityType::Person, "Xi"));
        CHECK(relation(y, RelationType::Met, "Truss", "Blinken"));
    }
}

TEST_SUITE("extract.people") {
    TEST_CASE("a plural office names each person after it, and is never an apposition") {
        auto x = run("Federica Mogherini, High Representative, met today with Zoran Zaev, Prime Minister of North "
                     "Macedonia, who was accompanied by Deputy Prime Ministers Radmila Sekerinska and Bujar Osmani.");
        CHECK(entity(x, EntityType::Person, "Radmila Sekerinska"));
        CHECK(entity(x, EntityType::Person, "Bujar Osmani"));
        CHECK(relation(x, RelationType::Met, "Federica Mogherini", "Bujar Osmani"));
        auto y = run("Jake Sullivan spoke with the Ambassadors of Guinea, Democratic Republic of Congo, Sierra Leone "
                     "and Liberia. He spoke with National Security Advisors, Foreign Ministers, and other officials.");
        for (const auto& e : y.entities)
            if (e.type == EntityType::Person) CHECK(e.name == "Jake Sullivan");
    }

    TEST_CASE("'meetings with A and B' are one meeting each") {
        auto x = run("Foreign Secretary Jeremy Hunt held two days of meetings in Washington with Vice President Mike "
                     "Pence and Secretary of State Mike Pompeo.");
        CHECK(relation(x, RelationType::Met, "Jeremy Hunt", "Mike Pence"));
        CHECK_FALSE(relation(x, RelationType::Met, "Mike Pence", "Mike Pompeo"));
    }
}

TEST_SUITE("extract.named_phrases") {
    TEST_CASE("a determiner before a meeting noun names no event, a head noun after a title is no name") {
        auto x = run("Remarks With Foreign Minister Ana Lopes Before Their Meeting\n\nText.");
        for (const auto& e : x.entities) CHECK(e.type != EntityType::Event);
        auto y = run("Ministers held the Australia-New Zealand Foreign Minister Consultations in Sydney.");
        for (const auto& e : y.entities) CHECK(e.type != EntityType::Person);
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("people who attended 'the meeting' join the meeting reported before") {
        auto x = run("On January 5, Minister Yasutoshi Nishimura met with Secretary Gina Raimondo in Washington. "
                     "Parliamentary Vice-Minister for Foreign Affairs Takagi Kei also attended the meeting.");
        CHECK(relation(x, RelationType::Met, "Yasutoshi Nishimura", "Takagi Kei"));
        CHECK(relation(x, RelationType::Met, "Gina Raimondo", "Takagi Kei"));
    }

    TEST_CASE("'X and Y held their first meeting, where ...' is a meeting") {
        auto x = run("President Donald J. Trump and Prime Minister Ishiba Shigeru held their first official meeting "
                     "today in Washington, where they affirmed their determination to pursue relations that hold.");
        CHECK(relation(x, RelationType::Met, "Donald J. Trump", "Ishiba Shigeru"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("'spoke to X', 'A and B spoke today about', an unknown adjective before the counterpart's title") {
        auto x = run("President Joe Smith spoke today to President Volodymyr Zelenskyy of Ukraine.");
        CHECK(relation(x, RelationType::Met, "Joe Smith", "Volodymyr Zelenskyy"));
        auto y = run("President Joe Smith and Chancellor Angela Merkel spoke today about the situation.");
        CHECK(relation(y, RelationType::Met, "Joe Smith", "Angela Merkel"));
        auto z = run("National Security Advisor Jake Sullivan met today with Angolan President João Lourenço.");
        CHECK(relation(z, RelationType::Met, "Jake Sullivan", "João Lourenço"));
    }

    TEST_CASE("two speakers at an event did not meet, a clause after the call ends its counterparts") {
        auto x = run("Senator Ann Lee and Governor Tom Ward spoke at the rally in Ohio.");
        CHECK_FALSE(relation(x, RelationType::Met, "Ann Lee", "Tom Ward"));
        auto y = run("President Joe Smith spoke to Governor Pedro Pierluisi today while returning from the funeral "
                     "of Queen Mary Jones.");
        CHECK(relation(y, RelationType::Met, "Joe Smith", "Pedro Pierluisi"));
        CHECK_FALSE(relation(y, RelationType::Met, "Joe Smith", "Mary Jones"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("'called X' is a call, a purpose clause ends the counterparts, 'His Majesty' is an honorific") {
        auto x = run("President Joe Smith called Prime Minister Fumio Kishida of Japan today to express his "
                     "condolences on the death of former Prime Minister Abe Shinzo.");
        const kg::Relation* r = relation(x, RelationType::Met, "Joe Smith", "Fumio Kishida");
        REQUIRE(r);
        CHECK(r->attributes.at("mode") == "telephone");
        CHECK_FALSE(relation(x, RelationType::Met, "Joe Smith", "Abe Shinzo"));
        auto y = run("President Joe Smith met today with His Majesty King Abdullah II of Jordan.");
        CHECK(relation(y, RelationType::Met, "Joe Smith", "Abdullah II"));
        auto z = run("President Joe Smith and President Emmanuel Macron of France spoke today about Afghanistan.");
        CHECK(relation(z, RelationType::Met, "Joe Smith", "Emmanuel Macron"));
    }
}

TEST_SUITE("extract.news") {
    TEST_CASE("a host and the guest named right after 'hosted', 'received', 'welcomed', the mode of a pair's call") {
        auto x = run("Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Sochi. "
                     "Indian Prime Minister Narendra Modi received Australian Prime Minister Anthony Albanese in New "
                     "Delhi. In a phone call on Tuesday, Russian Foreign Minister Sergey Lavrov and Turkish Foreign "
                     "Minister Hakan Fidan discussed Ukraine.");
        CHECK(relation(x, RelationType::Met, "Recep Tayyip Erdogan", "Vladimir Putin"));
        CHECK(relation(x, RelationType::Met, "Narendra Modi", "Anthony Albanese"));
        const kg::Relation* call = relation(x, RelationType::Met, "Sergey Lavrov", "Hakan Fidan");
        REQUIRE(call);
        CHECK(call->attributes.at("mode") == "telephone");
        auto y = run("Prime Minister Ana Lopes welcomed the statement of President Joe Smith and received "
                     "Minister Tom Ward's letter.");
        CHECK_FALSE(relation(y, RelationType::Met, "Ana Lopes", "Joe Smith"));
        CHECK_FALSE(relation(y, RelationType::Met, "Ana Lopes", "Tom Ward"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("passive forms: 'a Summit Meeting was held between A and B', 'the meeting was attended by C and D'") {
        auto x = run("On November 12, a Japan-Philippines Summit Meeting was held between Mr. Shinzo Abe, Prime "
                     "Minister of Japan, and H.E. Mr. Rodrigo Roa Duterte, President of the Philippines.",
                     "2017-11-12");
        CHECK(relation(x, RelationType::Met, "Shinzo Abe", "Rodrigo Roa Duterte"));
        auto y = run("Vice-Minister Mori Meets with Deputy Secretary Sherman\n\nOn July 20, Mr. MORI Takeo, "
                     "Vice-Minister for Foreign Affairs, had a meeting with the Honorable Wendy R. Sherman, Deputy "
                     "Secretary of State. The meeting was attended by Ambassador Rahm Emanuel and Mr. FUNAKOSHI "
                     "Takehiro, Director-General of the Asian and Oceanian Affairs Bureau.", "2021-07-20");
        CHECK(relation(y, RelationType::Met, "Takeo Mori", "Rahm Emanuel"));
        CHECK(relation(y, RelationType::Met, "Wendy R. Sherman", "Takehiro Funakoshi"));
    }
}

TEST_SUITE("extract.people") {
    TEST_CASE("offices of a cabinet and an agency acronym before them are not part of the name") {
        auto x = run("President Joe Smith spoke with FEMA Administrator Deanne Criswell and Secretary of "
                     "Transportation Pete Buttigieg.");
        CHECK(entity(x, EntityType::Person, "Deanne Criswell"));
        CHECK(entity(x, EntityType::Person, "Pete Buttigieg"));
        CHECK(relation(x, RelationType::Met, "Joe Smith", "Deanne Criswell"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("delegations listed by side join the meeting") {
        auto x = run("On May 3, Foreign Minister Hiro Sato held a meeting with Foreign Minister Dmytro Kuleba of "
                     "Ukraine. The meeting was attended on the Japanese side by Ambassador Kenji Ito and Mr. Taro "
                     "Yamada, and on the Ukrainian side by Deputy Minister Emine Dzhaparova.", "2023-05-03");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Kenji Ito"));
        CHECK(relation(x, RelationType::Met, "Dmytro Kuleba", "Emine Dzhaparova"));
        CHECK(relation(x, RelationType::Met, "Taro Yamada", "Emine Dzhaparova"));
    }
}

TEST_SUITE("extract.dates") {
    TEST_CASE("Japanese dates in both calendars date a Japanese release") {
        auto x = run("報道発表\n\n日米外相電話会談\n\n平成25年11月18日\n\n 本18日午前7時30分から約30分間,外務大臣は電話会談を行った。", "");
        CHECK(x.document.date == "2013-11-18");
        auto y = run("外務大臣\n\n令和7年4月3日\n本文。", "");
        CHECK(y.document.date == "2025-04-03");
        auto z = run("報道発表\n\n２０２５年４月３日\n本文。", "");
        CHECK(z.document.date == "2025-04-03");
        auto e = run("報道発表\n\n令和元年5月1日\n本文。", "");
        CHECK(e.document.date == "2019-05-01");
        auto bad = run("報道発表\n\n平成25年13月40日\n本文。", "");
        CHECK(bad.document.date.empty());
    }
}

TEST_SUITE("extract.people") {
    TEST_CASE("offices of the news and of monarchies: President-Elect, Politburo Member, Amir Sheikh") {
        auto x = run("President Joe Smith spoke with President-Elect Gustavo Petro of Colombia and with Politburo "
                     "Member Yang Jiechi. He also spoke with Amir Sheikh Tamim bin Hamad Al Thani of Qatar.");
        CHECK(relation(x, RelationType::Met, "Joe Smith", "Gustavo Petro"));
        CHECK(relation(x, RelationType::Met, "Joe Smith", "Yang Jiechi"));
        CHECK(entity(x, EntityType::Person, "Tamim bin Hamad Al Thani"));
    }
}

TEST_SUITE("extract.roles") {
    TEST_CASE("an office written before a comma and the name, Australian style") {
        auto x = run("Australian Minister for Foreign Affairs and Minister for Women, Senator the Hon Ana Lopes, and "
                     "New Zealand Minister of Foreign Affairs, Local Government and Associate Minister for Trade, Hon "
                     "Hiro Sato, have today held consultations in Australia.");
        const kg::Relation* au = relation(x, RelationType::Role, "Ana Lopes", "Australia");
        REQUIRE(au);
        CHECK(au->attributes.at("title") == "Minister for Foreign Affairs and Minister for Women");
        CHECK(relation(x, RelationType::Role, "Hiro Sato", "New Zealand"));
        // a plural office is not the next person's
        auto y = run("Speaking to spouses of United States Senators, Mrs. Ana Lopes praised them.");
        CHECK_FALSE(relation(y, RelationType::Role, "Ana Lopes", "United States"));
    }

    TEST_CASE("people accompanying someone hold their offices in that person's country") {
        auto x = run("Minister Paul White met today with Hiro Sato, Prime Minister of Peru, who was accompanied by "
                     "Deputy Prime Minister Ana Lopes and Foreign Minister Jorge Diaz.");
        CHECK(relation(x, RelationType::Role, "Hiro Sato", "Peru"));
        CHECK(relation(x, RelationType::Role, "Ana Lopes", "Peru"));
        CHECK(relation(x, RelationType::Role, "Jorge Diaz", "Peru"));
    }

    TEST_CASE("an office of a country right after a name, without a comma") {
        auto x = run("While in Beirut, Minister Ana Lopes met with Karin Wallen President of Lebanon, and with "
                     "representatives of civil society.");
        CHECK(entity(x, EntityType::Person, "Karin Wallen"));
        CHECK(relation(x, RelationType::Role, "Karin Wallen", "Lebanon"));
    }

    TEST_CASE("an apposition's office may open with words of appointment") {
        auto x = run("Minister Ana Lopes held a phone conversation with Mr. Paul White, newly appointed U.S. "
                     "Secretary of State.");
        CHECK(relation(x, RelationType::Role, "Paul White", "United States"));
    }

    TEST_CASE("'Foreign Minister of Singapore Dr. X': honorifics between an office of a country and the name") {
        auto x = run("Minister Ana Lopes met Foreign Minister of Singapore Dr. Hiro Sato today, and the Secretary-General "
                     "of ASEAN, Dr. Paul White.");
        CHECK(relation(x, RelationType::Role, "Hiro Sato", "Singapore"));
        CHECK(relation(x, RelationType::Role, "Paul White", "Association of Southeast Asian Nations"));
        CHECK(relation(x, RelationType::Met, "Ana Lopes", "Hiro Sato"));
    }

    TEST_CASE("an apposition's office may hold a comma or 'to' of its own") {
        auto x = run("Minister Ana Lopes met with Mr. Paul White, Secretary of State for Foreign, Commonwealth and "
                     "Development Affairs of the United Kingdom, and with Ms. Jan Novak, Assistant to the President "
                     "and Director of the National Economic Council.");
        const kg::Relation* uk = relation(x, RelationType::Role, "Paul White", "United Kingdom");
        REQUIRE(uk);
        CHECK(uk->attributes.at("title") == "Secretary of State for Foreign, Commonwealth and Development Affairs");
        CHECK(relation(x, RelationType::Role, "Jan Novak", "National Economic Council"));
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("MOFA style: a summit named with a dotted country, a pair with honorifics, working meals, the same day") {
        auto x = run("On April 10, Mr. SATO Hiro, Prime Minister of Japan, held a Japan-U.S. Summit Meeting with the "
                     "Honorable Paul White, Jr., President of the United States of America.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul White"));
        auto y = run("On December 15, Ms. LOPES Ana, Minister for Foreign Affairs of Japan, and H.E. Mr. Bui Thanh "
                     "Son, Minister of Foreign Affairs of Viet Nam, held a Japan-Viet Nam Foreign Ministers' Meeting.");
        CHECK(relation(y, RelationType::Met, "Ana Lopes", "Bui Thanh Son"));
        auto z = run("On September 9, Ms. LOPES Ana, Minister for Foreign Affairs, hosted a working dinner for "
                     "Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia.");
        CHECK(relation(z, RelationType::Met, "Ana Lopes", "Penny Wong"));
        auto w = run("On June 5, Mr. SATO Hiro, State Minister for Foreign Affairs, had a meeting with Mr. Paul White, "
                     "Deputy Minister of India. On the same day, State Minister Sato also met with Mr. Jorge Diaz, "
                     "Secretary, Ministry of External Affairs of India.", "2024-06-07");
        const kg::Relation* later = relation(w, RelationType::Met, "Hiro Sato", "Jorge Diaz");
        REQUIRE(later);
        CHECK(later->date == "2024-06-05");
    }
}

TEST_SUITE("extract.meetings") {
    TEST_CASE("a call or video link says how they met, whatever else the phrase is") {
        auto x = run("On May 3, Mr. SATO Hiro, Prime Minister of Japan, held a summit telephone talk with H.E. Mr. "
                     "Paul White, President of Brazil.");
        const kg::Relation* r = relation(x, RelationType::Met, "Hiro Sato", "Paul White");
        REQUIRE(r);
        CHECK(r->attributes.at("mode") == "telephone");
        auto y = run("On May 3, Mr. SATO Hiro, Prime Minister of Japan, received a courtesy call from Mr. Paul White.");
        const kg::Relation* c = relation(y, RelationType::Met, "Hiro Sato", "Paul White");
        REQUIRE(c);
        CHECK(c->attributes.at("mode") == "courtesy-call");
    }

    TEST_CASE("'was also present' joins the meeting just reported") {
        auto x = run("On February 2, Mr. SATO Hiro, Prime Minister of Japan, received a courtesy call from Mr. Paul "
                     "White, Deputy Secretary of State. Mr. Jorge Diaz, U.S. Ambassador to Japan, was also present.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Jorge Diaz"));
    }

    TEST_CASE("a pair whose members both carry appositions") {
        auto x = run("On October 6, Mr. SATO Hiro, Minister for Foreign Affairs, and the Honorable Paul R. White, "
                     "Secretary of State of the United States, exchanged views.");
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Paul R. White"));
    }

    TEST_CASE("a meeting between two people and another pair's talks in one sentence") {
        auto x = run("Following the meeting between President Paul White and President Ana Lopes on June 14, Mr. "
                     "Hiro Sato and Dr. Jorge Diaz discussed regional issues.");
        CHECK(relation(x, RelationType::Met, "Paul White", "Ana Lopes"));
        CHECK(relation(x, RelationType::Met, "Hiro Sato", "Jorge Diaz"));
        CHECK_FALSE(relation(x, RelationType::Met, "Paul White", "Hiro Sato"));
    }
}

TEST_SUITE("extract.events") {
    TEST_CASE("a lower-case summit or meeting after an acronym is a named event, plural sessions are not") {
        auto x = run("Chancellor Ana Lopes spoke about the G20 summit meeting in China and the EU summit in Rome. "
                     "The G7 sessions were long.");
        CHECK(entity(x, EntityType::Event, "G20 summit meeting"));
        CHECK(entity(x, EntityType::Event, "EU summit"));
        CHECK_FALSE(entity(x, EntityType::Event, "G7 sessions"));
    }
}

TEST_SUITE("extract.attendance") {
    TEST_CASE("a report's word is not part of the event a title names, the lead meeting's people attended it") {
        auto x = run("Outcome of ROK-U.S. Foreign Ministers' Telephone Conversation (January 23)\n\nOn January 23, "
                     "Minister of Foreign Affairs Cho Tae-yul held a phone conversation with Mr. Paul White, newly "
                     "appointed U.S. Secretary of State.\n");
        CHECK(entity(x, EntityType::Event, "ROK-U.S. Foreign Ministers' Telephone Conversation"));
        CHECK_FALSE(entity(x, EntityType::Event, "Outcome of ROK-U.S. Foreign Ministers' Telephone Conversation"));
        CHECK(relation(x, RelationType::Attended, "Cho Tae-yul", "ROK-U.S. Foreign Ministers' Telephone Conversation"));
        CHECK(relation(x, RelationType::Attended, "Paul White", "ROK-U.S. Foreign Ministers' Telephone Conversation"));
    }
}

TEST_SUITE("extract.titles") {
    TEST_CASE("an adviser's office and a church rank stand before a name like any title") {
        const auto x = run("The Foreign Secretary, Mr. Alan Grey, spoke by telephone today with Chilean Presidential "
                           "Adviser Tomas Herrera. On May 3, he met with Cardinal Piero Bellini, Archbishop of Turin.\n");
        CHECK(entity(x, EntityType::Person, "Tomas Herrera"));
        CHECK(entity(x, EntityType::Person, "Piero Bellini"));
        CHECK_FALSE(entity(x, EntityType::Person, "Adviser Tomas Herrera"));
        CHECK(relation(x, RelationType::Met, "Alan Grey", "Tomas Herrera"));
        CHECK(relation(x, RelationType::Met, "Alan Grey", "Piero Bellini"));
        // An office for a country names the person after it, without a role in that country.
        const auto z = run("Mr. Alan Grey met with the Special Envoy for Yemen, Hans Lindqvist, on May 15.\n");
        CHECK(relation(z, RelationType::Met, "Alan Grey", "Hans Lindqvist"));
        CHECK_FALSE(relation(z, RelationType::Role, "Hans Lindqvist", "Yemen"));
        // A particle joined by a hyphen to the family name stays in the name.
        const auto w = run("Mr. Alan Grey received a call from President Karim Nabil el-Masri of Egypt, in which "
                           "President el-Masri thanked him.\n");
        CHECK(entity(w, EntityType::Person, "Karim Nabil el-Masri"));
        CHECK_FALSE(entity(w, EntityType::Person, "Karim Nabil"));
        CHECK(relation(w, RelationType::Met, "Alan Grey", "Karim Nabil el-Masri"));
        // "received a call from" is a telephone call; "received a courtesy call from" is not.
        REQUIRE(w.meetings.size() == 1);
        CHECK(w.meetings[0].mode == kg::MeetingMode::Telephone);
        const auto v = run("Minister Alan Grey received a courtesy call from Mr. Piet Vos, Ambassador of the "
                           "Netherlands.\n");
        REQUIRE(v.meetings.size() == 1);
        CHECK(v.meetings[0].mode == kg::MeetingMode::CourtesyCall);
        // A photographer's credit names a person; an agency does not.
        const auto u = run("Mr. Alan Grey met Mr. Piet Vos.\n[State Department photo by Dana Kowalczyk/ Public Domain]\n"
                           "Photo by Getty Images.\n");
        CHECK(entity(u, EntityType::Person, "Dana Kowalczyk"));
        CHECK_FALSE(entity(u, EntityType::Person, "Getty Images"));
        CHECK_FALSE(relation(u, RelationType::Met, "Alan Grey", "Dana Kowalczyk"));
        // "spoke with" says no mode: a readout titled as a call is a telephone call.
        for (const char* title : {"Readout of Minister Grey's Call with Minister Vos", "Minister Grey meets Minister Vos"}) {
            kg::Document d;
            d.id = "t.txt";
            d.title = title;
            d.text = std::string(title) + "\nMinister Alan Grey spoke today with Minister Piet Vos of the Netherlands.\n";
            d.date = "2024-04-05";
            const auto c = kg::extract::Extractor(kg_test::gazetteer()).extract(d);
            REQUIRE(c.meetings.size() == 1);
            CHECK(c.meetings[0].mode == (std::string(title).find("Call") != std::string::npos
                                             ? kg::MeetingMode::Telephone
                                             : kg::MeetingMode::InPerson));
        }
        // A pair's verb with its mode just after it: "A and B spoke by telephone".
        const auto p = run("Minister Alan Grey and Minister Piet Vos spoke by telephone this afternoon.\n");
        REQUIRE(p.meetings.size() == 1);
        CHECK(p.meetings[0].mode == kg::MeetingMode::Telephone);
        // A family name in capitals before the given name, but not an acronym that is a word or
        // one before a head noun.
        const auto q = run("Mr. MORIKAWA Taro met Mr. Piet Vos. The PACT Act and the CDFI Fund were discussed.\n");
        CHECK(entity(q, EntityType::Person, "Taro Morikawa"));
        CHECK_FALSE(entity(q, EntityType::Person, "Act Pact"));
        CHECK_FALSE(entity(q, EntityType::Person, "Fund Cdfi"));
        for (const kg::Entity& e : q.entities)
            if (e.type == EntityType::Person) CHECK_MESSAGE(e.name.find("Act") == std::string::npos, e.name);
        // A title alone is no one.
        const auto y = run("The Adviser met the press on Tuesday.\n");
        CHECK_FALSE(entity(y, EntityType::Person, "Adviser"));
    }
}

TEST_CASE("a transcript headed 'Transcript, E&OE' reads one speaker label of a name alone, and labels in title case ('Name, Title:')") {
    const auto x = run("Transcript, E&OE\n\nTOM HALE: I have just concluded a very productive meeting with the Prime Minister of "
                       "Bangladesh Ana Silva. Earlier this morning I took a phone call from the newly confirmed United States "
                       "Secretary of State Rui Costa.",
                       "2018-04-27");
    CHECK(relation(x, RelationType::Met, "Tom Hale", "Ana Silva"));
    const kg::Relation* call = relation(x, RelationType::Met, "Tom Hale", "Rui Costa");
    REQUIRE(call);
    CHECK(call->attributes.at("mode") == "telephone");
    // without the heading, one label of a name alone is no speaker (a heading such as "PILLAR TWO:")
    const auto y = run("Remarks\n\nTOM HALE: I have just concluded a meeting with the Prime Minister of Bangladesh Ana Silva.",
                       "2018-04-27");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto z = run("Press Conference Jakarta\n\nSubjects: ASEAN meetings; Minister Rui Costa to visit Japan.\n\n"
                       "Tom Hale, Foreign Minister: Well, it's good to be here. I've also just had a meeting with Ana Silva, "
                       "my counterpart from the Republic of Korea.",
                       "2023-07-13");
    CHECK(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
    CHECK_FALSE(relation(z, RelationType::Met, "Rui Costa", "Ana Silva"));
    // the honorific before a labelled name is no part of it
    const auto w = run("Transcript of a briefing\n\nShri Tom Hale, Foreign Secretary: Thank you very much.\n\n"
                       "Shri Rui Costa, Official Spokesperson: Thank you, sir.",
                       "2023-06-19");
    CHECK(entity(w, EntityType::Person, "Tom Hale"));
    CHECK_FALSE(entity(w, EntityType::Person, "Shri Tom Hale"));
}

TEST_CASE("'took a phone call from X' is a call X made, 'took a call for action' none, and 'will have a meeting' is still to come") {
    const auto x = run("News\n\nMinister Tom Hale took a phone call from Minister Ana Silva on Monday.", "2024-05-10");
    const kg::Relation* m = relation(x, RelationType::Met, "Tom Hale", "Ana Silva");
    REQUIRE(m);
    CHECK(m->attributes.at("mode") == "telephone");
    const auto y = run("News\n\nMinister Tom Hale took a visit to the farm from Minister Ana Silva's region.", "2024-05-10");
    CHECK_FALSE(relation(y, RelationType::Met, "Tom Hale", "Ana Silva"));
    const auto z = run("News\n\nWe will have a meeting with Minister Ana Silva, Minister Tom Hale said.", "2024-05-10");
    CHECK_FALSE(relation(z, RelationType::Met, "Tom Hale", "Ana Silva"));
}
