#include "eval/annotation.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/error.h"

namespace kg::eval {
namespace {

using Value = rapidjson::Value;

[[noreturn]] void bad(const std::string& source, const std::string& what) { throw InputError(source + ": " + what); }

std::string text_of(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// The string at `key`; empty when absent or null; an error when of another type.
std::string optional_string(const Value& object, const char* key, const std::string& source,
                            const std::string& where) {
    if (!object.HasMember(key) || object[key].IsNull()) return {};
    if (!object[key].IsString()) bad(source, where + "\"" + key + "\" is not a string");
    return text_of(object[key]);
}

std::string required_string(const Value& object, const char* key, const std::string& source,
                            const std::string& where) {
    if (!object.HasMember(key) || !object[key].IsString())
        bad(source, where + "\"" + key + "\" is missing or not a string");
    return text_of(object[key]);
}

const Value* optional_array(const Value& object, const char* key, const std::string& source,
                            const std::string& where) {
    if (!object.HasMember(key) || object[key].IsNull()) return nullptr;
    if (!object[key].IsArray()) bad(source, where + "\"" + key + "\" is not an array");
    return &object[key];
}

}  // namespace

Annotation parse_annotation(std::string_view json, const std::string& source) {
    rapidjson::Document d;
    // Validated UTF-8 and no recursion on input-controlled nesting (RELIABILITY rules 7 and 10).
    d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(json.data(), json.size());
    if (d.HasParseError())
        bad(source, "offset " + std::to_string(d.GetErrorOffset()) + ": " + GetParseError_En(d.GetParseError()));
    if (!d.IsObject()) bad(source, "not a JSON object");

    Annotation a;
    a.doc = required_string(d, "doc", source, "");
    if (d.HasMember("date") && !d["date"].IsNull()) {
        if (!d["date"].IsString()) bad(source, "\"date\" is not a string");
        a.date = text_of(d["date"]);
    }
    if (const Value* entities = optional_array(d, "entities", source, "")) {
        for (rapidjson::SizeType i = 0; i < entities->Size(); ++i) {
            const Value& e = (*entities)[i];
            const std::string where = "entities[" + std::to_string(i) + "]: ";
            if (!e.IsObject()) bad(source, where + "not an object");
            AnnotatedEntity entity;
            entity.type = required_string(e, "type", source, where);
            entity.name = required_string(e, "name", source, where);
            entity.full_name = optional_string(e, "full_name", source, where);
            if (const Value* aliases = optional_array(e, "aliases", source, where)) {
                for (const Value& alias : aliases->GetArray()) {
                    if (!alias.IsString()) bad(source, where + "an alias is not a string");
                    entity.aliases.push_back(text_of(alias));
                }
            }
            a.entities.push_back(std::move(entity));
        }
    }
    if (const Value* relations = optional_array(d, "relations", source, "")) {
        for (rapidjson::SizeType i = 0; i < relations->Size(); ++i) {
            const Value& r = (*relations)[i];
            const std::string where = "relations[" + std::to_string(i) + "]: ";
            if (!r.IsObject()) bad(source, where + "not an object");
            AnnotatedRelation relation;
            relation.type = required_string(r, "type", source, where);
            relation.a = optional_string(r, "a", source, where);
            relation.b = optional_string(r, "b", source, where);
            relation.date = optional_string(r, "date", source, where);
            a.relations.push_back(std::move(relation));
        }
    }
    return a;
}

std::vector<Annotation> read_gold_dir(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) throw InputError(dir + ": not a directory");
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 10 && name.ends_with(".gold.json") && name.front() != '.') files.push_back(it->path());
    }
    if (ec) throw InputError(dir + ": cannot list the directory: " + ec.message());
    if (files.empty()) throw InputError(dir + ": no *.gold.json file");
    std::sort(files.begin(), files.end());
    std::vector<Annotation> gold;
    for (const std::filesystem::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in) throw InputError(file.string() + ": cannot be read");
        gold.push_back(parse_annotation(bytes.str(), file.string()));
    }
    return gold;
}

}  // namespace kg::eval
