// The Japanese stage (extract/stages/japanese.cpp): people before their offices, meetings "と会談".
#include <doctest/doctest.h>

#include <string>

#include "extract/japanese_reading.h"
#include "extract_test_support.h"

using kg::EntityType;
using kg::RelationType;
using namespace kg_test;

TEST_SUITE("extract.japanese") {
    TEST_CASE("the country or body between a name and its office is the person's ROLE") {
        auto x = run("本12日、山田一郎外務大臣は、ポール・ホワイト・イラン外務大臣、アナ・ロペス駐日ペルー大使、"
                     "ヤン・ノヴァクNATO事務総長及び王明中国外交部長と会談しました。",
                     "2024-03-12");
        const kg::Relation* iran = relation(x, RelationType::Role, "ポール・ホワイト", "Iran");
        REQUIRE(iran);
        CHECK(iran->attributes.at("title") == "外務大臣");
        const kg::Relation* peru = relation(x, RelationType::Role, "アナ・ロペス", "Peru");
        REQUIRE(peru);
        CHECK(peru->attributes.at("title") == "駐日ペルー大使");
        CHECK(relation(x, RelationType::Role, "ヤン・ノヴァク", "North Atlantic Treaty Organization"));
        CHECK(relation(x, RelationType::Role, "王明", "China"));
        CHECK_FALSE(relation(x, RelationType::Role, "アナ・ロペス", "Japan"));  // 駐日 is where she serves
        // a body of data/ja_organizations.tsv between the name and the office, a mention of its own
        auto y = run("本12日，山田外務大臣は，ニューヨークにおいて，グテーレス国連事務総長と会談しました。", "2024-03-12");
        CHECK(relation(y, RelationType::Role, "グテーレス", "United Nations"));
        CHECK(has_alias(entity(y, EntityType::Organization, "United Nations"), "国連"));
    }

    TEST_CASE("a bureau's director general (北米局長) heads the bureau, not a country, and sits in on the meeting") {
        auto x = run("本12日、山田一郎外務大臣は、ポール・ホワイト米国国務長官と会談しました。本会談には、日本側から"
                     "佐藤健二北米局長が同席しました。",
                     "2024-03-12");
        const kg::Relation* role = relation(x, RelationType::Role, "佐藤健二", "北米局");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "北米局長");
        CHECK_FALSE(relation(x, RelationType::Role, "佐藤健二", "United States"));
        CHECK(relation(x, RelationType::Met, "佐藤健二", "ポール・ホワイト"));
    }

    TEST_CASE("a meeting held between two sides (との間で…を開催) is theirs, one to come (予定) is none") {
        auto x = run("本12日、山田一郎外務大臣及び佐藤健二防衛大臣は、ポール・ホワイト国務長官及びアナ・ロペス国防長官"
                     "との間で、日米安全保障協議委員会を開催しました。",
                     "2024-03-12");
        for (const char* who : {"ポール・ホワイト", "アナ・ロペス"}) {
            CHECK_MESSAGE(relation(x, RelationType::Met, "山田一郎", who), who);
            CHECK_MESSAGE(relation(x, RelationType::Met, "佐藤健二", who), who);
        }
        auto y = run("滞在中、ポール・ホワイト国務長官は、山田一郎外務大臣との間で日米安全保障協議委員会を開催する予定です。"
                     "また、ホワイト国務長官は、山田外務大臣との間で日米外相会談を行う予定です。",
                     "2024-03-12");
        CHECK_FALSE(relation(y, RelationType::Met, "山田一郎", "ポール・ホワイト"));
    }

    TEST_CASE("both sides' people present (日本側から…、カナダ側から…が出席) join the meeting told before when they name none") {
        auto x = run("本12日、山田一郎外務大臣は、アナ・ロペス・カナダ外務大臣との間で日・カナダ外相会談を行いました。"
                     "日本側から佐藤健二北米局長ほか、カナダ側からポール・ホワイト駐日カナダ大使ほかが出席しました。",
                     "2024-03-12");
        for (const char* who : {"佐藤健二", "ポール・ホワイト"}) {
            CHECK_MESSAGE(relation(x, RelationType::Met, "山田一郎", who), who);
            CHECK_MESSAGE(relation(x, RelationType::Met, "アナ・ロペス", who), who);
        }
    }

    TEST_CASE("a meeting recalled with its subject marked by が ('A総理大臣がニューデリーを訪問し、B首相との間で…会談を行ったこと')") {
        auto x = run("報道発表\n\n令和5年7月28日\n\n本28日、山田一郎外務大臣は、ポール・ホワイト外務大臣と会談を行いました。"
                     "冒頭、山田大臣から、本年3月19日に佐藤健二総理大臣がニューデリーを訪問し、アナ・ロペス首相との間で"
                     "日印首脳会談を行ったことに触れました。",
                     "2023-07-28");
        const kg::Relation* r = relation(x, RelationType::Met, "佐藤健二", "アナ・ロペス");
        REQUIRE(r);
        CHECK(r->date == "2023-03-19");
        CHECK_FALSE(relation(x, RelationType::Met, "山田一郎", "アナ・ロペス"));
    }

    TEST_CASE("every state in Japanese: 'A駐日パレスチナ大使', 'Bクウェート外務大臣', two brackets after a name") {
        auto x = run("本18日、山田一郎外務大臣は、ポール・ホワイト駐日パレスチナ常駐総代表（アラブ外交団長）（H.E. Mr. Paul "
                     "White）及びアナ・ロペス・クウェート外務大臣を招いて昼食懇談会を行いました。",
                     "2025-02-18");
        CHECK(relation(x, RelationType::Role, "ポール・ホワイト", "Palestine"));
        CHECK(relation(x, RelationType::Role, "アナ・ロペス", "Kuwait"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "アナ・ロペス"));
    }

    TEST_CASE("capitals of the world are places ('ビエンチャンにおいて', 'ダッカにおいて')") {
        auto x = run("本18日、山田一郎外務大臣は、ビエンチャンにおいて、アナ・ロペス・ラオス外務大臣と会談しました。"
                     "翌19日、山田大臣はダッカを訪問しました。",
                     "2025-02-18");
        CHECK(entity(x, EntityType::Location, "ビエンチャン"));
        CHECK(entity(x, EntityType::Location, "ダッカ"));
    }

    TEST_CASE("names before compound places and offices: 'A南アフリカ共和国大統領', 'Bブラウン＝キャンベル', '官房副長官', '各国外相'") {
        auto x = run("本18日、山田一郎内閣総理大臣は、ポール・ホワイト南アフリカ共和国大統領と会談しました。会談には、"
                     "佐藤健二内閣官房副長官が同席しました。",
                     "2025-02-18");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK(relation(x, RelationType::Role, "ポール・ホワイト", "South Africa"));
        CHECK(relation(x, RelationType::Met, "佐藤健二", "ポール・ホワイト"));
        CHECK_FALSE(entity(x, EntityType::Person, "アフリカ"));
        CHECK_FALSE(entity(x, EntityType::Person, "官房副"));
        auto y = run("本18日、山田一郎外務大臣は、アナ・ブラウン＝キャンベル・ジャマイカ外務大臣とテレビ会談を行いました。"
                     "また、山田大臣は各国外相と意見交換を行いました。",
                     "2025-02-18");
        CHECK(relation(y, RelationType::Met, "山田一郎", "アナ・ブラウン＝キャンベル"));
        CHECK_FALSE(entity(y, EntityType::Person, "各国"));
    }

    TEST_CASE("の marks a counterpart only before the meeting it names ('B副部長の表敬', not 'C総理大臣のインドネシア訪問')") {
        auto x = run("本20日、山田一郎外務大臣は、ポール・ホワイト・インドネシア外務大臣と立ち話を行い、本年1月の佐藤健二総理大臣"
                     "のインドネシア訪問の成果を踏まえ、協力を進めていくことを確認しました。",
                     "2025-02-20");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK_FALSE(relation(x, RelationType::Met, "山田一郎", "佐藤健二"));
        auto y = run("本20日、山田一郎外務大臣は、アナ・ロペス外交部副部長の表敬を受けました。", "2025-02-20");
        CHECK(relation(y, RelationType::Met, "山田一郎", "アナ・ロペス"));
    }

    TEST_CASE("two meetings of one subject told with ほか: the counterparts did not meet each other") {
        auto x = run("なお、ポール・ホワイト事務局長は、昨11日、佐藤健二総理大臣を表敬したほか、山田一郎外務副大臣との間で"
                     "意見交換を行いました。",
                     "2025-02-12");
        CHECK(relation(x, RelationType::Met, "ポール・ホワイト", "佐藤健二"));
        CHECK(relation(x, RelationType::Met, "ポール・ホワイト", "山田一郎"));
        CHECK_FALSE(relation(x, RelationType::Met, "佐藤健二", "山田一郎"));
    }

    TEST_CASE("bodies, places and programmes from the Japanese tables, none inside another name") {
        auto x = run("本12日、外務省において、山田一郎外務大臣は、南アフリカ・ヨハネスブルグを訪問中のポール・"
                     "ホワイト欧州・外務相と会談し、G7の枠組みや中東情勢、自由で開かれたインド太平洋、"
                     "日英共同声明について議論しました。神奈川県大磯町も訪れました。",
                     "2024-03-12");
        CHECK(entity(x, EntityType::Organization, "外務省"));
        CHECK(entity(x, EntityType::Organization, "G7"));
        for (const char* place : {"ヨハネスブルグ", "中東", "神奈川県", "大磯町"}) CHECK(entity(x, EntityType::Location, place));
        CHECK(entity(x, EntityType::Programme, "自由で開かれたインド太平洋"));
        CHECK(entity(x, EntityType::Programme, "日英共同声明"));
        CHECK(entity(x, EntityType::Country, "South Africa"));
        CHECK_FALSE(entity(x, EntityType::Location, "アフリカ"));    // inside 南アフリカ
        CHECK_FALSE(entity(x, EntityType::Location, "欧州"));        // inside an office
        CHECK_FALSE(entity(x, EntityType::Location, "インド太平洋"));  // inside a programme
        CHECK_FALSE(entity(x, EntityType::Country, "India"));
        CHECK_FALSE(entity(x, EntityType::Country, "United Kingdom"));  // only inside 日英共同声明
    }

    TEST_CASE("named meetings are events, attended by those who held them or came to attend them") {
        auto x = run("日・ペルー外相会談\n\n本12日、G7外相会合に出席するため訪日中のポール・ホワイト・ペルー外務大臣"
                     "（Mr. Paul White）は、山田一郎外務大臣と会談を行いました。\n両外相会談では、APEC閣僚会議についても"
                     "議論しました。\n本13日、山田大臣は、佐藤次郎経済産業大臣と日英外相会談会談を行いました。",
                     "2024-03-12");
        for (const char* ev : {"日・ペルー外相会談", "G7外相会合", "APEC閣僚会議"}) CHECK(entity(x, EntityType::Event, ev));
        CHECK(entity(run("日・NATO外相会談\n本4日、山田一郎外務大臣は、NATO事務総長と会談しました。"), EntityType::Event,
                     "日・NATO外相会談"));
        CHECK_FALSE(entity(x, EntityType::Event, "両外相会談"));  // nothing names it
        CHECK_FALSE(entity(x, EntityType::Event, "日英外相会談会談"));
        CHECK(relation(x, RelationType::Attended, "山田一郎", "日・ペルー外相会談"));
        CHECK(relation(x, RelationType::Attended, "ポール・ホワイト", "日・ペルー外相会談"));
        CHECK(relation(x, RelationType::Attended, "ポール・ホワイト", "G7外相会合"));
        CHECK_FALSE(relation(x, RelationType::Attended, "山田一郎", "G7外相会合"));
        auto y = run("本12日，山田外務大臣は，ASEAN関連外相会議に出席しました。", "2024-03-12");
        CHECK(relation(y, RelationType::Attended, "山田", "ASEAN関連外相会議"));
        CHECK_FALSE(entity(y, EntityType::Person, "関連"));  // kanji after a body's capitals are no name
        // both sides' delegations listed as attending a named meeting met; a three-way summit
        auto z = run("本12日，第15回日米安全保障協議委員会が開催され，日本側から山田外務大臣及び佐藤防衛大臣が，米国側から"
                     "ポール・ホワイト国務長官及びアナ・ロペス国防長官が出席しました。",
                     "2024-03-12");
        CHECK(entity(z, EntityType::Event, "第15回日米安全保障協議委員会"));  // its number names the session
        CHECK(relation(z, RelationType::Met, "山田", "ポール・ホワイト"));
        CHECK(relation(z, RelationType::Met, "佐藤", "アナ・ロペス"));
        CHECK(relation(z, RelationType::Attended, "佐藤", "第15回日米安全保障協議委員会"));
        auto w = run("本12日，田中総理大臣は，ポール・ホワイト米国大統領及び金明秀韓国大統領と日米韓首脳会合を行いました。",
                     "2024-03-12");
        CHECK(relation(w, RelationType::Met, "田中", "金明秀"));
        CHECK(relation(w, RelationType::Attended, "ポール・ホワイト", "日米韓首脳会合"));
        auto v = run("本12日夜，山田外務大臣は，ポール・ホワイト国務長官夫妻を招いて夕食会を主催しました。", "2024-03-12");
        CHECK(relation(v, RelationType::Met, "山田", "ポール・ホワイト"));  // 夫妻: with his spouse
        // a second meeting of the release is not the title's
        CHECK_FALSE(relation(x, RelationType::Attended, "佐藤次郎", "日・ペルー外相会談"));
    }

    TEST_CASE("a kanji name before an office and a katakana name before a country's office met by telephone") {
        auto x = run("外相電話会談\n\n本12日午前9時から約20分間，山田一郎外務大臣は，ポール・ホワイト米国務長官"
                     "（Mr. Paul White, Secretary of State）との間で電話会談を行いました。\n\n1 山田大臣より，"
                     "ホワイト長官に謝意を述べました。",
                     "2024-03-12");
        CHECK(entity(x, EntityType::Person, "山田一郎"));
        const kg::Entity* white = entity(x, EntityType::Person, "ポール・ホワイト");
        REQUIRE(white);
        CHECK(has_alias(white, "Paul White"));  // the Latin name in parentheses is the same person
        CHECK_FALSE(entity(x, EntityType::Person, "Paul White"));
        CHECK_FALSE(entity(x, EntityType::Person, "山田"));  // the short form is an alias
        const kg::Relation* met = relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト");
        REQUIRE(met);
        CHECK(met->date == "2024-03-12");
        CHECK(met->attributes.at("mode") == "telephone");
    }

    TEST_CASE("a country written in katakana or ending in 連邦 is not part of the name, pairings are no one") {
        auto x = run("本5日，川村花子外務大臣は，アナ・ロペス・ミクロネシア連邦大統領及びホセ・ディアス・ペルー外務大臣と"
                     "会談しました。日米外相は協力を確認しました。",
                     "2024-06-05");
        CHECK(entity(x, EntityType::Person, "アナ・ロペス"));
        CHECK(entity(x, EntityType::Person, "ホセ・ディアス"));
        CHECK(relation(x, RelationType::Met, "川村花子", "アナ・ロペス"));
        CHECK(relation(x, RelationType::Met, "川村花子", "ホセ・ディアス"));
        CHECK_FALSE(entity(x, EntityType::Person, "日米"));
    }

    TEST_CASE("a lunch for several ambassadors is one meeting of all, 'を迎えて' marks the guests, '25日' is this month's") {
        auto x = run("山田政務官と駐日大使との昼食会\n\n25日午後1時から約90分間,山田一郎外務大臣政務官は,アナ・ロペス駐日ペルー大使"
                     "(H. E. Ms. Ana Lopes),ホセ・ディアス駐日ブラジル大使を迎えて昼食会を開催しました。",
                     "2019-03-26");
        const kg::Relation* r = relation(x, RelationType::Met, "山田一郎", "アナ・ロペス");
        REQUIRE(r);
        CHECK(r->date == "2019-03-25");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ホセ・ディアス"));
        CHECK(relation(x, RelationType::Met, "アナ・ロペス", "ホセ・ディアス"));
    }

    TEST_CASE("countries take their English names, one-character forms only in pairings, before offices, in 訪日") {
        auto x = run("日・イラン外相会談\n\n本5日，訪日中のポール・ホワイト米国務長官は，ウクライナ情勢について述べました。"
                     "タイミングが重要です。",
                     "2024-06-05");
        const kg::Entity* japan = entity(x, EntityType::Country, "Japan");
        REQUIRE(japan);
        CHECK(has_alias(japan, "日"));
        // Iran is named only inside the meeting's name: no entity of its own (the annotation rules)
        CHECK(entity(x, EntityType::Event, "日・イラン外相会談"));
        CHECK_FALSE(entity(x, EntityType::Country, "Iran"));
        CHECK(entity(x, EntityType::Country, "United States"));
        CHECK(entity(x, EntityType::Country, "Ukraine"));
        CHECK_FALSE(entity(x, EntityType::Country, "Thailand"));  // タイ inside タイミング
        CHECK_FALSE(entity(x, EntityType::Country, "China"));     // 中 of 訪日中
    }

    TEST_CASE("people listed as attending ('…が出席しました') joined the meeting reported before") {
        auto x = run("本5日、山田一郎外務大臣は、ポール・ホワイトNATO事務総長との会談に出席しました。ホワイト事務総長のほか、"
                     "アナ・ロペス・オーストラリアNATO代表部次席大使及び李大成韓国外交部次官が出席しました。",
                     "2024-04-05");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "アナ・ロペス"));
        CHECK(relation(x, RelationType::Met, "アナ・ロペス", "李大成"));
    }

    TEST_CASE("English releases are left to the English stages") {
        auto x = run("Foreign Minister Ana Lopes met with Secretary of State Paul White.");
        CHECK(count(x, RelationType::Met) == 1);
    }

    TEST_CASE("a reading in brackets and a country and body between a name and its office, による and も") {
        auto x = run("本9日，山田一郎外務大臣は，訪日中の張明華(ちょう・めいか)中国外交部筆頭副部長による表敬を受けました。"
                     "\n\n自分(山田大臣)も，先週，朴成民(パク・ソンミン)韓国外交部第2次官との間で会談を行った。",
                     "2024-08-09");
        CHECK(entity(x, EntityType::Person, "張明華"));
        CHECK(entity(x, EntityType::Person, "朴成民"));
        const kg::Relation* call = relation(x, RelationType::Met, "山田一郎", "張明華");
        REQUIRE(call);
        CHECK(call->attributes.at("mode") == "courtesy-call");
        CHECK(relation(x, RelationType::Met, "山田一郎", "朴成民"));
    }

    TEST_CASE("any country data/ja_countries.tsv writes in katakana ends a foreign name before an office") {
        auto x = run("本3日，川村花子外務大臣は，アハメド・ラシード・モルディブ外務大臣と会談しました。", "2024-02-03");
        CHECK(entity(x, EntityType::Person, "アハメド・ラシード"));
        CHECK_FALSE(entity(x, EntityType::Person, "アハメド・ラシード・モルディブ"));
        CHECK(relation(x, RelationType::Met, "川村花子", "アハメド・ラシード"));
    }

    TEST_CASE("katakana readings are written as MOFA writes names: Hepburn, long vowels short, ッ doubled") {
        // a few rows of the kind data/ja_romaji.tsv holds
        std::vector<std::pair<std::string, std::string>> romaji = {
            {"\u30B7\u30E7", "sho"}, {"\u30B3", "ko"}, {"\u30A6", "u"}, {"\u30CE", "no"}, {"\u30CF", "ha"},
            {"\u30E4", "ya"}, {"\u30B7", "shi"}, {"\u30C1", "chi"}, {"\u30DB", "ho"}, {"\u30C3", "xx"}};
        CHECK(kg::extract::romanise("\u30B3\u30A6\u30CE", romaji) == "kono");              // コウノ
        CHECK(kg::extract::romanise("\u30CF\u30E4\u30B7", romaji) == "hayashi");           // ハヤシ
        CHECK(kg::extract::romanise("\u30DB\u30C3\u30C1", romaji) == "hotchi");            // ホッチ
        CHECK(kg::extract::romanise("\u30B7\u30E7\u30A6", romaji) == "sho");               // ショウ
        CHECK(kg::extract::romanise("\u30AB", romaji).empty());                              // no letters known
    }

    TEST_CASE("a kanji name the dictionary knows as family and given name gets its reading as a Latin alias") {
        auto x = run("本4日，林芳正外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。", "2024-02-04");
        const kg::Entity* hayashi = entity(x, EntityType::Person, "林芳正");
        REQUIRE(hayashi);
        CHECK(has_alias(hayashi, "Yoshimasa Hayashi"));
        // a given name the dictionary splits (剛 + 明) is read as nothing rather than guessed
        auto y = run("本4日，松本剛明外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。", "2024-02-04");
        const kg::Entity* matsumoto = entity(y, EntityType::Person, "松本剛明");
        REQUIRE(matsumoto);
        for (const std::string& a : matsumoto->aliases) CHECK(a.find("Matsumoto") == std::string::npos);
    }

    TEST_CASE("a leader named before 政権 is a person, Latin capitals before an office are a body, no one") {
        auto x = run("本6日，山田一郎外務大臣は，NATO外相会合に出席し，これまでのアルバレス政権の努力を評価しました。",
                     "2024-02-06");
        CHECK(entity(x, EntityType::Person, "アルバレス"));
        CHECK_FALSE(entity(x, EntityType::Person, "NATO"));
    }

    TEST_CASE("a name before an office begins at a MeCab word, after the adverbs and nouns before it") {
        // 同日夕方 and 会談後 are words of their own: the name is 山田, not 同日夕方山田 or 会談後山田
        auto x = run("本12日，山田一郎外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。会談後山田大臣は記者団に"
                     "述べました。同日夕方田中総理大臣は，カルロス・ベガ駐日チリ大使と会談しました。",
                     "2024-03-12");
        const kg::Entity* yamada = entity(x, EntityType::Person, "山田一郎");
        REQUIRE(yamada);
        CHECK(has_alias(yamada, "山田大臣"));
        CHECK_FALSE(entity(x, EntityType::Person, "会談後山田"));
        CHECK(relation(x, RelationType::Met, "田中", "カルロス・ベガ"));
        for (const kg::Entity& e : x.entities)
            CHECK_MESSAGE(e.name.find("\u5F8C") == std::string::npos, e.name);  // 後
    }

    TEST_CASE("a family name that begins with a word of the not-name class is a name when MeCab reads it as one") {
        // 前 and 本 before a name are no part of it, but 前原 and 本田 are family names
        auto x = run("本12日，前原誠司外務大臣は，本田一郎経済産業大臣と会談しました。", "2024-03-12");
        CHECK(entity(x, EntityType::Person, "前原誠司"));
        CHECK(entity(x, EntityType::Person, "本田一郎"));
        CHECK(relation(x, RelationType::Met, "前原誠司", "本田一郎"));
    }

    TEST_CASE("words of the office between a family name and its office are not the name") {
        auto x = run("本12日，山田官房長官は，ホセ・ルイス駐日ペルー大使と会談しました。同日，川村大阪府知事も同大使と"
                     "会談しました。",
                     "2024-03-12");
        CHECK(entity(x, EntityType::Person, "山田"));
        CHECK_FALSE(entity(x, EntityType::Person, "山田官房"));
        CHECK(entity(x, EntityType::Person, "川村"));  // a place to the dictionary, a name before an office
        CHECK_FALSE(entity(x, EntityType::Person, "川村大阪府"));
        CHECK_FALSE(entity(x, EntityType::Person, "大阪"));
    }

    TEST_CASE("a family name the dictionary knows as an ordinary word, before a given name or after its full name") {
        auto x = run("本12日，岩屋一郎外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。冒頭，岩屋大臣から謝意を"
                     "述べました。",
                     "2024-03-12");
        const kg::Entity* iwaya = entity(x, EntityType::Person, "岩屋一郎");
        REQUIRE(iwaya);
        CHECK(has_alias(iwaya, "岩屋大臣"));
        CHECK(relation(x, RelationType::Met, "岩屋一郎", "ホセ・ルイス"));
    }

    TEST_CASE("a katakana word the dictionary knows, alone before an office, is no name") {
        auto x = run("本12日，山田一郎外務大臣は，デジタル大臣及びホセ・ルイス駐日ペルー大使と会談しました。"
                     "アラブ首長国連邦についても議論しました。",
                     "2024-03-12");
        CHECK_FALSE(entity(x, EntityType::Person, "デジタル"));
        CHECK_FALSE(entity(x, EntityType::Person, "アラブ"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "ホセ・ルイス"));
        // the same kind of word is a name where a full name of the release ends with it
        auto y = run("本12日，山田一郎外務大臣は，ポール・ホワイト米国務長官と会談しました。ホワイト長官は謝意を述べました。",
                     "2024-03-12");
        const kg::Entity* white = entity(y, EntityType::Person, "ポール・ホワイト");
        REQUIRE(white);
        CHECK(has_alias(white, "ホワイト長官"));
    }

    TEST_CASE("the late (故) and a family and given name MeCab reads is a person, a numeral after the given name too") {
        auto x = run("本12日，山田一郎外務大臣は，故川村晋三国葬儀に参列するため訪日中のホセ・ルイス・ペルー大統領と"
                     "会談しました。川村元総理大臣の業績を称えました。",
                     "2024-03-12");
        const kg::Entity* late = entity(x, EntityType::Person, "川村晋三");
        REQUIRE(late);
        CHECK(has_alias(late, "川村元総理大臣"));
        CHECK_FALSE(entity(x, EntityType::Person, "川村"));
        CHECK_FALSE(relation(x, RelationType::Met, "山田一郎", "川村晋三"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "ホセ・ルイス"));
    }

    TEST_CASE("every guest of a list 'A，B及びCを迎えて' met the host and each other") {
        auto x = run("本5日，山田一郎外務大臣政務官は，ホセ・ルイス駐日ペルー大使，カルロス・ベガ駐日チリ大使及び"
                     "マリオ・ソウザ駐日ブラジル大使を迎えて昼食会を開催しました。",
                     "2024-02-05");
        for (const char* guest : {"ホセ・ルイス", "カルロス・ベガ", "マリオ・ソウザ"})
            CHECK_MESSAGE(relation(x, RelationType::Met, "山田一郎", guest), guest);
        CHECK(relation(x, RelationType::Met, "ホセ・ルイス", "カルロス・ベガ"));
        CHECK(count(x, RelationType::Met) == 6);
    }

    TEST_CASE("a video meeting written テレビ会談, and Chinese and Korean offices (中央政治局委員兼外交部長, 外交部長官)") {
        auto x = run("5月3日、山田一郎外務大臣は、ポール・ホワイト・ウクライナ外務大臣とテレビ会談を行いました。",
                     "2024-05-03");
        const kg::Relation* r = relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト");
        REQUIRE(r);
        CHECK(r->attributes.at("mode") == "video");
        auto y = run("5月3日、山田一郎外務大臣は、王毅中国共産党中央政治局委員兼外交部長と会談を行いました。",
                     "2024-05-03");
        CHECK(relation(y, RelationType::Met, "山田一郎", "王毅"));
        auto z = run("5月3日、山田一郎外務大臣は、趙兌烈韓国外交部長官と夕食会を実施しました。", "2024-05-03");
        CHECK(relation(z, RelationType::Met, "山田一郎", "趙兌烈"));
    }

    TEST_CASE("an office of two portfolios joined by '・' and an ambassador's country with its form of state end the name") {
        auto x = run("本17日午前11時から約30分間、山田一郎外務副大臣は、訪日中のコフィ・アサモア・メンサー・ガーナ共和国外務・"
                     "地域統合副大臣による表敬を受けたところ、概要は以下のとおりです。",
                     "2025-06-17");
        CHECK(entity(x, EntityType::Person, "コフィ・アサモア・メンサー"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "コフィ・アサモア・メンサー"));
        auto y = run("本20日、山田一郎内閣総理大臣は、訪日中のポール・ホワイト外務大臣による表敬を受けました。本表敬には、"
                     "ウズベキスタン側からグリシャン・ナザロフ駐日ウズベキスタン共和国特命全権大使が同席しました。",
                     "2025-02-20");
        CHECK(entity(y, EntityType::Person, "グリシャン・ナザロフ"));
        CHECK(relation(y, RelationType::Met, "山田一郎", "グリシャン・ナザロフ"));
    }

    TEST_CASE("'本会合には…Aが出席しました': those present at 'this meeting' join the one told before") {
        auto x = run("6月27日、山田一郎外務大臣は、東京において、ポール・ホワイト・トンガ王国外務大臣と共に、第6回太平洋・島サミット"
                     "中間閣僚会合の共同議長を務めました。本会合には、加盟国の外相等が出席し、太平洋諸島フォーラムからはアナ・"
                     "ロペス事務局長が出席しました。",
                     "2025-06-27");
        CHECK(relation(x, RelationType::Met, "山田一郎", "アナ・ロペス"));
        CHECK(relation(x, RelationType::Met, "ポール・ホワイト", "アナ・ロペス"));
    }

    TEST_CASE("a reading in brackets before a long body names the person - calls paid 'それぞれ' pair no counterparts") {
        auto x = run("5　なお、山田大臣は、同日、本会談に先立ち、北京において、李強（り・きょう）国務院総理及び王毅（おう・き）"
                     "中央外事工作委員会弁公室主任をそれぞれ表敬しました。\n1　本2日、山田一郎外務大臣は、秦剛国務委員兼"
                     "外交部長と会談を行いました。",
                     "2023-04-02");
        CHECK(entity(x, EntityType::Person, "王毅"));
        CHECK(relation(x, RelationType::Met, "李強", "山田一郎"));
        CHECK(relation(x, RelationType::Met, "王毅", "山田一郎"));
        CHECK_FALSE(relation(x, RelationType::Met, "李強", "王毅"));
    }

    TEST_CASE("Japan's ambassador named in kanji before '駐オーストラリア日本国大使' - delegations meet on the day the clause before gives") {
        auto x = run("1 現地時間5月15日、オーストラリア・キャンベラにおいて、第24回日豪外務次官協議が開催されました。日本側からは"
                     "山田一郎外務事務次官及び鈴木英明駐オーストラリア日本国大使が、オーストラリア側からはアナ・ロペス外務貿易省"
                     "次官が出席しました。",
                     "2025-05-16");
        CHECK(entity(x, EntityType::Person, "鈴木英明"));
        const kg::Relation* r = relation(x, RelationType::Met, "鈴木英明", "アナ・ロペス");
        REQUIRE(r);
        CHECK(r->date == "2025-05-15");
        const kg::Relation* q = relation(x, RelationType::Met, "山田一郎", "アナ・ロペス");
        REQUIRE(q);
        CHECK(q->date == "2025-05-15");
    }

    TEST_CASE("'深澤政務官' is a titled mention, a katakana portfolio after '・' is an office's, '同日' is the day told before") {
        auto x = run("令和6年5月3日\n\n5月1日から3日まで、山田一郎外務大臣政務官はケニア共和国を訪問しました。\n"
                     "1　現地時間5月2日午前10時から約40分間、山田政務官は、ナイロビにおいて、コリル・シンゴエイ・ケニア外務・"
                     "ディアスポラ省首席次官と会談を行いました。\n2　同日午後、山田政務官は、ムサリア・ムダヴァディ首席閣僚長官兼"
                     "外務・ディアスポラ長官を表敬しました。",
                     "");
        CHECK(entity(x, EntityType::Person, "コリル・シンゴエイ"));
        CHECK_FALSE(entity(x, EntityType::Person, "ディアスポラ"));
        const kg::Relation* a = relation(x, RelationType::Met, "山田一郎", "コリル・シンゴエイ");
        REQUIRE(a);
        CHECK(a->date == "2024-05-02");
        const kg::Relation* b = relation(x, RelationType::Met, "山田一郎", "ムサリア・ムダヴァディ");
        REQUIRE(b);
        CHECK(b->date == "2024-05-02");
    }

    TEST_CASE("'Xの出席を歓迎' welcomes an attendance to come: X joins no meeting") {
        auto x = run("現地時間22日午前10時から約50分間、山田一郎外務副大臣は、首都アブジャにおいて、ポール・ホワイト・ナイジェリア"
                     "連邦共和国外務大臣と会談を行いました。山田副大臣から、本年8月に横浜で開催されるTICAD 9へのアナ・ロペス大統領の"
                     "出席を歓迎する旨述べました。",
                     "2025-01-23");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK_FALSE(relation(x, RelationType::Met, "山田一郎", "アナ・ロペス"));
        CHECK_FALSE(relation(x, RelationType::Met, "ポール・ホワイト", "アナ・ロペス"));
    }

    TEST_CASE("'AとBが…首脳会談を行い' is a pair's meeting, and '昨年11月' gives it no day rather than the release's") {
        auto x = run("令和7年2月14日\n\n3 昨年11月には、G20リオデジャネイロ・サミットに出席した山田一郎内閣総理大臣とルーラ大統領が"
                     "リオデジャネイロにおいて日・ブラジル首脳会談を行い、両国関係の強化で一致しました。",
                     "2025-02-14");
        const kg::Relation* r = relation(x, RelationType::Met, "山田一郎", "ルーラ");
        REQUIRE(r);
        CHECK(r->date.empty());
    }

    TEST_CASE("people who sat in on a meeting (同席) join it, and a name with its reading in brackets is read whole") {
        auto x = run("1　8月8日、山田一郎内閣総理大臣は、訪日中のポール・ホワイト国際連合事務総長による表敬を受けました。"
                     "本表敬には、日本側から川村晋三外務大臣が同席しました。",
                     "2022-08-08");
        CHECK(relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト"));
        CHECK(relation(x, RelationType::Met, "山田一郎", "川村晋三"));
        CHECK(relation(x, RelationType::Met, "ポール・ホワイト", "川村晋三"));
        auto y = run("1　3月16日、山田一郎内閣総理大臣は、訪日中の尹錫悦（ユン・ソンニョル）大韓民国大統領と日韓首脳会談を"
                     "行いました。\n4　夕食会には、山田花子総理夫人及び金建希（キム・ゴニ）大統領夫人も同席しました。",
                     "2023-03-16");
        CHECK(entity(y, EntityType::Person, "金建希"));
        CHECK_FALSE(entity(y, EntityType::Person, "建希"));
        CHECK(relation(y, RelationType::Met, "山田一郎", "金建希"));
        CHECK(relation(y, RelationType::Met, "山田花子", "尹錫悦"));
    }

    TEST_CASE("a meeting of two named as a noun and recalled ('昨年7月12日に…で行われたA総理大臣とB事務総長との会談'), and 次官協議") {
        auto x = run("1　4月3日、山田花子外務大臣は、ポール・ホワイト事務総長と会談を行いました。\n"
                     "4　両者は、昨年7月12日にビリニュスで行われた山田一郎総理大臣とホワイト事務総長との会談で計画が合意されたことを"
                     "想起しました。",
                     "2024-04-03");
        const kg::Relation* r = relation(x, RelationType::Met, "山田一郎", "ポール・ホワイト");
        REQUIRE(r);
        CHECK(r->date == "2023-07-12");
        auto y = run("1　7月21日、東京において、川村晋三外務事務次官は、ポール・ホワイト米国国務副長官及び"
                     "崔鍾建（チェ・ジョンゴン）韓国外交部第1次官との間で、日米韓外務次官協議を行いました。",
                     "2021-07-21");
        CHECK(relation(y, RelationType::Met, "川村晋三", "ポール・ホワイト"));
        CHECK(relation(y, RelationType::Met, "川村晋三", "崔鍾建"));
        CHECK(relation(y, RelationType::Met, "ポール・ホワイト", "崔鍾建"));
        // the meeting named by its pair first: "…国家主席との日中首脳会談"
        auto z = run("1　4月2日、山田花子外務大臣は、ポール・ホワイト外務大臣と会談を行いました。\n"
                     "2　冒頭、山田大臣から、昨年11月17日にバンコクで行われた山田一郎総理大臣と習近平（しゅう・きんぺい）"
                     "国家主席との日中首脳会談において、関係を確認した旨述べました。",
                     "2023-04-02");
        const kg::Relation* m = relation(z, RelationType::Met, "山田一郎", "習近平");
        REQUIRE(m);
        CHECK(m->date == "2022-11-17");
    }

    TEST_CASE("a numbered meeting keeps its number (第24回), the delegations after '…が開催されました' and those who sat in on '本会談' attended it, not those at its dinner") {
        auto x = run("1　現地時間5月15日、オーストラリア・キャンベラにおいて、第24回日豪外務次官協議が開催されました。"
                     "日本側からは山田花子外務事務次官が、オーストラリア側からはポール・ホワイト外務貿易省次官が出席しました。",
                     "2025-05-16");
        const char* talks = "第24回日豪外務次官協議";
        CHECK(entity(x, EntityType::Event, talks));
        CHECK(relation(x, RelationType::Attended, "山田花子", talks));
        CHECK(relation(x, RelationType::Attended, "ポール・ホワイト", talks));
        auto y = run("　2月21日、山田花子外務大臣は、ポール・ホワイト米国国務長官と日米外相会談を行いました。"
                     "本会談には、日本側から中村健一北米局長が同席しました。\n"
                     "2　夕食会には、山田一郎総理夫人も同席しました。",
                     "2024-02-22");
        CHECK(relation(y, RelationType::Attended, "中村健一", "日米外相会談"));
        CHECK_FALSE(relation(y, RelationType::Attended, "山田一郎", "日米外相会談"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("ja-body-of-body: a body named in capitals and kanji ending in a head of bodies (NATO海上司令部) is one body") {
        auto x = run("報道発表\n令和5年11月8日\n両者は、NATO海上司令部への派遣及びNATO日本政府代表部の開設について議論し、"
                     "NATOとの協力を確認しました。",
                     "2023-11-08");
        CHECK(entity(x, EntityType::Organization, "NATO海上司令部"));
        CHECK(entity(x, EntityType::Organization, "NATO日本政府代表部"));
        CHECK(entity(x, EntityType::Organization, "North Atlantic Treaty Organization"));  // NATO alone is NATO
    }

    TEST_CASE("a recurring meeting's capitals and its session's number in Japanese text (COP30) are an event") {
        auto x = run("報道発表\n令和7年5月8日\n両外相は、本年ブラジルが議長を務めるCOP30の成功に向けて協力していくことを確認しました。",
                     "2025-05-08");
        CHECK(entity(x, EntityType::Event, "COP30"));
    }

    TEST_CASE("ja-at-the-time: an office '(当時)' is read past, so the pair joined by と met, of a year gone by no day") {
        auto x = run("報道発表\n令和5年11月8日\n1979年には,山田総理大臣(当時)とポール・ホワイト米大統領が日米首脳会談を行った。",
                     "2023-11-08");
        const kg::Relation* met = relation(x, RelationType::Met, "山田", "ポール・ホワイト");
        REQUIRE(met);
        CHECK(met->date.empty());
        CHECK(relation(x, RelationType::Attended, "ポール・ホワイト", "日米首脳会談"));
        // full-width brackets, and a year that is the release's keeps its date
        auto y = run("報道発表\n令和5年11月8日\n2023年には,山田総理大臣（当時）とポール・ホワイト米大統領が日米首脳会談を行った。",
                     "2023-11-08");
        const kg::Relation* met2 = relation(y, RelationType::Met, "山田", "ポール・ホワイト");
        REQUIRE(met2);
        CHECK(met2->date == "2023-11-08");
    }
}

TEST_SUITE("extract.dates") {
    TEST_CASE("a release date on a line of its own below a page's menus, a title that ends with its date") {
        std::string menus;
        for (int i = 0; i < 18; ++i) menus += "Menu item " + std::to_string(i) + "\n";
        auto x = run(menus + "Outcome of talks\n\n2025-01-23\n\nMinister Ana Lopes met Secretary Paul White.", "");
        CHECK(x.document.date == "2025-01-23");
        auto y = run("News story\n\nComments by the Foreign Secretary after meeting Secretary Paul White on 7 August "
                     "2019\n\nThe Foreign Secretary met Secretary Paul White.", "");
        CHECK(y.document.date == "2019-08-07");
        // a date deep in the body is not the release's
        auto z = run(menus + "The Minister said the talks of 3 May 2024 went well.", "");
        CHECK(z.document.date.empty());
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("ja-sat-in-bracket: those a bracket of the meeting's clause says sat in met everyone at it") {
        auto x = run("日米首脳会談\n令和5年11月20日\n20日,ASEAN関連首脳会議出席のためプノンペンを訪問中の山田総理大臣は,"
                     "ポール・ホワイト大統領と会談した(先方:マイク・グリーン国務長官ほか,当方:川村経済産業大臣ほか同席)。",
                     "");
        for (const auto& [a, b] : {std::pair{"山田", "マイク・グリーン"}, {"ポール・ホワイト", "川村"}, {"マイク・グリーン", "川村"}})
            CHECK_MESSAGE(relation(x, RelationType::Met, a, b), a, " & ", b);
        // the meeting is the title's; the summit they came to attend ("出席のため") is not it
        CHECK(relation(x, RelationType::Attended, "川村", "日米首脳会談"));
        CHECK(!relation(x, RelationType::Attended, "川村", "ASEAN関連首脳会議"));
    }

    TEST_CASE("ja-excellency: a name in katakana before 閣下, its office and country before it") {
        auto x = run("日豪外相会談\n令和5年7月21日\n21日,山田外務大臣は,オーストラリア連邦外務大臣ポール・ホワイト閣下(The Hon Paul "
                     "White MP)と会談を行いました。ホワイト外相から謝意が表されました。",
                     "");
        const kg::Entity* white = entity(x, EntityType::Person, "ポール・ホワイト");
        REQUIRE(white);
        CHECK(has_alias(white, "Paul White"));
        CHECK(has_alias(white, "ホワイト外相"));
        CHECK(relation(x, RelationType::Met, "山田", "ポール・ホワイト"));
    }

    TEST_CASE("ja-name-bracket-country: 'NAME(Latin name)COUNTRY OFFICE', and a list ending in '等と'") {
        auto x = run("国連外交\n令和5年6月2日\n5月26日,山田外務副大臣は,ポール・ホワイト(H.E. Mr. Paul White)ドミニカ国国連常駐代表,"
                     "マイク・グリーン(H.E. Mr. Mike Green)スワジランド王国国連常駐代表等を迎えて夕食会を主催し,意見交換を行いました。",
                     "");
        const kg::Entity* white = entity(x, EntityType::Person, "ポール・ホワイト");
        REQUIRE(white);
        CHECK(has_alias(white, "Paul White"));  // one person, not two
        CHECK(!entity(x, EntityType::Person, "Paul White"));
        CHECK(relation(x, RelationType::Role, "ポール・ホワイト", "Dominica"));
        CHECK(relation(x, RelationType::Role, "マイク・グリーン", "Eswatini"));
        CHECK(relation(x, RelationType::Met, "山田", "マイク・グリーン"));
        auto y = run("報道発表\n令和5年12月17日\n12月13日,山田外務副大臣は,キム・ニューヨーク州下院議員及びボルコフスキー同下院議員等による"
                     "表敬を受けました。",
                     "");
        CHECK(relation(y, RelationType::Met, "山田", "ボルコフスキー"));
        CHECK(relation(y, RelationType::Met, "山田", "キム"));
        CHECK(!entity(y, EntityType::Person, "ニューヨーク"));  // a state, before 州
        CHECK(!entity(y, EntityType::Person, "キム・ニューヨーク"));
    }

    TEST_CASE("ja-day-month: a day alone is in the month told before it, a photo caption gives no date of its own") {
        auto x = run("外務省・新着情報\n\n令和6年3月1日\n\n 2月25日から2月27日まで、山田外務大臣政務官は、マルタ共和国を訪問しました。\n\n"
                     "山田政務官とポール・ホワイト首相が会談を行っている様子\n\n 26日、山田政務官は、ポール・ホワイト首相を表敬しました。",
                     "");
        const kg::Relation* met = relation(x, RelationType::Met, "山田", "ポール・ホワイト");
        REQUIRE(met);
        CHECK(met->date == "2024-02-26");
        // without a month told before, a day still to come in the release's month is the month before's
        auto y = run("報道発表\n令和6年3月1日\n 26日、山田外務大臣は、ポール・ホワイト首相と会談しました。", "");
        const kg::Relation* met2 = relation(y, RelationType::Met, "山田", "ポール・ホワイト");
        REQUIRE(met2);
        CHECK(met2->date == "2024-02-26");
    }

    TEST_CASE("an office running into a meeting's head names the meeting, not a person, and '若手議員' is no one") {
        auto x = run("外務省・新着情報\n令和4年10月20日\n山田外務副大臣は、第10回平和首長会議総会に出席しました。山田外務副大臣は、"
                     "豪州若手議員一行と意見交換を行いました。",
                     "");
        CHECK(!entity(x, EntityType::Person, "平和"));
        CHECK(!entity(x, EntityType::Person, "若手"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("ja-place-event: a place in katakana names the meeting after it, and its abbreviation in brackets leads to a session") {
        auto x = run("日米外相会談\n令和8年2月14日\n現地時間2月14日、ミュンヘン安全保障会議に出席するため、ミュンヘンを訪問中の山田外務大臣は、"
                     "ポール・ホワイト米国国務長官と日米外相会談を行いました。",
                     "");
        CHECK(entity(x, EntityType::Event, "ミュンヘン安全保障会議"));
        CHECK(relation(x, RelationType::Attended, "山田", "ミュンヘン安全保障会議"));
        auto y = run("日・モザンビーク外相会談\n平成29年8月24日\n本24日,アフリカ開発会議(TICAD)閣僚会合出席のためマプトを訪問中の山田外務大臣は,"
                     "ポール・ホワイト外務協力大臣との間で日・モザンビーク外相会談を行いました。",
                     "");
        CHECK(relation(y, RelationType::Attended, "山田", "アフリカ開発会議(TICAD)閣僚会合"));
        CHECK(!relation(y, RelationType::Attended, "ポール・ホワイト", "アフリカ開発会議(TICAD)閣僚会合"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("a one-kanji prefix MeCab reads before a family name begins the name: 大野元裕参議院議員") {
        auto x = run("報道発表\n平成23年1月12日\n(ア)リファーイ首相との会談においては,大野元裕参議院議員も同席し,親書を手交した。",
                     "");
        CHECK(entity(x, EntityType::Person, "大野元裕"));
        CHECK(!entity(x, EntityType::Person, "野元裕"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("'AとBとの間で…夕食会が開催された' is A's and B's meeting, those who sat in join it, and 副総理 and 主任 are offices") {
        auto x = run("日中首脳夕食会\n令和元年6月27日\n本27日,大阪市内のホテルにおいて,山田太郎内閣総理大臣と,李明(り・めい)国家主席との間で,"
                     "夕食会(約70分間)が開催されたところ,概要は以下のとおりです。日本側からは川村副総理兼財務大臣ほかが,中国側からは,"
                     "丁大明(てい・だいめい)党中央弁公庁主任,劉正(りゅう・せい)副総理ほかが同席しました。",
                     "");
        CHECK(kg_test::met_date(x, "山田太郎", "李明") == "2019-06-27");
        for (const char* other : {"川村", "丁大明", "劉正"}) {
            CHECK_MESSAGE(entity(x, EntityType::Person, other), other);
            CHECK_MESSAGE(kg_test::met_date(x, "山田太郎", other) == "2019-06-27", other);
        }
        CHECK(!entity(x, EntityType::Person, "川村副"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("a one-word katakana name the dictionary knows is a name before an office no portfolio precedes (キャンベル国務次官補), not before one that may (デジタル大臣)") {
        auto x = run("報道発表\n平成23年7月23日\n松本外務大臣は,クリントン米国務長官との間で日米外相会談を行ったところ,概要以下のとおり(米側:"
                     "キャンベル国務次官補,ホーマッツ国務次官ほか,日本側:杉山アジア大洋州局長ほか同席)。",
                     "");
        CHECK(entity(x, EntityType::Person, "キャンベル"));
        CHECK(kg_test::met_date(x, "松本", "キャンベル") == "2011-07-23");
        CHECK(kg_test::met_date(x, "クリントン", "キャンベル") == "2011-07-23");
        auto y = run("報道発表\n令和5年4月1日\n山田外務大臣は,デジタル大臣と会談しました。", "");
        CHECK(!entity(y, EntityType::Person, "デジタル"));
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("a spokesperson (外務報道官) listed in a bracket of those who sat in is a person who met the other side") {
        auto x = run("報道発表\n平成18年12月7日\n7日夕、山田外務大臣は、ジョージ・ヨー外務大臣と会談を行ったところ概要以下のとおり。(日本側より、"
                     "坂場外務報道官他、シンガポール側より、アンドリュー・タン外務副次官他同席)",
                     "");
        CHECK(entity(x, EntityType::Person, "坂場"));
        CHECK(kg_test::met_date(x, "坂場", "ジョージ・ヨー") == "2006-12-07");
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("a ministry's bureau between a two-kanji family name and 局長 is cut from the name (梅本北米局長)") {
        auto x = run("報道発表\n平成23年7月23日\n松本外務大臣は,クリントン米国務長官と会談を行った(日本側:梅本北米局長ほか同席)。", "");
        CHECK(entity(x, EntityType::Person, "梅本"));
        CHECK(!entity(x, EntityType::Person, "梅本北米"));
        CHECK(relation(x, RelationType::Role, "梅本", "北米局"));
        CHECK(kg_test::met_date(x, "梅本", "クリントン") == "2011-07-23");
    }
}

TEST_SUITE("extract.japanese") {
    TEST_CASE("特派大使 (a special envoy) is an office, not the name 特派 before 大使") {
        auto x = run("報道発表\n令和6年8月1日\n本1日、山田外務大臣政務官は、本年6月の大統領就任式への特派大使としての参加以降の交流を歓迎した。", "");
        CHECK(!entity(x, EntityType::Person, "特派"));
    }

    TEST_CASE("ja-name-inner-kana: ツ, ノ, ケ between kanji are part of a Japanese name (三ツ矢, 一ノ瀬)") {
        auto x = run("報道発表\n令和6年3月12日\n本12日、一ノ瀬健二外務副大臣は、ポール・ホワイト・イラン外務大臣と会談しました。"
                     "一ノ瀬副大臣から、二国間関係について述べました。",
                     "2024-03-12");
        CHECK(entity(x, EntityType::Person, "一ノ瀬健二"));
        CHECK(!entity(x, EntityType::Person, "健二"));
        CHECK(relation(x, RelationType::Met, "一ノ瀬健二", "ポール・ホワイト"));
    }

    TEST_CASE("ja-heading-counterpart and ja-section-day: a heading names a meeting of the release's principal, dated by its section") {
        auto x = run("外務副大臣\n山田副大臣の豪州訪問(概要)\n令和6年3月20日\n"
                     "山田一郎外務副大臣は,3月14日から20日まで,豪州を訪問しました。\n"
                     "- ジョン・ビショップ外務大臣への表敬\n"
                     "- ピーター・ライアン・ビクトリア州副首相との懇談\n"
                     "(1)ジョン・ビショップ外務大臣表敬(16日,於シドニー)\n"
                     "山田副大臣とビショップ外務大臣は,地域情勢について意見交換しました。\n"
                     "(2)ロバート・ゲイツ国防相との立ち話\n"
                     "両者は協力を確認しました。",
                     "2024-03-20");
        const kg::Relation* bishop = relation(x, RelationType::Met, "山田一郎", "ジョン・ビショップ");
        REQUIRE(bishop);
        CHECK(bishop->date == "2024-03-16");  // the section's day, not the overview list's
        const kg::Relation* ryan = relation(x, RelationType::Met, "山田一郎", "ピーター・ライアン");
        REQUIRE(ryan);
        CHECK(ryan->date == "2024-03-20");  // no section gives a day: the release's
        CHECK(relation(x, RelationType::Met, "山田一郎", "ロバート・ゲイツ"));
        CHECK_FALSE(relation(x, RelationType::Met, "ジョン・ビショップ", "ピーター・ライアン"));
        // (a heading that spans days gives none: "I カンボジア(2月22日~2月24日)")
        auto y = run("外務副大臣\n令和6年3月6日\n山田一郎外務副大臣は,カンボジアを訪問しました。\n"
                     "I カンボジア(2月22日~2月24日)\n(1)フン・マネット首相への表敬\n"
                     "23日、山田副大臣は、フン・マネット首相を表敬しました。",
                     "2024-03-06");
        const kg::Relation* hun = relation(y, RelationType::Met, "山田一郎", "フン・マネット");
        REQUIRE(hun);
        CHECK(hun->date == "2024-02-23");
    }

    TEST_CASE("ja-implied-principal: after the lead, a clause with no subject marked tells of the release's principal") {
        auto x = run("報道発表\n令和6年1月17日\n"
                     "木村一郎外務大臣政務官は1月15日から17日まで、モンゴルを訪問しました。\n"
                     "1.バトボルド外務大臣との会談及びガンバータル外務副大臣との昼食会\n"
                     "15日、交換文書の署名を行った後に、バトボルド外務大臣と会談を行いました。"
                     "また、16日、ガンバータル外務副大臣主催の昼食会において、意見交換を行いました。"
                     "第3回中間閣僚会合でジョン・ロバート外務大臣と共に共同議長を務めました。",
                     "2024-01-17");
        const kg::Relation* bat = relation(x, RelationType::Met, "木村一郎", "バトボルド");
        REQUIRE(bat);
        CHECK(bat->date == "2024-01-15");
        const kg::Relation* gan = relation(x, RelationType::Met, "木村一郎", "ガンバータル");
        REQUIRE(gan);
        CHECK(gan->date == "2024-01-16");
        // two meetings in one heading, each with a meeting word of its own: the two did not meet
        CHECK_FALSE(relation(x, RelationType::Met, "バトボルド", "ガンバータル"));
        // (one acted together with, "と共に", met no one)
        CHECK_FALSE(relation(x, RelationType::Met, "木村一郎", "ジョン・ロバート"));
    }

    TEST_CASE("ja-sat-in-own-meeting: 'Xとの会談においては, Aも同席し' is a meeting of the principal and X that A joined") {
        auto x = run("報道発表\n令和6年1月14日\n"
                     "田中外務大臣政務官は,1月10日から14日まで,オマーン及びヨルダンを訪問しました。\n"
                     "ハリド・ザワウィ外交担当国王特別顧問及びバドル外務省事務総長との各会談において,意見交換を行った。\n"
                     "(ア)リファーイ首相との会談においては,大野元裕参議院議員も同席し,"
                     "佐藤総理大臣発リファーイ首相宛の親書を手交しました。",
                     "2024-01-14");
        CHECK(relation(x, RelationType::Met, "田中", "リファーイ"));
        CHECK(relation(x, RelationType::Met, "大野元裕", "リファーイ"));
        CHECK(relation(x, RelationType::Met, "大野元裕", "田中"));
        CHECK_FALSE(relation(x, RelationType::Met, "佐藤", "リファーイ"));  // named after 同席: the letter's sender
        CHECK_FALSE(relation(x, RelationType::Met, "バドル", "リファーイ"));
        // "との各会談": one with each
        CHECK(relation(x, RelationType::Met, "田中", "ハリド・ザワウィ"));
        CHECK(relation(x, RelationType::Met, "田中", "バドル"));
        CHECK_FALSE(relation(x, RelationType::Met, "ハリド・ザワウィ", "バドル"));
    }

    TEST_CASE("ja-separate-meetings: 'Aとの間で会談を行うとともに、B首相と会談を行った' are two meetings") {
        auto x = run("報道発表\n令和6年7月19日\n"
                     "山田外務大臣は、7月19日にシンガポールを訪問し、ジョージ・ヨー外相との間で夕食を交えて会談を行うとともに、"
                     "リー・シェンロン首相と会談を行った。",
                     "2024-07-19");
        CHECK(relation(x, RelationType::Met, "山田", "ジョージ・ヨー"));
        CHECK(relation(x, RelationType::Met, "山田", "リー・シェンロン"));
        CHECK_FALSE(relation(x, RelationType::Met, "ジョージ・ヨー", "リー・シェンロン"));
    }

    TEST_CASE("ja-name-posted-country: 駐日, 在 or a middle dot between a kanji name and the country before the office") {
        auto x = run("報道発表\n平成22年11月13日\n菅総理は、胡錦濤・中国国家主席と首脳会談を行った(日本側同席者:前原外務大臣、"
                     "丹羽在中国大使他、中国側同席者:戴秉国国務委員、楊潔篪外交部長他)。",
                     "2010-11-13");
        CHECK(entity(x, EntityType::Person, "胡錦濤"));
        CHECK(entity(x, EntityType::Person, "丹羽"));
        CHECK(!entity(x, EntityType::Person, "丹羽在"));
        CHECK(relation(x, RelationType::Met, "菅", "胡錦濤"));
        CHECK(relation(x, RelationType::Met, "丹羽", "戴秉国"));
        CHECK(relation(x, RelationType::Role, "胡錦濤", "China"));
    }

    TEST_CASE("ja-hosted-by: those at whose invitation (の招待の下) the principal lunched met the principal, 臨時代理大使 an office") {
        auto x = run("報道発表\n平成30年5月30日\n 5月29日,佐藤外務副大臣は,ガブリエル・ドゥケ駐日コロンビア大使(H.E. Mr. Gabriel DUQUE),"
                     "ハロルド・フォルサイト駐日ペルー大使(H.E. Mr. Harold FORSYTH)及びフェリペ・ディアス在京チリ臨時代理大使"
                     "(Mr. Felipe DIAZ)の招待の下,昼食を交えて意見交換を行いました。",
                     "2018-05-30");
        CHECK(entity(x, EntityType::Person, "フェリペ・ディアス"));
        const kg::Relation* m = relation(x, RelationType::Met, "佐藤", "フェリペ・ディアス");
        REQUIRE(m);
        CHECK(m->date == "2018-05-29");
        CHECK(relation(x, RelationType::Met, "佐藤", "ガブリエル・ドゥケ"));
        CHECK(relation(x, RelationType::Met, "ハロルド・フォルサイト", "フェリペ・ディアス"));
    }

    TEST_CASE("ja-implied-principal: '(2)モザンビークでは、A大統領への表敬訪問を行った他、B副大臣他と会談し': では marks no subject, 他、 parts two meetings") {
        auto x = run("報道発表\n平成24年1月16日\n- 加藤敏幸外務大臣政務官は、1月7日から1月15日まで、モザンビーク及び南アフリカを訪問しました。\n"
                     "(1)モザンビークでは、ゲブーザ大統領への表敬訪問を行った他、コローマ外務協力副大臣他と会談しました。\n"
                     "(2)南アフリカでは、モトランテ副大統領への表敬訪問を行った他、エブラヒム国際関係協力副大臣と会談しました。",
                     "2012-01-16");
        CHECK(relation(x, RelationType::Met, "加藤敏幸", "ゲブーザ"));
        CHECK(relation(x, RelationType::Met, "加藤敏幸", "コローマ"));
        CHECK(relation(x, RelationType::Met, "加藤敏幸", "モトランテ"));
        CHECK(relation(x, RelationType::Met, "加藤敏幸", "エブラヒム"));
        CHECK_FALSE(relation(x, RelationType::Met, "ゲブーザ", "コローマ"));
        CHECK_FALSE(relation(x, RelationType::Met, "モトランテ", "エブラヒム"));
    }

    TEST_CASE("ja-attendee-list: a table under '1 出席者' holds those at the principal's dinner, on the lead's day") {
        auto x = run("報道発表\n平成27年3月14日\n本14日,午後7時50分頃から約1時間,岸田文雄外務大臣は,会議に参加している副大統領・副首相を"
                     "招待して夕食会を開催したところ,概要は以下のとおりです。\n1 出席者\n"
                     "(1) | クウェシ・アーサー副大統領 | (ガーナ) |\n(2) | アーサン・ラオリー副首相 | (ラオス) |\n"
                     "2 やり取りの概要\n(1)冒頭,岸田大臣より,謝意を示しました。",
                     "2015-03-14");
        const kg::Relation* m = relation(x, RelationType::Met, "岸田文雄", "クウェシ・アーサー");
        REQUIRE(m);
        CHECK(m->date == "2015-03-14");
        CHECK(relation(x, RelationType::Met, "岸田文雄", "アーサン・ラオリー"));
        CHECK(relation(x, RelationType::Met, "クウェシ・アーサー", "アーサン・ラオリー"));
        // (without the heading the table names no meeting)
        auto y = run("報道発表\n平成27年3月14日\n本14日,岸田文雄外務大臣は,会議に出席しました。\n2 写真\n"
                     "(1) | クウェシ・アーサー副大統領 | (ガーナ) |",
                     "2015-03-14");
        CHECK_FALSE(relation(y, RelationType::Met, "岸田文雄", "クウェシ・アーサー"));
    }
    TEST_CASE("ja-bureau-office: a ministry and its bureau between a name and the bureau's office, and a meeting carried out between them") {
        auto x = run("報道発表\n令和2年10月29日\n10月29日、ソウルにおいて、川辺一郎外務省アジア大洋州局長は、金丁秀(キム・ジョンス)"
                     "韓国外交部アジア太平洋局長との間で、日韓局長協議を実施しました。",
                     "2020-10-29");
        CHECK(entity(x, EntityType::Person, "川辺一郎"));
        CHECK(entity(x, EntityType::Person, "金丁秀"));
        const kg::Relation* m = relation(x, RelationType::Met, "川辺一郎", "金丁秀");
        REQUIRE(m);
        CHECK(m->date == "2020-10-29");
        const kg::Relation* role = relation(x, RelationType::Role, "川辺一郎", "アジア大洋州局");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "局長");
        // a bureau's counsellor, a deputy assistant secretary in a list, and a first meeting held ("行いました")
        auto y = run("報道発表\n令和6年11月20日\n11月20日、大川昭夫外務省アジア大洋州局審議官は、ソウルにおいて、ジョン・スミス米国"
                     "国務次官補代理及び朴成元(パク・ソンウォン)韓国外交部北米局審議官との間で、調整事務局の初会合を行いました。",
                     "2024-11-20");
        CHECK(relation(y, RelationType::Role, "大川昭夫", "アジア大洋州局"));
        CHECK(relation(y, RelationType::Met, "大川昭夫", "ジョン・スミス"));
        CHECK(relation(y, RelationType::Met, "大川昭夫", "朴成元"));  // 元 ends the name read aloud, it is no "former"
        CHECK(relation(y, RelationType::Met, "ジョン・スミス", "朴成元"));
    }

    TEST_CASE("ja-sides-by-country: '日本からA、中国からB、韓国からCが出席' are the sides of the meeting named before") {
        auto x = run("報道発表\n令和6年10月28日\n10月28日、日中韓高級事務レベル協議が開催されました。日本から川辺一郎外務審議官、中国から"
                     "孫東林(そん・とうりん)外交部副部長、韓国から朴成元(パク・ソンウォン)外交部次官補が出席しました。",
                     "2024-10-28");
        CHECK(entity(x, EntityType::Event, "日中韓高級事務レベル協議"));  // a word in katakana inside the name
        CHECK(relation(x, RelationType::Met, "川辺一郎", "孫東林"));
        CHECK(relation(x, RelationType::Met, "川辺一郎", "朴成元"));
        CHECK(relation(x, RelationType::Met, "孫東林", "朴成元"));
        CHECK(relation(x, RelationType::Attended, "朴成元", "日中韓高級事務レベル協議"));
    }

    TEST_CASE("ja-between-pair with its sitters in a bracket, an office of two portfolios, Japan before capitals, a party's head") {
        auto x = run("報道発表\n平成15年10月7日\n10月7日午後、バリにおいて、川辺総理と温東林国務院総理との間で日中首脳会談が行われたところ、"
                     "概要は以下のとおり(当方:細井内閣官房副長官他、先方:李東星外交部長他同席)。",
                     "2003-10-07");
        CHECK(relation(x, RelationType::Met, "川辺", "温東林"));
        CHECK(relation(x, RelationType::Met, "細井", "李東星"));
        auto y = run("日EU外相協議\n平成22年4月28日\n本28日、飯倉公館にて、大川昭夫外務大臣はアシュトン欧州連合外務・上級代表と日EU外相協議を"
                     "行ったところ、概要は以下のとおり。",
                     "2010-04-28");
        CHECK(relation(y, RelationType::Met, "大川昭夫", "アシュトン"));
        CHECK(relation(y, RelationType::Attended, "アシュトン", "日EU外相協議"));
        auto z = run("外務省・新着情報\n令和5年7月24日\n7月24日、山辺健司外務副大臣は、欧州議会外務委員会一行(団長:ウルマス・パエト欧州議会議員"
                     "(Mr. Urmas Paet, Member of the European Parliament))による表敬を受けたところ、概要は下記のとおりです。",
                     "2023-07-24");
        CHECK(relation(z, RelationType::Met, "山辺健司", "ウルマス・パエト"));
    }

    TEST_CASE("ja-attendee-list under a heading in brackets, sides by line, and kanji the dictionary reads as other words") {
        // "【同席者】" and side lines: each listed person met the principals and attended their meeting
        auto x = run("川辺総理大臣\n\n日米首脳会談概要\n\n平成14年6月26日\n\n 川辺総理大臣は、6月25日、ハミルトン大統領との間で"
                     "首脳会談を行った。\n\n【同席者】\n\n米 側: カード首席補佐官、ライス国家安全保障問題担当大統領補佐官\n"
                     "日本側: 細井官房副長官、別所秘書官\n",
                     "2002-06-26");
        CHECK(relation(x, RelationType::Met, "川辺", "ハミルトン"));
        CHECK(relation(x, RelationType::Met, "カード", "川辺"));  // a katakana word before an aide's office is a name
        CHECK(relation(x, RelationType::Met, "ライス", "細井"));
        CHECK(relation(x, RelationType::Met, "別所", "ハミルトン"));
        CHECK(relation(x, RelationType::Attended, "別所", "日米首脳会談"));
        CHECK_FALSE(entity(x, EntityType::Person, "兼"));
        // "(出席者)" in round brackets; a family name written with a kanji of the supplementary planes; a
        // given name's kanji read as an adjective's stem (貴, 偉); a portfolio before an office is no name
        auto y = run("プレスリリース\n平成30年11月12日\n𠮷田貴盛農林水産大臣は、11月9日、北京において日中韓農業大臣会合に"
                     "出席しました。農業担当大臣が一堂に会しました。\n(出席者)\n日本側:𠮷田貴盛農林水産大臣\n"
                     "中国側:韓長明(かん・ちょうめい)農業農村部長\n韓国側:李東浩(い・どんほ)農林畜産食品部長官\n",
                     "2018-11-12");
        CHECK(entity(y, EntityType::Person, "𠮷田貴盛"));
        CHECK(relation(y, RelationType::Met, "韓長明", "李東浩"));
        CHECK(relation(y, RelationType::Met, "𠮷田貴盛", "韓長明"));
        CHECK_FALSE(entity(y, EntityType::Person, "農業担当"));
        auto z = run("日米首脳電話会談\n令和2年9月20日\n9月20日、川辺義偉内閣総理大臣は、ハミルトン米国大統領と日米首脳電話会談を"
                     "行いました。",
                     "2020-09-20");
        CHECK(relation(z, RelationType::Met, "川辺義偉", "ハミルトン"));
        CHECK(relation(z, RelationType::Attended, "川辺義偉", "日米首脳電話会談"));
    }

    TEST_CASE("ja-journey-title: a schedule under '<A>の訪米' meets A's counterparts, and ja-attended-list: each meeting of a list A sat in at") {
        auto x = run("川辺外務大臣の訪米 平成12年2月21日\n1.日程\n2月18日(金)\n同日成田発(同日ワシントン着)\n"
                     "ハミルトン大統領補佐官(経済)との会談\nダウド通商代表との会談\n",
                     "2000-02-21");
        CHECK(relation(x, RelationType::Met, "川辺", "ハミルトン"));
        CHECK(relation(x, RelationType::Met, "川辺", "ダウド"));
        auto y = run("2019年7月1日\n\n川辺経済産業大臣は6月27日から6月29日の日程で大阪に出張しました。\n\n"
                     "2.二国間首脳会談への出席\n\n日露首脳会談の他、日EU首脳会談、日印首脳会談及び日米印首脳会談に同席しました。",
                     "2019-07-01");
        CHECK(relation(y, RelationType::Attended, "川辺", "日露首脳会談"));
        CHECK(relation(y, RelationType::Attended, "川辺", "日EU首脳会談"));
        CHECK(relation(y, RelationType::Attended, "川辺", "日米印首脳会談"));
    }

    TEST_CASE("ja-implied-principal: 'A、Bとともに朝食会に出席しました' is a meal the principal sat at with both") {
        auto x = run("報道発表\n平成19年9月9日\n川辺総理は、9月7日、シドニーに到着しました。\n8日、首脳会議に先立ち、アメリカ合衆国の"
                     "ジョン・ハミルトン大統領、オーストラリアのマーク・ダウド首相とともに朝食会に出席しました。",
                     "2007-09-09");
        CHECK(relation(x, RelationType::Met, "川辺", "ジョン・ハミルトン"));
        CHECK(relation(x, RelationType::Met, "川辺", "マーク・ダウド"));
        CHECK(relation(x, RelationType::Met, "ジョン・ハミルトン", "マーク・ダウド"));
        // acting together is no meeting: "…と共に共同議長を務めた"
        auto y = run("報道発表\n平成19年9月9日\n川辺総理は、9月7日、シドニーに到着しました。\n8日、会合でマーク・ダウド首相と共に"
                     "共同議長を務めました。",
                     "2007-09-09");
        CHECK_FALSE(relation(y, RelationType::Met, "川辺", "マーク・ダウド"));
    }

    TEST_CASE("ja-posted-envoy and ja-kana-bureau: '塩尻在インドネシア大使' is Japan's envoy, '梅田南部アジア部長' a director") {
        auto x = run("報道発表\n平成23年4月9日\n4月9日,川辺外務大臣は,ハミルトン・インドネシア大統領を表敬したところ,概要は以下のとおりです"
                     "(先方同席:ダウド外相他,我が方同席:塩尻在インドネシア大使,梅田南部アジア部長他)。",
                     "2011-04-09");
        CHECK(relation(x, RelationType::Met, "ハミルトン", "塩尻"));
        CHECK(relation(x, RelationType::Met, "ハミルトン", "梅田"));
        CHECK(relation(x, RelationType::Role, "塩尻", "Japan"));
        CHECK_FALSE(relation(x, RelationType::Role, "塩尻", "Indonesia"));
        // a foreign envoy in Japan keeps the country that sent them
        auto y = run("報道発表\n平成23年4月9日\n4月9日,川辺外務大臣は,メヒア駐日ペルー大使と会談しました。", "2011-04-09");
        CHECK(relation(y, RelationType::Role, "メヒア", "Peru"));
    }

    TEST_CASE("country-tail: a katakana country ending in 諸島共和国 stands between a name and its office") {
        auto x = run("報道発表\n平成29年2月21日\n20日,川辺政務官は,ジョン・M・ハミルトン・マーシャル諸島共和国外務大臣と会談しました。",
                     "2017-02-21");
        CHECK(entity(x, EntityType::Person, "ジョン・M・ハミルトン"));
        CHECK(relation(x, RelationType::Role, "ジョン・M・ハミルトン", "Marshall Islands"));
    }

    TEST_CASE("アジア大洋州 is a bureau before 局長, 外交通商部長官 an office, 冒頭 no part of a name") {
        auto x = run("報道発表\n平成22年12月7日\n12月7日,川辺誠司外務大臣は,韓国の金東浩(キム・ドンホ)韓国外交通商部長官との間で日韓外相会談を"
                     "行ったところ,概要以下のとおり(当方同席者:細井アジア大洋州局長ほか,先方同席者:ウィ・ソンラク朝鮮半島平和交渉本部長ほか)。\n"
                     "1 冒頭川辺大臣より、祝意を述べた。",
                     "2010-12-07");
        CHECK(relation(x, RelationType::Met, "川辺誠司", "金東浩"));
        CHECK(relation(x, RelationType::Met, "細井", "金東浩"));
        CHECK(relation(x, RelationType::Met, "細井", "ウィ・ソンラク"));
        CHECK_FALSE(entity(x, EntityType::Person, "冒頭川辺"));
    }

    TEST_CASE("a ministry and its minister, '保健福祉部長官', is no director (部長) followed by 官") {
        auto x = run("報道発表\n令和2年12月7日\n12月7日,川辺外務大臣は,朴成元(パク・ソンウォン)韓国保健福祉部長官と会談を行いました。",
                     "2020-12-07");
        CHECK(relation(x, RelationType::Met, "川辺", "朴成元"));
        const kg::Relation* role = relation(x, RelationType::Role, "朴成元", "Republic of Korea");
        REQUIRE(role);
        CHECK(role->attributes.at("title") == "長官");
    }

    TEST_CASE("ja-sides-by-country: '我が国からA、中国からBが出席し、意見交換を行いました' are two sides of the meeting held") {
        auto x = run("報道発表 日中政策企画協議の開催 令和2年9月8日 9月8日午前、日中政策企画協議がテレビ会議形式で開催されました。 "
                     "同協議には、我が国から山辺重夫外務省総合外交政策局長、中国から劉東松(りゅう・とうしょう)外交部政策企画司長他が"
                     "出席し、幅広く意見交換を行いました。",
                     "2020-09-08");
        CHECK(relation(x, RelationType::Met, "山辺重夫", "劉東松"));
        CHECK(relation(x, RelationType::Attended, "劉東松", "日中政策企画協議"));
    }

    TEST_CASE("ja-meeting in the news's words: '電話で話した', '話し合った', 'と会い' and 'と会った'") {
        auto x = run("ニュース\n令和7年2月7日\n川辺茂首相は7日、ハミルトン大統領と初めて電話で話した。", "2025-02-07");
        const kg::Relation* m = relation(x, RelationType::Met, "川辺茂", "ハミルトン");
        REQUIRE(m);
        CHECK(m->attributes.at("mode") == "telephone");
        auto y = run("ニュース\n令和7年2月7日\n川辺首相は6日、来日中のハミルトン米大統領と首相官邸で会い、連携を確認した。", "2025-02-07");
        const kg::Relation* n = relation(y, RelationType::Met, "川辺", "ハミルトン");
        REQUIRE(n);
        CHECK(n->date == "2025-02-06");
        auto z = run("ニュース\n令和7年2月7日\n山辺外相は、ダウド外相と北朝鮮問題について話し合った。", "2025-02-07");
        CHECK(relation(z, RelationType::Met, "山辺", "ダウド"));
    }

    TEST_CASE("the news's 氏 after a name, a katakana name the dictionary knows as a place before 国防長官, ja-country-of") {
        auto x = run("ニュース\n令和6年2月7日\n川辺首相は7日、ハミルトン氏と会談した。同氏は氏名を明かさなかった。", "2024-02-07");
        CHECK(relation(x, RelationType::Met, "川辺", "ハミルトン"));
        CHECK_FALSE(entity(x, EntityType::Person, "同"));
        auto y = run("ニュース\n令和6年2月7日\n山辺防衛相は7日、オースティン米国防長官と会談した。", "2024-02-07");
        CHECK(relation(y, RelationType::Met, "山辺", "オースティン"));
        auto z = run("ニュース\n令和6年2月7日\n中国の習東平国家主席は7日、米国のハミルトン大統領と会談した。", "2024-02-07");
        CHECK(relation(z, RelationType::Met, "習東平", "ハミルトン"));
        CHECK(relation(z, RelationType::Role, "習東平", "China"));
        CHECK(relation(z, RelationType::Role, "ハミルトン", "United States"));
        // the honorific holds no office
        auto w = run("ニュース\n令和6年2月7日\n川辺首相は7日、米国のハミルトン氏と会談した。", "2024-02-07");
        CHECK_FALSE(relation(w, RelationType::Role, "ハミルトン", "United States"));
    }

    TEST_CASE("ja-came-to-attend: サミット is an event head, 参加 attends, and the one met after attending attended nothing") {
        auto x = run("ニュース\n令和5年5月18日\n川辺首相は、G7広島サミットに出席するため広島入りした。", "2023-05-18");
        CHECK(relation(x, RelationType::Attended, "川辺", "G7広島サミット"));
        auto y = run("ニュース\n令和5年5月18日\n川辺首相は、APEC首脳会議に出席した後、ハミルトン大統領と会談した。", "2023-05-18");
        CHECK(relation(y, RelationType::Attended, "川辺", "APEC首脳会議"));
        CHECK_FALSE(relation(y, RelationType::Attended, "ハミルトン", "APEC首脳会議"));
        CHECK(relation(y, RelationType::Met, "川辺", "ハミルトン"));
        auto z = run("ニュース\n令和5年5月18日\n山辺外相は、ASEAN関連外相会議に参加した。", "2023-05-18");
        CHECK(relation(z, RelationType::Attended, "山辺", "ASEAN関連外相会議"));
    }

    TEST_CASE("ja-given-name-kanji: a one-kanji country inside a given name ('鈴木英敬知事') is part of the name") {
        auto x = run("報道発表\n平成28年5月10日\n三重県の鈴木英敬知事は、ハミルトン駐日米国大使と懇談しました。", "2016-05-10");
        CHECK(entity(x, EntityType::Person, "鈴木英敬"));
        CHECK(relation(x, RelationType::Met, "鈴木英敬", "ハミルトン"));
        // a country before the office is none: "ケリー米国務長官"
        auto y = run("報道発表\n平成28年5月10日\n山辺防衛相は、ケリー米国務長官と会談した。", "2016-05-10");
        CHECK(relation(y, RelationType::Role, "ケリー", "United States"));
    }

    TEST_CASE("ja-headline-subject: '川辺首相、ハミルトン大統領と会談' and '…は21日、電話で協議した'") {
        auto x = run("川辺首相、ハミルトン大統領と電話会談 北朝鮮対応で連携\n令和6年2月7日\n", "2024-02-07");
        const kg::Relation* m = relation(x, RelationType::Met, "川辺", "ハミルトン");
        REQUIRE(m);
        CHECK(m->attributes.at("mode") == "telephone");
        auto y = run("ニュース\n令和6年2月22日\n山辺敏充外相とダウド米国務長官は21日、電話で協議した。", "2024-02-22");
        CHECK(relation(y, RelationType::Met, "山辺敏充", "ダウド"));
        // a comma after a name inside a sentence makes no subject of it
        auto z = run("ニュース\n令和6年2月22日\n会談には、川辺首相、ハミルトン大統領も同席した。", "2024-02-22");
        CHECK_FALSE(relation(z, RelationType::Met, "川辺", "ハミルトン"));
    }

    TEST_CASE("ja-concurrent-offices: offices joined by 兼 before a name's office, and the news's short titles of ministers ('経済再生相')") {
        auto x = run("ニュース\n令和6年12月26日\n山辺外相は25日、王川共産党政治局員兼外相と会談した。", "2024-12-26");
        CHECK(entity(x, EntityType::Person, "王川"));
        CHECK(relation(x, RelationType::Met, "山辺", "王川"));
        auto y = run("ニュース\n令和6年12月26日\n川辺首相は25日、ハミルトン大統領と会談した。会談には山本太郎副総理兼財務相、"
                     "茂木敏夫経済再生相らが同席した。",
                     "2024-12-26");
        CHECK(relation(y, RelationType::Met, "茂木敏夫", "ハミルトン"));
        CHECK(relation(y, RelationType::Met, "山本太郎", "ハミルトン"));
    }

    TEST_CASE("ja-meeting-before-after: 'AはBとの面会後、Cと会談した': B and C did not meet each other") {
        auto x = run("ニュース\n令和6年12月26日\n山辺氏は李川氏との面会後、王川外相と会談した。", "2024-12-26");
        CHECK(relation(x, RelationType::Met, "山辺", "王川"));
        CHECK(relation(x, RelationType::Met, "山辺", "李川"));
        CHECK_FALSE(relation(x, RelationType::Met, "李川", "王川"));
    }

    TEST_CASE("ja-caption-name: a broadcast's caption line 'name office' with a space, and '意見を交わし' as a meeting word") {
        auto x = run("ニュース\n令和6年12月26日\n山辺毅 外務大臣\n「率直な対話をおこなう」\n山辺大臣は中国の王川外相と意見を交わし、"
                     "連携の強化を確認しました。",
                     "2024-12-26");
        CHECK(entity(x, EntityType::Person, "山辺毅"));
        CHECK(relation(x, RelationType::Met, "山辺毅", "王川"));
        // a space inside a sentence parts no name from an office
        auto y = run("ニュース\n令和6年12月26日\n会場には山辺 外務大臣の姿もあった。", "2024-12-26");
        CHECK_FALSE(entity(y, EntityType::Person, "山辺"));
    }

    TEST_CASE("a new envoy ('山田新大使') and the U.S. secretaries written '商務長官' read the name before the office") {
        auto x = run("報道発表\n令和6年12月26日\n11月19日、山辺新大使はミード外務大臣を往訪し、信任状の写しを提出しました。", "2024-12-26");
        CHECK(entity(x, EntityType::Person, "山辺"));
        CHECK_FALSE(entity(x, EntityType::Person, "山辺新"));
        CHECK(relation(x, RelationType::Met, "山辺", "ミード"));
        auto y = run("ニュース\n令和6年12月26日\n世耕大臣は6日夜、ロス商務長官と電話で意見交換しました。", "2024-12-26");
        CHECK(entity(y, EntityType::Person, "ロス"));
        CHECK(relation(y, RelationType::Met, "世耕", "ロス"));
    }

    TEST_CASE("ja-named-meeting-topic: '日中外相会談は…' after the release's one meeting of two names that meeting, which both attended") {
        auto x = run("ニュース\n令和6年9月27日\n山辺敏充外相は26日、ニューヨークで中国の王川外相と会談した。\n日中外相会談は山辺氏の就任後初めて。",
                     "2024-09-27");
        CHECK(relation(x, RelationType::Met, "山辺敏充", "王川"));
        CHECK(relation(x, RelationType::Attended, "山辺敏充", "日中外相会談"));
        CHECK(relation(x, RelationType::Attended, "王川", "日中外相会談"));
        // not a named meeting that is no topic of its own clause
        auto y = run("ニュース\n令和6年9月27日\n山辺敏充外相は26日、ニューヨークで中国の王川外相と会談した。\n両氏は次の日中外相会談の日程を調整する。",
                     "2024-09-27");
        CHECK_FALSE(relation(y, RelationType::Attended, "山辺敏充", "日中外相会談"));
    }

    TEST_CASE("countries by their formal Japanese names before の give the ROLE ('ロシア連邦のA大統領')") {
        auto x = run("報道発表\n令和6年9月27日\n川辺総理大臣は、ロシア連邦のウラジーミル・ハミルトン大統領と会談しました。", "2024-09-27");
        CHECK(relation(x, RelationType::Role, "ウラジーミル・ハミルトン", "Russia"));
        auto y = run("報道発表\n令和6年9月27日\n川辺総理大臣は、ベトナム社会主義共和国のハミルトン国家主席と会談しました。", "2024-09-27");
        CHECK(relation(y, RelationType::Role, "ハミルトン", "Vietnam"));
    }

    TEST_CASE("ja-side-listing: those a bracket lists under a side hold their offices for it, ours Japan, theirs the foreign side's country") {
        auto x = run("報道発表\n平成23年4月9日\n 川辺外務大臣は,スシロ・ハミルトン・インドネシア大統領を表敬したところ,概要は以下のとおりです"
                     "(先方同席:マルティ外相,スディ・シララヒ国家官房長官他,我が方同席:梅田南部アジア部長他)。",
                     "2011-04-09");
        CHECK(relation(x, RelationType::Role, "マルティ", "Indonesia"));
        CHECK(relation(x, RelationType::Role, "スディ・シララヒ", "Indonesia"));
        CHECK(relation(x, RelationType::Role, "梅田", "Japan"));
        CHECK_FALSE(relation(x, RelationType::Role, "梅田", "Indonesia"));
        // outside a bracket of sides, an office alone gives no ROLE
        auto y = run("報道発表\n平成23年4月9日\n 川辺外務大臣は,スシロ・ハミルトン・インドネシア大統領を表敬し,マルティ外相と会談しました。",
                     "2011-04-09");
        CHECK_FALSE(relation(y, RelationType::Role, "マルティ", "Indonesia"));
    }
}
