#include "app/table.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

TEST_SUITE("app") {

TEST_CASE("a table pads columns to the widest cell and trims trailing spaces") {
    kg::cli::Table t({"DATE", "WHO", "PLACE"});
    t.add({"2023-04-04", "Jens Stoltenberg", "Brussels"});
    t.add({"-", "Wang Yi"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "DATE        WHO               PLACE\n"
          "2023-04-04  Jens Stoltenberg  Brussels\n"
          "-           Wang Yi\n");
}

TEST_CASE("a table counts UTF-8 characters rather than bytes when padding") {
    kg::cli::Table t({"NAME", "TYPE"});
    t.add({"Türkiye", "COUNTRY"});
    t.add({"Japan", "COUNTRY"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "NAME     TYPE\n"
          "Türkiye  COUNTRY\n"
          "Japan    COUNTRY\n");
    CHECK(kg::cli::display_width("Türkiye") == 7);
}

TEST_CASE("Japanese and other wide characters take two columns, combining marks none") {
    CHECK(kg::cli::display_width("河野太郎") == 8);
    CHECK(kg::cli::display_width("イェンス・ストルテンベルグ") == 26);
    CHECK(kg::cli::display_width("ＮＡＴＯ") == 8);                  // full-width Latin
    CHECK(kg::cli::display_width("Tu\u0308rkiye") == 7);           // u + combining diaeresis
    kg::cli::Table t({"NAME", "TYPE"});
    t.add({"河野太郎", "PERSON"});
    t.add({"Jens Stoltenberg", "PERSON"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "NAME              TYPE\n"
          "河野太郎          PERSON\n"
          "Jens Stoltenberg  PERSON\n");
}

TEST_CASE("a long table prints as padding each line on its own would, across blocks and past a block's size") {
    // Rows of ASCII, accented and wide text, blank cells, cells ending in spaces (trimmed at
    // the line's end only) and one cell longer than the 64 KB block the table writes in.
    const std::vector<std::string> words{"Jens Stoltenberg", "河野太郎", "Türkiye", "", "a  ", "x", "イェンス"};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < 6000; ++i)
        rows.push_back({std::to_string(i), words[i % words.size()], words[(i * 3) % words.size()],
                        i == 4321 ? std::string(70000, 'z') : words[(i * 5 + 1) % words.size()]});
    rows.push_back({"last", "a  "});
    const std::vector<std::string> header{"N", "ONE", "TWO", "THREE"};
    kg::cli::Table t(header);
    t.reserve(3, 10);  // too little: the table grows as it needs
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i % 2 == 0) {
            t.add(rows[i]);
        } else {
            std::vector<std::string_view> views(rows[i].begin(), rows[i].end());
            t.add_cells(views);
        }
    }
    std::ostringstream out;
    t.print(out);
    std::vector<std::size_t> width(header.size(), 0);
    for (std::size_t i = 0; i < header.size(); ++i) width[i] = kg::cli::display_width(header[i]);
    for (auto& row : rows) {
        row.resize(header.size());
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], kg::cli::display_width(row[i]));
    }
    std::string expected;
    rows.insert(rows.begin(), header);
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(width[i] - kg::cli::display_width(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        expected += line + "\n";
    }
    CHECK(out.str().size() == expected.size());
    CHECK(out.str() == expected);
}

TEST_CASE("a row with more cells than the header is refused") {
    kg::cli::Table t({"A"});
    CHECK_THROWS_AS(t.add({"1", "2"}), std::invalid_argument);
}

}
