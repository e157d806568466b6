#pragma once
// Gold annotations of the corpus format (README.md, "Measuring extraction"), and
// kg's own extraction in the same shape, read from their JSON.
//
//   std::vector<kg::eval::Annotation> gold = kg::eval::read_gold_dir("corpus/dev");
//   kg::eval::Annotation predicted = kg::eval::parse_annotation(json_line, "<kg extract>");

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::eval {

struct AnnotatedEntity {
    std::string type;                  // PERSON, COUNTRY, ...
    std::string name;                  // canonical name
    std::vector<std::string> aliases;  // other surface forms
    std::string full_name;             // PERSON named by surname only; empty otherwise
};

struct AnnotatedRelation {
    std::string type;  // MET, ATTENDED, ROLE, CONTRIBUTED (others are read and never scored)
    std::string a;     // entity names of the same document
    std::string b;
    std::string date;  // empty when null or absent
};

// One document's annotation: {"doc", "date", "entities", "relations"}.
struct Annotation {
    std::string doc;                  // the document's file name; matched by base name
    std::optional<std::string> date;  // the release date; nullopt when null or absent
    std::vector<AnnotatedEntity> entities;
    std::vector<AnnotatedRelation> relations;
};

// Parses one JSON object in the gold schema; other keys are ignored. Throws
// kg::InputError "`source`: ..." naming the JSON error and its byte offset, or the
// missing or mistyped field.
Annotation parse_annotation(std::string_view json, const std::string& source);

// Every `*.gold.json` file directly in `dir`, in file name order. Throws
// kg::InputError naming the file when one cannot be read or parsed, and naming the
// directory when it holds no gold file.
std::vector<Annotation> read_gold_dir(const std::string& dir);

}  // namespace kg::eval
