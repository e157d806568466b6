#pragma once
// A plain-text table for terminal output: a header row, then rows, columns
// padded to the widest cell (counting UTF-8 code points) and separated by two spaces.
//
//   kg::cli::Table t({"DATE", "COUNTERPARTS"});
//   t.add({"2023-04-04", "Jens Stoltenberg"});
//   t.print(std::cout);

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

class Table {
public:
    explicit Table(std::vector<std::string> header);
    // Missing cells are blank; extra cells are an error (std::invalid_argument).
    void add(const std::vector<std::string>& row);
    // The same from views, copied in (a caller may reuse its buffers for the next row).
    void add_cells(std::span<const std::string_view> row);
    // Room for `rows` more rows of about `bytes` bytes in all (a caller that knows saves the
    // lists' growing by doubling).
    void reserve(std::size_t rows, std::size_t bytes);
    bool empty() const { return rows_ == 0; }
    // Prints the header and every row; trailing spaces are trimmed.
    void print(std::ostream& out) const;

private:
    // Every cell's text end to end in one buffer, each measured once as it is added: kg met
    // prints tens of thousands of rows, and a string per cell was a good part of its time.
    struct Cell {
        std::size_t end = 0;    // in text_, where the cell's text ends (it starts where the last one ended)
        std::size_t width = 0;  // display_width
    };
    void add_cell(std::string_view text);
    std::size_t columns_ = 0;
    std::size_t rows_ = 0;  // not counting the header
    std::string text_;
    std::vector<Cell> cells_;  // the header's, then each row's, columns_ to a row
};

// Display width of UTF-8 text: its code points (east Asian wide forms count as one).
std::size_t display_width(std::string_view s);

}  // namespace kg::cli
