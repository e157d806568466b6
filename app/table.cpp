#include "app/table.h"

#include <algorithm>
#include <stdexcept>

namespace kg::cli {

std::size_t display_width(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Table::Table(std::vector<std::string> header) : header_(std::move(header)) {}

void Table::add(std::vector<std::string> row) {
    if (row.size() > header_.size()) throw std::invalid_argument("table row has more cells than the header");
    row.resize(header_.size());
    rows_.push_back(std::move(row));
}

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> width(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);

    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(width[i] - display_width(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print_row(header_);
    for (const auto& row : rows_) print_row(row);
}

}  // namespace kg::cli
