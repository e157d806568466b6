#pragma once
// Node positions computed by Graphviz for writers that draw the graph themselves
// (the HTML explorer): the same context and diagnostics as the DOT/SVG writers.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace kg::output::detail {

struct Point {
    double x = 0.0;
    double y = 0.0;  // Graphviz's: upwards
};

// Positions of `count` nodes joined by `links` (pairs of node indices; repeats and
// loops are ignored), laid out by Graphviz engine `engine`, or when it is empty by
// neato up to a few hundred nodes and sfdp above. Nodes are small circles, or boxes
// of `sizes[i]` (width, height in inches) when given, kept from overlapping. Throws
// ExportError when the engine is not available or the layout fails.
std::vector<Point> layout_points(std::size_t count, const std::vector<std::pair<std::size_t, std::size_t>>& links,
                                 const std::string& engine,
                                 const std::vector<std::pair<double, double>>& sizes = {});

}  // namespace kg::output::detail
