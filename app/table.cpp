#include "app/table.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace kg::cli {

std::size_t display_width(std::string_view s) {
    // Columns a terminal gives each character (Unicode East Asian Width): two for wide and
    // full-width ones (河野太郎, イェンス), none for combining marks, one for the rest.
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto length = static_cast<std::int32_t>(s.size());
    // ASCII, eight bytes at a time (most cells are ASCII throughout).
    std::int32_t i = 0;
    for (; i + 8 <= length; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        if (word & 0x8080808080808080ull) break;
    }
    auto width = static_cast<std::size_t>(i);
    while (i < length) {
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

Table::Table(std::vector<std::string> header) : columns_(header.size()) {
    for (const std::string& h : header) add_cell(h);
}

void Table::add_cell(std::string_view text) {
    text_.append(text);
    cells_.push_back(Cell{text_.size(), display_width(text)});
}

void Table::reserve(std::size_t rows, std::size_t bytes) {
    cells_.reserve(cells_.size() + rows * columns_);
    text_.reserve(text_.size() + bytes);
}

void Table::add(const std::vector<std::string>& row) {
    if (row.size() > columns_) throw std::invalid_argument("table row has more cells than the header");
    for (const std::string& cell : row) add_cell(cell);
    for (std::size_t i = row.size(); i < columns_; ++i) add_cell({});
    ++rows_;
}

void Table::add_cells(std::span<const std::string_view> row) {
    if (row.size() > columns_) throw std::invalid_argument("table row has more cells than the header");
    for (std::string_view cell : row) add_cell(cell);
    for (std::size_t i = row.size(); i < columns_; ++i) add_cell({});
    ++rows_;
}

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> width(columns_, 0);
    for (std::size_t c = 0; c < cells_.size(); c += columns_)
        for (std::size_t i = 0; i < columns_; ++i) width[i] = std::max(width[i], cells_[c + i].width);
    // Lines are laid out in a buffer written in blocks of about 64 KB, not a line at a time.
    constexpr std::size_t kBlock = 64 * 1024;
    std::vector<char> block(kBlock);
    std::size_t used = 0;
    std::size_t begin = 0;  // in text_, of the next cell
    for (std::size_t c = 0; c < cells_.size(); c += columns_) {
        std::size_t length = 1;  // the line break
        for (std::size_t i = 0; i < columns_; ++i) {
            length += cells_[c + i].end - (i == 0 ? begin : cells_[c + i - 1].end);
            if (i + 1 < columns_) length += width[i] - cells_[c + i].width + 2;
        }
        if (used + length > block.size()) {
            out.write(block.data(), static_cast<std::streamsize>(used));
            used = 0;
            if (length > block.size()) block.resize(length);
        }
        char* at = block.data() + used;
        char* const line = at;
        for (std::size_t i = 0; i < columns_; ++i) {
            const Cell& cell = cells_[c + i];
            std::memcpy(at, text_.data() + begin, cell.end - begin);
            at += cell.end - begin;
            begin = cell.end;
            if (i + 1 < columns_) {
                const std::size_t pad = width[i] - cell.width + 2;
                std::memset(at, ' ', pad);
                at += pad;
            }
        }
        while (at > line && at[-1] == ' ') --at;  // trailing spaces trimmed
        *at++ = '\n';
        used = static_cast<std::size_t>(at - block.data());
    }
    out.write(block.data(), static_cast<std::streamsize>(used));
}

}  // namespace kg::cli
