#pragma once
// How entity and relation types look, shared by the DOT/SVG and GEXF writers so
// a COUNTRY is the same green box everywhere. Colours from ColorBrewer "Paired".

#include <string_view>

#include "model/types.h"

namespace kg::output::detail {

struct NodeStyle {
    std::string_view shape;  // Graphviz shape name
    std::string_view fill;   // "#rrggbb"
    unsigned char r, g, b;   // the same colour, for GEXF viz:color
};

inline NodeStyle node_style(EntityType t) {
    switch (t) {
        case EntityType::Person: return {"ellipse", "#a6cee3", 0xa6, 0xce, 0xe3};
        case EntityType::Country: return {"box", "#b2df8a", 0xb2, 0xdf, 0x8a};
        case EntityType::Organization: return {"hexagon", "#fdbf6f", 0xfd, 0xbf, 0x6f};
        case EntityType::Programme: return {"note", "#cab2d6", 0xca, 0xb2, 0xd6};
        case EntityType::Event: return {"cds", "#fb9a99", 0xfb, 0x9a, 0x99};
        case EntityType::Location: return {"octagon", "#ffff99", 0xff, 0xff, 0x99};
    }
    return {"ellipse", "#dddddd", 0xdd, 0xdd, 0xdd};
}

inline std::string_view edge_colour(RelationType t) {
    switch (t) {
        case RelationType::Met: return "#1f78b4";
        case RelationType::Attended: return "#33a02c";
        case RelationType::Role: return "#6a3d9a";
        case RelationType::Contributed: return "#ff7f00";
        case RelationType::Supports: return "#b15928";
        case RelationType::Condemns: return "#e31a1c";
        case RelationType::Welcomes: return "#40a0a0";
        case RelationType::Visited: return "#808000";
        case RelationType::MemberOf: return "#555555";
        case RelationType::Accession: return "#a05080";
    }
    return "#000000";
}

}  // namespace kg::output::detail
