// Each pattern family pinned with short sentences of its own, in memory.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <string>
#include <unordered_set>

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/text.h"
#include "extract/word_list.h"
#include "model/error.h"
#include "extract_test_support.h"

using namespace kg_test;



TEST_SUITE("extract") {
    TEST_CASE("a token is marked folded only when it has no capital and no byte above ASCII") {
        const std::vector<kg::extract::Token> t = kg::extract::tokenize("met iPhone Café 2024 , O'Brien o'neill ’s 's 'S \u00AB x");
        std::vector<std::pair<std::string, bool>> got;
        for (const auto& k : t) got.emplace_back(std::string(k.text), k.folded);
        const std::vector<std::pair<std::string, bool>> want = {
            {"met", true},  {"iPhone", false}, {"Café", false}, {"2024", true}, {",", true},     {"O'Brien", false},
            {"o'neill", true}, {"’", false}, {"s", true},   {"'", true},     {"s", true},     {"'", true},
            {"S", false},   {"\u00AB", false}, {"x", true}};
        CHECK(got == want);
    }
    TEST_CASE("tokenize and split_sentences write into the storage they are given, cleared first") {
        std::vector<kg::extract::Token> storage = kg::extract::tokenize("A long first text. With two sentences here.");
        const auto* memory = storage.data();
        const std::vector<kg::extract::Token> t = kg::extract::tokenize("Short one.", std::move(storage));
        REQUIRE(t.size() == 3);
        CHECK(t.data() == memory);
        CHECK(t[0].text == "Short");
        std::vector<kg::extract::Sentence> sentences =
            kg::extract::split_sentences("A long first text. With two sentences here.",
                                         kg::extract::tokenize("A long first text. With two sentences here."));
        CHECK(sentences.size() == 2);
        sentences = kg::extract::split_sentences("Short one.", t, std::move(sentences));
        REQUIRE(sentences.size() == 1);
        CHECK(sentences[0].last == 3);
    }
    TEST_CASE("join_wrapped_lines: breaks of text wrapped at one width become spaces, other line breaks stay") {
        // the lines' first tokens that still begin a line after the join
        auto line_starts = [](const std::string& text) {
            std::vector<kg::extract::Token> t = kg::extract::tokenize(text);
            kg::extract::join_wrapped_lines(text, t);
            std::vector<std::string> out;
            for (std::size_t k = 1; k < t.size(); ++k)
                if (t[k].newline_before) out.emplace_back(t[k].text);
            return out;
        };
        const std::string wrapped = "Title of the page without a stop that is long enough to be one line of prose\n"
                                    "20 February 2014 - The Philippines and Argentina held the 2nd Bilateral Consultation\n"
                                    "Meeting in Manila yesterday, February 19. The Philippine delegation was led by Department\n"
                                    "of Foreign Affairs Undersecretary for Policy Tom Hale while Ministry for Foreign\n"
                                    "Affairs and Worship Undersecretary for Foreign Policy Ana Silva led\n"
                                    "the Argentine delegation.\n\nA new paragraph.";
        // the title stays its own line, the four wrapped breaks are spaces, the paragraph break stays
        CHECK(line_starts(wrapped) == std::vector<std::string>{"20", "A"});
        // lines of very different widths (a list of items, one paragraph per line) are not joined
        const std::string list = "Programme\n"
                                 "Minister Tom Hale will meet the members of the association in Tokyo\n"
                                 "Minister Ana Silva will speak at the opening of the trade fair in Osaka on Monday and then at the dinner\n"
                                 "Minister Tom Hale will leave for Manila on the evening of Tuesday with the team of twenty advisers and\n"
                                 "Return";
        CHECK(line_starts(list) == std::vector<std::string>{"Minister", "Minister", "Minister", "Return"});
        // lines that end their sentences are never joined, however even their widths
        const std::string prose = "Title\n"
                                  "Minister Tom Hale met the press in Tokyo on Monday morning at the hotel.\n"
                                  "Minister Ana Silva met the press in Osaka on Monday evening at the hall.\n"
                                  "Minister Tom Hale left for Manila on Tuesday morning with his advisers.\n"
                                  "Minister Ana Silva left for Lima on Tuesday evening with her advisers.";
        CHECK(line_starts(prose) == std::vector<std::string>{"Minister", "Minister", "Minister", "Minister"});
        // a wire report wrapped at one width with each sentence a paragraph of its own: the sentence
        // ends tell nothing, and a shorter line the next word would have made too wide is wrapped too
        // ("... negotiator Ali / Larijani")
        const std::string wire = "Agency chief says Iran to cooperate\n"
                                 "Mark Tom Hale, the director general of the International Atomic\n"
                                 "Energy Agency (IAEA), said on Friday that the Iranian government\n"
                                 "would cooperate with the IAEA to draw up a plan of action on how to\n"
                                 "resolve the disputed nuclear issue.\n"
                                 "After two hours of talks with Iran's nuclear negotiator Ali\n"
                                 "Larijani, Tom Hale told the media that the meeting was quite\n"
                                 "satisfying, and Iran had shown its willingness to clarify the\n"
                                 "pending questions on its nuclear program.\n"
                                 "The plan would be concluded within two months, he added.";
        CHECK(line_starts(wire) == std::vector<std::string>{"Mark", "After", "The"});
        // a page's photo captions of one width, each opening in capitals, are lines of their own
        const std::string captions = "Attendance of Foreign Minister Hale at the Meeting of Ministers of Foreign Affairs\n"
                                     "Foreign Minister Hale attending the Meeting of Ministers of Foreign Affairs\n"
                                     "Foreign Minister Hale attending the Meeting of Ministers of Foreign Affairs\n"
                                     "Foreign Minister Hale speaking at the Meeting of Ministers of Foreign Affairs\n"
                                     "Foreign Minister Hale speaking at the Meeting of Ministers of Foreign Affairs\n"
                                     "Foreign Minister Hale attended the Meeting.";
        CHECK(line_starts(captions) == std::vector<std::string>{"Foreign", "Foreign", "Foreign", "Foreign", "Foreign"});
    }
    TEST_CASE("the word list: lower-case words without an apostrophe that no capitalised word folds to") {
        const auto path = std::filesystem::temp_directory_path() / ("kg_words_" + std::to_string(::getpid()));
        {
            std::ofstream out(path, std::ios::binary);
            // a capitalised form after its lower-case one, apostrophes anywhere in a line, an empty line,
            // a word of eight bytes and one that crosses a block of eight, the last without a line feed
            out << "polish\nPolish\no'clock\nabc's\nclock\n\nzebraish\nABC\nabc\n\u00C9lan\n\u00E9lan\n"
                   "interlocutor\nyes'\nzebra";
        }
        kg::extract::Gazetteer::Impl im;
        im.add_word_list(path.string());
        std::filesystem::remove(path);
        CHECK(im.common_word("clock"));
        CHECK(im.common_word("zebraish"));
        CHECK(im.common_word("interlocutor"));
        CHECK(im.common_word("zebra"));
        CHECK_FALSE(im.common_word("polish"));  // "Polish"
        CHECK_FALSE(im.common_word("abc"));     // "ABC"
        CHECK_FALSE(im.common_word("o'clock"));
        CHECK_FALSE(im.common_word("abc's"));
        CHECK_FALSE(im.common_word("yes'"));
        CHECK_FALSE(im.common_word("yes"));
        CHECK_FALSE(im.common_word(""));
        CHECK_FALSE(im.common_word("\u00E9lan"));  // starts above ASCII: read as capitalised, as ever
    }
    TEST_CASE("the word list's buckets answer as the two sets they replace, on the system list") {
        // The definition, as the sets of the word list were built before its lines were chained
        // into buckets: lower-case lines without an apostrophe, less the folded capitalised ones.
        std::ifstream in(kg::extract::Gazetteer::words_file(), std::ios::binary);
        REQUIRE(in);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string list = buffer.str();
        std::unordered_set<std::string> lower, capitalised;
        std::vector<std::string> lines;
        for (std::size_t begin = 0; begin < list.size();) {
            std::size_t end = list.find('\n', begin);
            if (end == std::string::npos) end = list.size();
            lines.push_back(list.substr(begin, end - begin));
            begin = end + 1;
        }
        const auto lowered = [](std::string w) {
            for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            return w;
        };
        for (const std::string& w : lines) {
            if (w.empty() || w.find('\'') != std::string::npos) continue;
            if (w[0] >= 'a' && w[0] <= 'z') {
                lower.insert(w);
                continue;
            }
            const bool plain = w.size() <= 64 && std::none_of(w.begin(), w.end(), [](char c) {
                return static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\t';
            });
            capitalised.insert(plain ? lowered(w) : kg::extract::fold_key(w));
        }
        kg::extract::CommonWords words;
        words.assign(list);
        std::size_t checked = 0, common = 0;
        for (const std::string& w : lines) {
            const std::string folded = lowered(w);
            for (const std::string& q : {w, folded, w + "s", w.substr(0, w.size() / 2), folded.substr(folded.empty() ? 0 : 1)}) {
                const bool want = lower.count(q) && !capitalised.count(q);
                if (words.contains(q) != want) FAIL_CHECK("the word list answers " << !want << " for '" << q << "'");
                ++checked;
                common += want;
            }
        }
        CHECK(common > 0);
        MESSAGE(checked << " words looked up, " << common << " common");
    }
    TEST_CASE("fold_key: the same key by the quick paths and by ICU's") {
        using kg::extract::fold_key;
        CHECK(fold_key("Joe  Biden ") == "joe biden");
        CHECK(fold_key(" \tPrime\r\nMinister") == "prime minister");
        CHECK(fold_key("the Minister\u2019s \u201CPlan\u201D \u2014 Phase\u2002II") == "the minister's \"plan\" - phase ii");
        CHECK(fold_key("\u2019") == "'");
        CHECK(fold_key("a\u2026b\u2009c") == "a\u2026b c");  // an ellipsis kept, a thin space a blank
        CHECK(fold_key("Caf\u00C9 \u2019S") == "caf\u00E9 's");  // a letter above ASCII: through ICU
        CHECK(fold_key("\u00C9LYS\u00C9E") == "\u00E9lys\u00E9e");
        CHECK(fold_key("ABC\r") == "abc\r");  // no blank but CR: the first quick path keeps it, as ever
    }
    TEST_CASE("a family name in capitals is put after the given name and later short forms join it") {
        auto x = run("On April 4, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting "
                     "with H.E. Mr. Jens Stoltenberg, Secretary General of NATO. Minister Hayashi stated that "
                     "Hayashi was pleased.");
        const kg::Entity* h = entity(x, kg::EntityType::Person, "Yoshimasa Hayashi");
        REQUIRE(h);
        CHECK(has_alias(h, "HAYASHI Yoshimasa"));
        CHECK(has_alias(h, "Minister Hayashi"));
        CHECK(has_alias(h, "Hayashi"));
        CHECK(entity(x, kg::EntityType::Person, "Jens Stoltenberg"));
        CHECK_FALSE(entity(x, kg::EntityType::Person, "Hayashi"));
    }

    TEST_CASE("honorifics and post-nominals are not part of a name") {
        auto x = run("Mr. Fumio Kishida held a telephone talk with the Rt Hon. Boris Johnson, Secretary of State "
                     "for Foreign and Commonwealth Affairs of the UK, and the Hon. Julie Bishop MP, Minister for "
                     "Foreign Affairs of Australia.");
        CHECK(entity(x, kg::EntityType::Person, "Boris Johnson"));
        CHECK(entity(x, kg::EntityType::Person, "Julie Bishop"));
        CHECK(relation(x, kg::RelationType::Met, "Fumio Kishida", "Julie Bishop"));
        const kg::Relation* role = relation(x, kg::RelationType::Role, "Boris Johnson", "United Kingdom");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "Secretary of State for Foreign and Commonwealth Affairs");
        CHECK(relation(x, kg::RelationType::Role, "Julie Bishop", "Australia"));
    }

    TEST_CASE("a hyphenated Korean given name and a delegation listed under a side") {
        auto x = run("On June 21, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Mr. Yun "
                     "Byung-se, Minister of Foreign Affairs of the ROK. (From the ROK side, Mr. Kim Hong-kyun, "
                     "Deputy Minister for Political Affairs, and others attended the meeting.)",
                     "2015-06-21");
        CHECK(entity(x, kg::EntityType::Person, "Yun Byung-se"));
        CHECK(entity(x, kg::EntityType::Person, "Kim Hong-kyun"));
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Fumio Kishida", "Kim Hong-kyun");
        REQUIRE(met);
        CHECK(met->date == "2015-06-21");
        CHECK(relation(x, kg::RelationType::Met, "Yun Byung-se", "Kim Hong-kyun"));
        CHECK(relation(x, kg::RelationType::Role, "Kim Hong-kyun", "Republic of Korea"));
        CHECK(relation(x, kg::RelationType::Role, "Yun Byung-se", "Republic of Korea"));
    }

    TEST_CASE("a dialogue whose two sides were represented by named officials is their meeting, one side is not") {
        auto x = run("On March 5, the 10th Japan-Philippines Vice-Ministerial Strategic Dialogue was held in Manila. "
                     "The Japanese side was represented by Mr. SATO Hiro, Vice-Minister for Foreign Affairs, and the "
                     "Philippine side by Ms. Ana Lopes, Undersecretary for Bilateral Relations.",
                     "2024-03-05");
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Hiro Sato", "Ana Lopes");
        REQUIRE(met);
        CHECK(met->date == "2024-03-05");
        auto y = run("Dialogues on health and energy were led on the U.S. side by Secretary Paul White and Secretary "
                     "Jan Novak, respectively. Ms. Ana Lopes worked side by side with Mr. Hiro Sato.");
        CHECK(count(y, kg::RelationType::Met) == 0);
    }

    TEST_CASE("the local date of a meeting wins over the JST date and the place comes from the visit") {
        auto x = run("On April 4, commencing at 7:10 p.m. (local time; April 5, 2:10 a.m. JST), Ms. KAMIKAWA Yoko, "
                     "Minister for Foreign Affairs of Japan, who was visiting Paris, France, held a meeting with "
                     "H.E. Mr. Stéphane SÉJOURNÉ, Minister for Europe and Foreign Affairs of the French Republic.",
                     "2024-04-05");
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Yoko Kamikawa", "Stéphane Séjourné");
        REQUIRE(met);
        CHECK(met->date == "2024-04-04");
        REQUIRE(met->place);
        CHECK(x.entities[*met->place].name == "Paris");
        const kg::Relation* role = relation(x, kg::RelationType::Role, "Stéphane Séjourné", "France");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "Minister for Europe and Foreign Affairs");
        CHECK_FALSE(entity(x, kg::EntityType::Location, "Europe"));
    }

    TEST_CASE("a person's short name is no mention where it opens a longer known name ('Viet' of 'Viet Nam')") {
        auto x = run("On July 3, Mr. TAKAGI Kei, Parliamentary Vice-Minister for Foreign Affairs, held a meeting with "
                     "H.E. Mr. Do Hung Viet, Deputy Minister of Foreign Affairs of the Socialist Republic of Viet Nam.",
                     "2023-07-03");
        const kg::Relation* role = relation(x, kg::RelationType::Role, "Do Hung Viet", "Vietnam");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "Deputy Minister of Foreign Affairs");
    }

    TEST_CASE("'On the same day' after a dated sentence with no meeting in it takes that day") {
        auto x = run("On August 15, Mr. YAMADA Kenji, State Minister for Foreign Affairs, attended the Inauguration "
                     "Ceremony of H.E. Mr. Santiago Pena, President of the Republic of Paraguay. On the same day, "
                     "State Minister Yamada paid a courtesy call on President Pena.",
                     "2023-08-16");
        const kg::Relation* call = relation(x, kg::RelationType::Met, "Kenji Yamada", "Santiago Pena");
        REQUIRE(call);
        CHECK(call->date == "2023-08-15");
    }

    TEST_CASE("courtesy calls record host and visitor and their CAMEO code") {
        auto x = run("On July 29, Minister for Foreign Affairs Fumio Kishida received a courtesy call from U.S. "
                     "Ambassador to Japan Ms. Caroline Kennedy.",
                     "2014-07-29");
        REQUIRE(x.meetings.size() == 1);
        const kg::Meeting& m = x.meetings[0];
        CHECK(m.mode == kg::MeetingMode::CourtesyCall);
        REQUIRE(m.host);
        CHECK(x.entities[*m.host].name == "Fumio Kishida");
        REQUIRE(m.visitor);
        CHECK(x.entities[*m.visitor].name == "Caroline Kennedy");
        CHECK(m.cameo == "043");
        const kg::Relation* role = relation(x, kg::RelationType::Role, "Caroline Kennedy", "United States");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "Ambassador to Japan");
    }

    TEST_CASE("telephone talks have no place and their own mode") {
        auto x = run("On September 14, Foreign Minister HAYASHI Yoshimasa, who was in Tokyo, held a telephone "
                     "talk with the Honorable Antony Blinken, Secretary of State of the United States of America.",
                     "2023-09-14");
        REQUIRE(x.meetings.size() == 1);
        CHECK(x.meetings[0].mode == kg::MeetingMode::Telephone);
        CHECK(x.meetings[0].cameo == "041");
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Antony Blinken");
        REQUIRE(met);
        CHECK_FALSE(met->place.has_value());
        CHECK(relation(x, kg::RelationType::Role, "Antony Blinken", "United States"));
    }

    TEST_CASE("an office-holder's family name never joins the name of a spouse who shares it") {
        auto x = run("On November 16, Prime Minister Sato, together with Mrs. SATO Yuko, hosted a dinner for President "
                     "Paul White and Dr. Ana White. Prime Minister Sato thanked President White.",
                     "2024-11-16");
        const kg::Entity* pm = entity(x, kg::EntityType::Person, "Sato");
        const kg::Entity* spouse = entity(x, kg::EntityType::Person, "Yuko Sato");
        REQUIRE(pm);
        REQUIRE(spouse);
        CHECK_FALSE(has_alias(spouse, "Prime Minister Sato"));
    }

    TEST_CASE("planned meetings are recorded but are not MET") {
        auto x = run("Minister Motegi will hold a meeting with Secretary Rubio next week.");
        CHECK(count(x, kg::RelationType::Met) == 0);
        REQUIRE(x.meetings.size() == 1);
        CHECK(x.meetings[0].status == kg::MeetingStatus::Planned);
    }

    TEST_CASE("a meeting the sentence places in a month, a year or 'last month' has no day, not the release's") {
        auto x = run("Foreign Minister Ana Lopes visited Lima in December 2022, when she met President Hiro Sato. "
                     "Lopes met Senator Paul White last month. Lopes met Minister Theresa May in 2019. Lopes and "
                     "Governor Jan Novak met earlier this year.",
                     "2024-06-12");
        for (const char* other : {"Hiro Sato", "Paul White", "Theresa May", "Jan Novak"}) {
            const kg::Relation* met = relation(x, kg::RelationType::Met, "Ana Lopes", other);
            REQUIRE(met);
            CHECK(met->date.empty());
        }
        auto z = run("Senator Ana Lopes said: I first met Secretary Hiro Sato when I was a young lawyer. Years ago, "
                     "Lopes spoke with President Paul White.",
                     "2024-06-12");
        for (const char* other : {"Hiro Sato", "Paul White"}) {
            const kg::Relation* met = relation(z, kg::RelationType::Met, "Ana Lopes", other);
            REQUIRE(met);
            CHECK(met->date.empty());
        }
        // a month that is a name dates nothing: the meeting is the release's
        auto y = run("Foreign Minister Ana Lopes met Prime Minister Theresa May.", "2024-06-12");
        const kg::Relation* met = relation(y, kg::RelationType::Met, "Ana Lopes", "Theresa May");
        REQUIRE(met);
        CHECK(met->date == "2024-06-12");
    }

    TEST_CASE("'later' after a past meeting verb is when it took place, after a future one it is still to come") {
        auto x = run("Foreign Minister Ana Lopes arrived on Tuesday. Lopes also met Prime Minister Hiro Sato later "
                     "on Wednesday, an official said. She is meeting Senator Paul White later today.");
        CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Hiro Sato"));
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Ana Lopes", "Paul White"));
    }

    TEST_CASE("a meeting reported in the body links its subject to each counterpart only") {
        auto x = run("On May 3, Ms. KAMIKAWA Yoko held a meeting with H.E. Mr. Jean DUPONT. Minister Kamikawa "
                     "stated that Prime Minister Kishida had a fruitful meeting with President Macron and Prime "
                     "Minister Attal.",
                     "2024-05-03");
        CHECK(relation(x, kg::RelationType::Met, "Kishida", "Macron"));
        CHECK(relation(x, kg::RelationType::Met, "Kishida", "Attal"));
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Macron", "Attal"));
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Yoko Kamikawa", "Kishida"));
    }

    TEST_CASE("title lines: meeting between two people and a courtesy call by a visitor") {
        auto x = run("Meeting between Foreign Minister Hayashi and NATO Secretary General Stoltenberg\n\nApril 4, 2023\n");
        CHECK(relation(x, kg::RelationType::Met, "Hayashi", "Stoltenberg"));
        CHECK(relation(x, kg::RelationType::Role, "Stoltenberg", "North Atlantic Treaty Organization"));
    }

    TEST_CASE("a meeting with A, and with B, or separate meetings with A and B, are two meetings") {
        auto x = run("On May 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. "
                     "Ms. Penny Wong, Minister for Foreign Affairs of Australia, and with H.E. Mr. Antony Blinken, "
                     "Secretary of State of the United States.",
                     "2024-05-02");
        CHECK(relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Penny Wong"));
        CHECK(relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Antony Blinken"));
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Penny Wong", "Antony Blinken"));
        CHECK(x.meetings.size() == 2);

        auto y = run("On May 3, Ms. KAMIKAWA Yoko held separate meetings with H.E. Mr. Jean DUPONT and H.E. Ms. "
                     "Maria ROSSI.",
                     "2024-05-03");
        CHECK(relation(y, kg::RelationType::Met, "Yoko Kamikawa", "Jean Dupont"));
        CHECK(relation(y, kg::RelationType::Met, "Yoko Kamikawa", "Maria Rossi"));
        CHECK_FALSE(relation(y, kg::RelationType::Met, "Jean Dupont", "Maria Rossi"));

        // Together: a trilateral meeting joins everyone.
        auto z = run("On May 4, Ms. KAMIKAWA Yoko held a trilateral meeting with H.E. Mr. Jean DUPONT and H.E. Ms. "
                     "Maria ROSSI.",
                     "2024-05-04");
        CHECK(relation(z, kg::RelationType::Met, "Jean Dupont", "Maria Rossi"));
        CHECK(z.meetings.size() == 1);
    }

    TEST_CASE("acronym definitions make aliases and later uses resolve") {
        auto x = run("Japan and NATO cooperate under the Individually Tailored Partnership Programme (ITPP). The "
                     "ITPP was revised. Japan contributed 30 million USD to the Japan-NATO Cyber Resilience Fund.");
        const kg::Entity* p = entity(x, kg::EntityType::Programme, "Individually Tailored Partnership Programme");
        REQUIRE(p);
        CHECK(has_alias(p, "ITPP"));
        const kg::Relation* c = relation(x, kg::RelationType::Contributed, "Japan", "Japan-NATO Cyber Resilience Fund");
        REQUIRE(c);
        CHECK(c->attributes.at("amount") == "30 million USD");
        CHECK(entity(x, kg::EntityType::Organization, "North Atlantic Treaty Organization"));
    }

    TEST_CASE("attendance of a named meeting and of the event a visit was for") {
        auto x = run("Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, who is visiting Fiuggi, Italy to "
                     "attend the G7 Foreign Ministers' Meeting, held a meeting with Mr. Jean-Noel BARROT. Minister "
                     "Iwaya attended the Meeting of NATO Ministers of Foreign Affairs.");
        CHECK(relation(x, kg::RelationType::Attended, "Takeshi Iwaya", "G7 Foreign Ministers' Meeting"));
        CHECK(relation(x, kg::RelationType::Attended, "Takeshi Iwaya", "Meeting of NATO Ministers of Foreign Affairs"));
        CHECK_FALSE(relation(x, kg::RelationType::Attended, "Jean-Noel Barrot", "G7 Foreign Ministers' Meeting"));
        CHECK(entity(x, kg::EntityType::Location, "Fiuggi"));
        CHECK_FALSE(entity(x, kg::EntityType::Organization, "G7"));  // only inside the event's name
    }

    TEST_CASE("demonyms are aliases only when the country is named") {
        auto a = run("The Ukrainian people suffer.");
        CHECK_FALSE(entity(a, kg::EntityType::Country, "Ukraine"));
        auto b = run("Japan supports Ukraine. The Ukrainian people suffer.");
        CHECK(has_alias(entity(b, kg::EntityType::Country, "Ukraine"), "Ukrainian"));
    }

    TEST_CASE("coordinated seas give both places") {
        auto x = run("Attempts continue in the East and South China Seas.");
        CHECK(has_alias(entity(x, kg::EntityType::Location, "East China Sea"), "East and South China Seas"));
        CHECK(has_alias(entity(x, kg::EntityType::Location, "South China Sea"), "South China Seas"));
        CHECK_FALSE(entity(x, kg::EntityType::Country, "China"));
    }

    TEST_CASE("the document date comes from the date line, never from the body") {
        auto x = run("Press Releases\n\nJuly 24, 2014\n\nOn July 17, 2013, something happened.", "");
        CHECK(x.document.date == "2014-07-24");
        auto y = run("G7\nOn November 26, Mr. IWAYA Takeshi spoke.", "");
        CHECK(y.document.date.empty());
    }

    TEST_CASE("every relation carries evidence pointing into the document") {
        const std::string text = "On April 4, Mr. TSUJI Kiyoto held a meeting with H.E. Mr. Mircea Geoana, NATO "
                                 "Deputy Secretary General.";
        auto x = run(text);
        REQUIRE_FALSE(x.relations.empty());
        for (const auto& r : x.relations) {
            REQUIRE_FALSE(r.evidence.empty());
            CHECK(r.evidence[0].doc_id == "t.txt");
            CHECK(r.evidence[0].sentence.end <= text.size());
            CHECK_FALSE(r.evidence[0].rule.empty());
        }
        CHECK(relation(x, kg::RelationType::Role, "Mircea Geoana", "North Atlantic Treaty Organization"));
    }

    TEST_CASE("odd text never throws") {
        for (const std::string& s : {std::string(), std::string("\xff\xfe"), std::string(100000, 'A'),
                                     std::string("Mr. Mr. Mr."), std::string("H.E. ("), std::string(5000, '(')})
            CHECK_NOTHROW(run(s));
    }

    TEST_CASE("a gazetteer form's leading 'The' is no part of it: 'The Andes Press' is found as 'Andes Press'") {
        namespace fs = std::filesystem;
        const fs::path dir = fs::temp_directory_path() / ("kg-leading-the-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& f : fs::directory_iterator(KG_SOURCE_DIR "/data")) fs::copy(f.path(), dir / f.path().filename());
        std::ofstream(dir / "organizations.tsv", std::ios::app) << "Andes Press Agency\tORGANIZATION\tThe Andes Press\n";
        const kg::extract::Gazetteer g = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        kg::Document d;
        d.id = "t.txt";
        d.text = "The reporter read The Andes Press and then the Andes Press again.";
        const auto x = kg::extract::Extractor(g).extract(d);
        const kg::Entity* e = entity(x, kg::EntityType::Organization, "Andes Press Agency");
        REQUIRE(e);
        REQUIRE(e->mentions.size() == 2);
        // (the mention starts at "Andes", not at "The")
        CHECK(d.text.substr(e->mentions[0].span.begin, e->mentions[0].span.size()) == "Andes Press");
        fs::remove_all(dir);
    }

    TEST_CASE("the grammar's word classes come from data/word_classes.tsv, a bad class is named") {
        namespace fs = std::filesystem;
        const fs::path dir = fs::temp_directory_path() / ("kg-word-classes-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& f : fs::directory_iterator(KG_SOURCE_DIR "/data")) fs::copy(f.path(), dir / f.path().filename());
        auto rewrite = [&](const std::string& extra, const std::string& drop) {
            std::ifstream in(KG_SOURCE_DIR "/data/word_classes.tsv");
            std::ostringstream out;
            std::string line;
            while (std::getline(in, line))
                if (drop.empty() || line.rfind(drop + "\t", 0) != 0) out << line << '\n';
            out << extra;
            std::ofstream(dir / "word_classes.tsv", std::ios::trunc) << out.str();
        };
        // a word added to a class changes what the rules see: after "conversed" as a counterpart
        // cue, the name after it is a person's
        auto met = [&](const kg::extract::Gazetteer& g) {
            kg::Document d;
            d.id = "w.txt";
            d.text = "Minister Ana Lopes conversed with Karin Wallen in Rome.";
            auto x = kg::extract::Extractor(g).extract(d);
            return entity(x, kg::EntityType::Person, "Karin Wallen") != nullptr;
        };
        rewrite("", "");
        CHECK_FALSE(met(kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json")));
        rewrite("counterpart-cue\tconversed\n", "");
        CHECK(met(kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json")));
        rewrite("planet-word\tmars\n", "");
        const kg::extract::Gazetteer unknown = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        CHECK_THROWS_WITH_AS(kg::extract::Extractor{unknown}, doctest::Contains("word_classes.tsv: unknown word class 'planet-word'"),
                             kg::InputError);
        rewrite("meeting-verb\tco-chaired\n", "");
        const kg::extract::Gazetteer split = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        CHECK_THROWS_WITH_AS(kg::extract::Extractor{split},
                             doctest::Contains("word class 'meeting-verb': 'co-chaired' is not one token"), kg::InputError);
        rewrite("", "month");
        const kg::extract::Gazetteer missing = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        CHECK_THROWS_WITH_AS(kg::extract::Extractor{missing}, doctest::Contains("word class 'month' is missing"),
                             kg::InputError);
        fs::remove(dir / "word_classes.tsv");
        CHECK_THROWS_WITH_AS(kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json"),
                             doctest::Contains("word_classes.tsv: cannot open data file"), kg::InputError);
        fs::remove_all(dir);
    }

    TEST_CASE("joiner phrasings come from data/joiners.tsv, a malformed line is named") {
        namespace fs = std::filesystem;
        const fs::path dir = fs::temp_directory_path() / ("kg-joiners-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& f : fs::directory_iterator(KG_SOURCE_DIR "/data")) fs::copy(f.path(), dir / f.path().filename());
        const std::string table = [] {
            std::ifstream in(KG_SOURCE_DIR "/data/joiners.tsv");
            std::ostringstream out;
            out << in.rdbuf();
            return out.str();
        }();
        auto load = [&](const std::string& extra) {
            std::ofstream(dir / "joiners.tsv", std::ios::trunc) << table << extra;
            return kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        };
        // the people after the phrasing join the meeting told before it
        auto joined = [&](const kg::extract::Gazetteer& g, const std::string& joiner) {
            kg::Document d;
            d.id = "j.txt";
            d.text = "Minister Taro Kono met Foreign Minister Ana Lopes in Tokyo on May 3, 2024.\n" + joiner;
            auto x = kg::extract::Extractor(g).extract(d);
            return relation(x, kg::RelationType::Met, "Ana Lopes", "Karin Wallen") != nullptr;
        };
        const std::string on_hand = "On hand for the talks was Ambassador Karin Wallen.";
        {
            const kg::extract::Gazetteer base = load("");
            CHECK(joined(base, "The meeting was also attended by Ambassador Karin Wallen."));
            CHECK(joined(base, "Also present at the talks was Ambassador Karin Wallen."));
            CHECK_FALSE(joined(base, on_hand));
        }
        CHECK(joined(load("on-hand-for\tlast\t^ on hand for the|this @meeting-noun ~3 was|were _\n"), on_hand));
        // without the table's line for "was attended by", that sentence joins nobody
        {
            std::ofstream(dir / "joiners.tsv", std::ios::trunc) << [&] {
                std::istringstream in(table);
                std::ostringstream out;
                for (std::string line; std::getline(in, line);)
                    if (line.rfind("the-meeting-was-attended-by\t", 0) != 0) out << line << '\n';
                return out.str();
            }();
            const auto g = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
            CHECK_FALSE(joined(g, "The meeting was also attended by Ambassador Karin Wallen."));
        }
        const std::pair<std::string, std::string> bad[] = {
            {"x\tlast\twas|were present\n", "the pattern has no '_'"},
            {"x\tlast\t_ was @planet-word\n", "'@planet-word': no such word class"},
            {"x\tnext\t_ was present\n", "meeting 'next': expected last, sentence, side, subject or each"},
            {"x\tlast\t_ was|| present\n", "'was||': an empty alternative"},
            {"x\tlast\t_ was ~0 present\n", "'~0': expected a count of 1 to 99 tokens"},
            {"x\tlast\twith _ in attendance\n", "'_' takes a count between two tokens"},
            {"x\tside\t_ was present\n", "a 'side' phrasing names its people last"},
            {"x\tlast\n", "expected a rule id, a meeting and a pattern"},
        };
        const int line = static_cast<int>(std::count(table.begin(), table.end(), '\n')) + 1;
        for (const auto& [row, message] : bad) {
            CAPTURE(row);
            const kg::extract::Gazetteer g = load(row);
            const std::string want = "joiners.tsv:" + std::to_string(line) + ": " + message;
            CHECK_THROWS_WITH_AS(kg::extract::Extractor{g}, doctest::Contains(want.c_str()), kg::InputError);
        }
        fs::remove(dir / "joiners.tsv");
        CHECK_THROWS_WITH_AS(kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json"),
                             doctest::Contains("joiners.tsv: cannot open data file"), kg::InputError);
        fs::remove_all(dir);
    }

    TEST_CASE("a user alias file teaches names, and a malformed one names the line") {
        kg::extract::Gazetteer g = kg::extract::Gazetteer::load(KG_SOURCE_DIR "/data", "/usr/share/iso-codes/json");
        const std::string good = std::string(KG_TEST_DATA_DIR) + "/aliases/good.tsv";
        const std::string bad = std::string(KG_TEST_DATA_DIR) + "/aliases/bad.tsv";
        g.add_alias_file(good);
        kg::Document d;
        d.id = "u.txt";
        d.text = "Japan joined the Quantum Partnership for Peace and the QPP grew.";
        auto x = kg::extract::Extractor(g).extract(d);
        const kg::Entity* e = entity(x, kg::EntityType::Programme, "Quantum Partnership for Peace");
        REQUIRE(e);
        CHECK(has_alias(e, "QPP"));
        CHECK_THROWS_WITH_AS(g.add_alias_file(bad), doctest::Contains("bad.tsv:3: unknown entity type 'PLANET'"),
                             kg::InputError);
        CHECK_THROWS_WITH_AS(g.add_alias_file("/nonexistent/aliases.tsv"),
                             "/nonexistent/aliases.tsv: cannot open alias file", kg::InputError);
    }
}

TEST_SUITE("extract") {
    TEST_CASE("stances: supports, condemns and welcomes take the clause's actor") {
        auto x = run("Japan supports Sweden's accession to NATO. Japan will continue to impose sanctions against "
                     "Russia, as well as to provide strong support for Ukraine. Japan strongly condemns North Korea's "
                     "missile launches. Minister Hayashi welcomed NATO's engagement.");
        CHECK(relation(x, kg::RelationType::Supports, "Japan", "Sweden"));
        CHECK(relation(x, kg::RelationType::Accession, "Sweden", "North Atlantic Treaty Organization"));
        CHECK(relation(x, kg::RelationType::Supports, "Japan", "Ukraine"));
        CHECK_FALSE(relation(x, kg::RelationType::Supports, "Russia", "Ukraine"));
        CHECK(relation(x, kg::RelationType::Condemns, "Japan", "North Korea"));
        CHECK(relation(x, kg::RelationType::Welcomes, "Hayashi", "North Atlantic Treaty Organization"));
    }

    TEST_CASE("visits: the visitor is the possessor or the clause's person") {
        auto x = run("Prime Minister Abe welcomed Minister Klimkin's visit to Japan. Mr. TSUJI Kiyoto visited Israel.");
        CHECK(relation(x, kg::RelationType::Visited, "Klimkin", "Japan"));
        CHECK_FALSE(relation(x, kg::RelationType::Visited, "Abe", "Japan"));
        CHECK(relation(x, kg::RelationType::Visited, "Kiyoto Tsuji", "Israel"));
    }

    TEST_CASE("membership needs the country right before 'a member of'") {
        auto x = run("Sweden, a member of the EU, spoke. Ambassador Kennedy said members of the U.S. Congress agree.");
        CHECK(relation(x, kg::RelationType::MemberOf, "Sweden", "European Union"));
        CHECK(count(x, kg::RelationType::MemberOf) == 1);
    }

    TEST_CASE("other house styles: offices before full names and first-person releases") {
        auto a = run("NATO Secretary General Jens Stoltenberg met with the Prime Minister of Japan, Fumio Kishida, at "
                     "the NATO Summit in Vilnius.",
                     "2023-07-12");
        const kg::Relation* met = relation(a, kg::RelationType::Met, "Jens Stoltenberg", "Fumio Kishida");
        REQUIRE(met);
        CHECK(met->date == "2023-07-12");
        CHECK(relation(a, kg::RelationType::Role, "Fumio Kishida", "Japan"));
        CHECK(relation(a, kg::RelationType::Attended, "Fumio Kishida", "NATO Summit"));
        auto b = run("Media release\n\n8 July 2022\n\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n\nToday I "
                     "met with Japan's Foreign Minister, Hayashi Yoshimasa, in Bali.",
                     "");
        CHECK(b.document.date == "2022-07-08");
        CHECK(relation(b, kg::RelationType::Met, "Penny Wong", "Hayashi Yoshimasa"));
        CHECK(relation(b, kg::RelationType::Role, "Hayashi Yoshimasa", "Japan"));
        auto c = run("Brussels, 24.02.2025\n\nHigh Representative/Vice-President Kaja Kallas met today in Brussels with "
                     "the Minister for Foreign Affairs of Japan, Takeshi Iwaya.",
                     "");
        CHECK(c.document.date == "2025-02-24");
        const kg::Relation* m2 = relation(c, kg::RelationType::Met, "Kaja Kallas", "Takeshi Iwaya");
        REQUIRE(m2);
        CHECK(m2->date == "2025-02-24");
    }
}

TEST_SUITE("extract") {
    TEST_CASE("a speaker in the readout of a meeting the principal hosted attended it and met the principal") {
        auto x = run("June 21, 2023\n\nOn June 21, during his visit to London, Mr. HAYASHI Yoshimasa, Minister for "
                     "Foreign Affairs of Japan, hosted the G7 Foreign Ministers' Meeting.\n1. Following that, the US "
                     "Secretary of State Blinken explained the result of his recent visit to China.",
                     "");
        CHECK(relation(x, kg::RelationType::Attended, "Yoshimasa Hayashi", "G7 Foreign Ministers' Meeting"));
        CHECK(relation(x, kg::RelationType::Attended, "Blinken", "G7 Foreign Ministers' Meeting"));
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Blinken");
        REQUIRE(met);
        CHECK(met->date == "2023-06-21");
        REQUIRE(met->place);
        CHECK(x.entities[*met->place].name == "London");
    }

    TEST_CASE("a speaker is the verb's subject: 'conveyed his regards to President X and expressed' is not X speaking") {
        auto x = run("June 21, 2023\n\nOn June 21, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, hosted "
                     "the G7 Foreign Ministers' Meeting.\n1. Prime Minister Kishida conveyed his regards to President "
                     "Joe Harlan and expressed hope for the talks. Secretary Lena Moss said that the meeting was useful.",
                     "");
        CHECK_FALSE(relation(x, kg::RelationType::Attended, "Joe Harlan", "G7 Foreign Ministers' Meeting"));
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Joe Harlan"));
        CHECK(relation(x, kg::RelationType::Met, "Yoshimasa Hayashi", "Lena Moss"));
    }

    TEST_CASE("speakers do not become participants when the readout reports a meeting of its own") {
        auto x = run("On May 3, Ms. KAMIKAWA Yoko held a meeting with H.E. Mr. Jean DUPONT. Prime Minister Kishida "
                     "stated that the two countries are close.",
                     "2024-05-03");
        CHECK_FALSE(relation(x, kg::RelationType::Met, "Yoko Kamikawa", "Kishida"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("quoted policy titles are programmes and hyphenated session names are events") {
        auto x = run("They promote a \u201cMutually Beneficial Relationship Based on Common Strategic Interests\u201d and "
                     "the \u201cPro-active Contributor to Peace\u201d policy, not a \u201cgood idea\u201d. The G7-only "
                     "session and the G7+Outreach sessions met.");
        CHECK(entity(x, kg::EntityType::Programme, "Mutually Beneficial Relationship Based on Common Strategic Interests"));
        CHECK(entity(x, kg::EntityType::Programme, "Pro-active Contributor to Peace"));
        CHECK_FALSE(entity(x, kg::EntityType::Programme, "good idea"));
        CHECK(entity(x, kg::EntityType::Event, "G7-only session"));
        CHECK(entity(x, kg::EntityType::Event, "G7+Outreach sessions"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("particle chains, offices that open with unlisted words, and capitals that name a body") {
        auto x = run("Prime Minister KISHIDA Fumio held a meeting with H.E. Ms. Ursula von der Leyen, President of the "
                     "European Commission. H.E. Ms. Annalena Baerbock, Federal Minister for Foreign Affairs of the "
                     "Federal Republic of Germany, spoke. H.E. Mr. Wang Yi, Member of the Political Bureau of the CPC "
                     "Central Committee and Minister of Foreign Affairs of the People\u2019s Republic of China, spoke.");
        CHECK(entity(x, kg::EntityType::Person, "Ursula von der Leyen"));
        CHECK(relation(x, kg::RelationType::Role, "Ursula von der Leyen", "European Commission"));
        const kg::Relation* r = relation(x, kg::RelationType::Role, "Annalena Baerbock", "Germany");
        REQUIRE(r);
        CHECK(r->attributes.at("title") == "Federal Minister for Foreign Affairs");
        CHECK(relation(x, kg::RelationType::Role, "Wang Yi", "China"));
        for (const auto& e : x.entities) CHECK_FALSE(e.name == "Cpc Central");
    }
}

TEST_SUITE("extract") {
    TEST_CASE("one event however its parties are written: acronym, long form, parenthesised acronym") {
        auto x = run("Japan-ROK Foreign Ministers\u2019 Meeting\nJune 21, 2015\n\nOn June 21, Mr. Fumio Kishida held a "
                     "Japan-Republic of Korea (ROK) Foreign Ministers' Meeting with Mr. Yun Byung-se.", "");
        std::size_t events = 0;
        for (const auto& e : x.entities) events += e.type == kg::EntityType::Event;
        CHECK(events == 1);
        const kg::Entity* e = entity(x, kg::EntityType::Event, "Japan-ROK Foreign Ministers\u2019 Meeting");
        REQUIRE(e);
        CHECK(has_alias(e, "Japan-Republic of Korea (ROK) Foreign Ministers' Meeting"));
        CHECK(relation(x, kg::RelationType::Attended, "Yun Byung-se", "Japan-ROK Foreign Ministers\u2019 Meeting"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("a known name of several words holds no person, and joint subjects hold a talk together") {
        auto x = run("On September 20, Mr. Kishida, Prime Minister, who is visiting New York to attend the United "
                     "Nations General Assembly (UNGA), held a summit meeting with H.E. Mr. Volodymyr Zelenskyy, "
                     "President of Ukraine. On July 12, Foreign Minister Kamikawa and Secretary of Foreign Affairs "
                     "Enrique A. Manalo of the Philippines held a Japan-Philippines Foreign Ministers' Telephone Talk.",
                     "2024-09-20");
        CHECK_FALSE(entity(x, kg::EntityType::Person, "Assembly"));
        CHECK(relation(x, kg::RelationType::Met, "Kishida", "Volodymyr Zelenskyy"));
        CHECK(relation(x, kg::RelationType::Met, "Kamikawa", "Enrique A. Manalo"));
        CHECK(relation(x, kg::RelationType::Role, "Enrique A. Manalo", "Philippines"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("an auxiliary 'has' is not a meeting verb") {
        auto x = run("Minister Kamikawa stated that the relationship has been developed as the Prime Minister attended "
                     "the NATO Summit Meetings.");
        CHECK(x.meetings.empty());
        CHECK_FALSE(relation(x, kg::RelationType::Attended, "Kamikawa", "NATO Summit Meetings"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("organisations named with a complement keep it, governments and councils of ministers do not") {
        auto x = run("Mr. IWAYA Takeshi met with Ms. Amy Pope, Director General of the International Organization for "
                     "Migration (IOM). Mr. Lee Jae-myung, Leader of the Democratic Party of Korea, spoke for the "
                     "Government of Japan.");
        const kg::Entity* iom = entity(x, kg::EntityType::Organization, "International Organization for Migration");
        REQUIRE(iom);
        CHECK(has_alias(iom, "IOM"));
        CHECK(relation(x, kg::RelationType::Role, "Amy Pope", "International Organization for Migration"));
        CHECK(relation(x, kg::RelationType::Role, "Lee Jae-myung", "Democratic Party of Korea"));
        CHECK_FALSE(entity(x, kg::EntityType::Organization, "Government of Japan"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("offices from a user alias file hold within their dates") {
        kg::extract::Gazetteer g = kg::extract::Gazetteer::load(KG_SOURCE_DIR "/data", "/usr/share/iso-codes/json");
        g.add_alias_file(std::string(KG_TEST_DATA_DIR) + "/aliases/good.tsv");
        kg::Document d;
        d.id = "r.txt";
        d.text = "Foreign Minister Hayashi spoke about Japan.";
        d.date = "2022-05-01";
        auto in_office = kg::extract::Extractor(g).extract(d);
        const kg::Relation* role = relation(in_office, kg::RelationType::Role, "Yoshimasa Hayashi", "Japan");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "Minister for Foreign Affairs");
        d.date = "2024-05-01";
        auto later = kg::extract::Extractor(g).extract(d);
        CHECK_FALSE(relation(later, kg::RelationType::Role, "Yoshimasa Hayashi", "Japan"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("an all-capitals byline names the person a first-person release speaks for") {
        auto x = run("Remarks on Japan\n\nBy ANTONY J. BLINKEN\n\nApril 4, 2024\n\nI met Foreign Minister Kamikawa today in "
                     "Brussels.",
                     "");
        const kg::Relation* met = relation(x, kg::RelationType::Met, "Antony J. Blinken", "Kamikawa");
        REQUIRE(met);
        CHECK(met->date == "2024-04-04");
    }
}

TEST_SUITE("extract") {
    TEST_CASE("a country ISO 3166-1 does not list comes from its line of data/countries.tsv, which must name it") {
        namespace fs = std::filesystem;
        const fs::path dir = fs::temp_directory_path() / ("kg-countries-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& f : fs::directory_iterator(KG_SOURCE_DIR "/data")) fs::copy(f.path(), dir / f.path().filename());
        const auto g = kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json");
        kg::Document d;
        d.id = "k.txt";
        d.text = "Minister Ana Lopes met with her counterpart from Kosovo, Enver Dowd, in Rome. The Kosovar minister said.";
        const auto x = kg::extract::Extractor(g).extract(d);
        CHECK(entity(x, kg::EntityType::Country, "Kosovo"));
        CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Enver Dowd"));
        std::ofstream(dir / "countries.tsv", std::ios::app) << "XQ\t-\t-\t-\n";
        CHECK_THROWS_WITH_AS(kg::extract::Gazetteer::load(dir.string(), "/usr/share/iso-codes/json"),
                             doctest::Contains("code XQ is not in ISO 3166-1"), kg::InputError);
        fs::remove_all(dir);
    }
}

TEST_SUITE("extract") {
    TEST_CASE("an office's body: after a plural's bare apostrophe ('the Philippines’ Secretary'), before its abbreviation in brackets") {
        kg::Document d;
        d.id = "b.txt";
        d.text = "Release\n\nForeign ministers, including the Philippines’ Secretary of Foreign Affairs Ana Lopes, met "
                 "Mark Lee. Tom Hale met the Secretary General of the Organization of Islamic Cooperation (OIC), Dr Paul "
                 "Dowd, on 9 July 2020 in Riyadh.";
        const auto x = kg::extract::Extractor(kg_test::gazetteer()).extract(d);
        CHECK(relation(x, kg::RelationType::Role, "Ana Lopes", "Philippines"));
        CHECK(relation(x, kg::RelationType::Role, "Paul Dowd", "Organisation of Islamic Cooperation"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("people listed before 'attended the meeting' with no meeting told before met there and attended the named meeting (listed-attended-meeting)") {
        const auto x = kg_test::run(
            "Release\n\nThe Fifth Foreign Ministers' Meeting of the Lake Dialogue was held in Almaty on May 3, 2019. Mr. Ana "
            "Lopes, Minister of Foreign Affairs of Kazakhstan (Chair); Mr. Mark Hale, Minister for Foreign Affairs of "
            "Japan; and Mr. Tom Dowd, Ambassador of Mongolia to Kazakhstan, attended the meeting.");
        CHECK(kg_test::pairs_not_met(x, {"Ana Lopes", "Mark Hale", "Tom Dowd"}, "2019-05-03") == "");
        CHECK(relation(x, kg::RelationType::Attended, "Tom Dowd", "Fifth Foreign Ministers' Meeting of the Lake Dialogue"));
        // the one who hosted the meeting told before was there too; a list without a meeting noun is no meeting
        const auto y = kg_test::run("Release\n\nToday, Ana Lopes, Director of Outreach, hosted a meeting with a coalition of farmers. Mark Hale, "
                                    "Director of Planning, and Tom Dowd, Senior Advisor, also joined the meeting.");
        CHECK(kg_test::pairs_not_met(y, {"Ana Lopes", "Mark Hale", "Tom Dowd"}, "2024-04-05") == "");
        const auto z = kg_test::run("Release\n\nMark Hale and Tom Dowd attended the funeral in Lima.");
        CHECK(!relation(z, kg::RelationType::Met, "Mark Hale", "Tom Dowd"));
    }
    TEST_CASE("an office in lower case after a comma does not end the list of those who attended ('A, under-secretary general for ..., as well as B')") {
        const auto x = kg_test::run(
            "Release\n\nMr. Mark Hale, Minister for Foreign Affairs, held a meeting with Mr. Tom Dowd, Minister of Foreign "
            "Affairs of Peru. The meeting was also attended by Ms. Ana Lopes, under-secretary general for Political "
            "Affairs, as well as Mr. Paul Reyes, Ambassador of Japan to Peru.");
        CHECK(kg_test::pairs_not_met(x, {"Mark Hale", "Tom Dowd", "Ana Lopes", "Paul Reyes"}, "2024-04-05") == "");
    }
    TEST_CASE("'Later he spoke with X', 'Afterwards, she met Y': a pronoun after an adverb of sequence is the subject of the meeting before") {
        const auto x = kg_test::run("Release\n\nPrime Minister Mark Hale met Chancellor Ana Lopes on 17 November 2012. Later he "
                                    "spoke with Prime Minister Tom Dowd. Afterwards, he met President Paul Reyes.");
        CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Tom Dowd"));
        CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Paul Reyes"));
        CHECK(!relation(x, kg::RelationType::Met, "Ana Lopes", "Tom Dowd"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("a trip taken to meet someone, told in the past, was that meeting (travelled-to-meet), and 'his colleague, Y' is a counterpart") {
        const auto x = kg_test::run("Release\n\nOn May 3, 2014, Minister of Foreign Affairs of Estonia Mark Hale visited Moscow "
                                    "to meet his colleague, Minister of Foreign Affairs of Peru Tom Reyes. Adviser Ana Lopes "
                                    "traveled to Lima today to meet with President Paul Grant.");
        CHECK(kg_test::met_date(x, "Mark Hale", "Tom Reyes") == "2014-05-03");
        CHECK(relation(x, kg::RelationType::Met, "Ana Lopes", "Paul Grant"));
        // (a trip still to come)
        const auto y = kg_test::run("Release\n\nAdviser Ana Lopes will travel to Lima to meet with President Paul Grant. "
                                    "Minister Mark Hale plans to visit Peru to meet President Tom Reyes.");
        CHECK(!relation(y, kg::RelationType::Met, "Ana Lopes", "Paul Grant"));
        CHECK(!relation(y, kg::RelationType::Met, "Mark Hale", "Tom Reyes"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("honorifics in a row: 'Hon. Rev. Dr. X', 'the Reverend Doctor X', and 'Rev.' ends no sentence, but '23 Rev. Fin. 697' names no one") {
        const auto x = kg_test::run("Release\n\nMark Hale, Prime Minister of Japan, held a meeting with Hon. Rev. Dr. Pohiva "
                                    "Tuionetoa, Prime Minister of Tonga. The Reverend Doctor Ana Lopes spoke. The Honorable "
                                    "Shri Thanedar spoke too. See 23 Rev. Fin. 697 (2019).");
        CHECK(relation(x, kg::RelationType::Met, "Mark Hale", "Pohiva Tuionetoa"));
        CHECK(entity(x, kg::EntityType::Person, "Ana Lopes"));
        CHECK(entity(x, kg::EntityType::Person, "Shri Thanedar"));
        CHECK(!entity(x, kg::EntityType::Person, "Fin"));
    }
}

TEST_SUITE("extract") {
    TEST_CASE("the office after a counterpart's name, 'her Kazakh counterpart, Mr A, Deputy Minister of Foreign Affairs', is held in the adjective's country (counterpart-adjective-office)") {
        const auto x = kg_test::run("Release\n\nDeputy Minister Ana Lopes held consultations between Peru and Kazakhstan with her "
                                    "Kazakh counterpart, Mr Akylbek Kamaldin, Deputy Minister of Foreign Affairs.");
        CHECK(kg_test::role_title(x, "Akylbek Kamaldin", "Kazakhstan") == "Deputy Minister of Foreign Affairs");
    }
}
