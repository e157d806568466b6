#pragma once
// A plain-text table for terminal output: a header row, then rows, columns
// padded to the widest cell (counting UTF-8 code points) and separated by two spaces.
//
//   kg::cli::Table t({"DATE", "COUNTERPARTS"});
//   t.add({"2023-04-04", "Jens Stoltenberg"});
//   t.print(std::cout);

#include <ostream>
#include <string>
#include <vector>

namespace kg::cli {

class Table {
public:
    explicit Table(std::vector<std::string> header);
    // Missing cells are blank; extra cells are an error (std::invalid_argument).
    void add(std::vector<std::string> row);
    bool empty() const { return rows_.empty(); }
    // Prints the header and every row; trailing spaces are trimmed.
    void print(std::ostream& out) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text: its code points (east Asian wide forms count as one).
std::size_t display_width(const std::string& s);

}  // namespace kg::cli
