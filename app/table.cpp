#include "app/table.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace kg::cli {

std::size_t display_width(const std::string& s) {
    // Columns a terminal gives each character (Unicode East Asian Width): two for wide and
    // full-width ones (河野太郎, イェンス), none for combining marks, one for the rest.
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto length = static_cast<std::int32_t>(s.size());
    for (std::int32_t i = 0; i < length;) {
        if (bytes[i] < 0x80) {  // ASCII, printable or not: one column, without asking ICU
            ++width;
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {  // ill-formed bytes: one column each, as a terminal shows a replacement
            ++width;
            continue;
        }
        const auto category = static_cast<UCharCategory>(u_charType(c));
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || c == 0x200B) continue;
        const auto eaw = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
        width += eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

Table::Table(std::vector<std::string> header) : header_(std::move(header)) {}

void Table::add(std::vector<std::string> row) {
    if (row.size() > header_.size()) throw std::invalid_argument("table row has more cells than the header");
    row.resize(header_.size());
    rows_.push_back(std::move(row));
}

void Table::print(std::ostream& out) const {
    // Each cell measured once (the widths of a row kept for printing it).
    std::vector<std::size_t> width(header_.size(), 0);
    std::vector<std::size_t> cells;
    cells.reserve((rows_.size() + 1) * header_.size());
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            cells.push_back(display_width(row[i]));
            width[i] = std::max(width[i], cells.back());
        }
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);

    std::size_t cell = 0;
    std::string line;
    auto print_row = [&](const std::vector<std::string>& row) {
        line.clear();
        for (std::size_t i = 0; i < row.size(); ++i, ++cell) {
            line += row[i];
            if (i + 1 < row.size()) line.append(width[i] - cells[cell] + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        line += '\n';
        out << line;
    };
    print_row(header_);
    for (const auto& row : rows_) print_row(row);
}

}  // namespace kg::cli
