#include "extract/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/text_normalise.h"

namespace kg::extract {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

// Byte offset at which `line` nests deeper than `max_depth`, or kNoOffset. The iterative
// parser would not overflow the stack, but a cap keeps hostile lines cheap to reject.
std::size_t depth_exceeded(std::string_view line, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return kNoOffset;
}

const char* type_name(const rapidjson::Value& v) {
    switch (v.GetType()) {
        case rapidjson::kNullType: return "null";
        case rapidjson::kFalseType:
        case rapidjson::kTrueType: return "a boolean";
        case rapidjson::kObjectType: return "an object";
        case rapidjson::kArrayType: return "an array";
        case rapidjson::kStringType: return "a string";
        case rapidjson::kNumberType: return "a number";
    }
    return "a value";
}

// The member called `name`, or nullptr when it is absent or null.
const rapidjson::Value* member(const rapidjson::Value& object, const std::string& name) {
    const auto it = object.FindMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size())));
    if (it == object.MemberEnd() || it->value.IsNull()) return nullptr;
    return &it->value;
}

std::string_view string_of(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

}  // namespace

void read_jsonl(std::string_view utf8, const std::string& source, const std::string& base_name,
                const JsonlFields& fields, ReadResult& result,
                const std::function<std::string(std::string_view)>& raw_hash) {
    auto& diagnostics = result.diagnostics;
    std::size_t line_number = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        std::size_t eol = utf8.find('\n', pos);
        if (eol == std::string_view::npos) eol = utf8.size();
        std::string_view line = utf8.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;

        const std::string where = source + ":" + std::to_string(line_number);
        auto fail = [&](const std::string& message) {
            diagnostics.push_back({Diagnostic::Severity::Error, where, message});
            ++result.failed;
        };
        auto warn = [&](const std::string& message) {
            diagnostics.push_back({Diagnostic::Severity::Warning, where, message});
        };
        if (const std::size_t at = depth_exceeded(line, kMaxJsonDepth); at != kNoOffset) {
            fail("JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels at column " +
                 std::to_string(at + 1));
            continue;
        }
        rapidjson::Document json;
        json.Parse<kParseFlags>(line.data(), line.size());
        if (json.HasParseError()) {
            fail("invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                 rapidjson::GetParseError_En(json.GetParseError()));
            continue;
        }
        if (!json.IsObject()) {
            fail(std::string("expected a JSON object, got ") + type_name(json));
            continue;
        }
        const rapidjson::Value* text = member(json, fields.text);
        if (text == nullptr) {
            fail("missing field \"" + fields.text + "\"");
            continue;
        }
        if (!text->IsString()) {
            fail("field \"" + fields.text + "\" must be a string, got " + type_name(*text));
            continue;
        }

        Document doc;
        if (raw_hash) doc.raw_sha256 = raw_hash(line);
        doc.text = normalise_text(string_of(*text), where, diagnostics);
        if (is_blank(doc.text)) {
            warn("skipped: no text");
            continue;
        }
        doc.id = base_name + ":" + std::to_string(line_number);
        doc.line = line_number;
        if (const rapidjson::Value* id = member(json, fields.id)) {
            doc.record_id = true;
            if (id->IsString() && !string_of(*id).empty()) doc.id = display_name(string_of(*id));
            else if (id->IsInt64()) doc.id = std::to_string(id->GetInt64());
            else if (id->IsUint64()) doc.id = std::to_string(id->GetUint64());
            else doc.record_id = false;
            if (!doc.record_id) warn("field \"" + fields.id + "\" must be a string or an integer; using " + doc.id);
        }
        std::vector<Diagnostic> ignored;
        if (const rapidjson::Value* title = member(json, fields.title)) {
            if (title->IsString()) doc.title = clean_title(normalise_text(string_of(*title), where, ignored));
            else warn("field \"" + fields.title + "\" must be a string; ignored");
        }
        if (doc.title.empty()) doc.title = first_line(doc.text);
        if (const rapidjson::Value* date = member(json, fields.date)) {
            if (date->IsString()) doc.date = iso_date(string_of(*date));
            if (doc.date.empty()) {
                warn("field \"" + fields.date + "\" is not a date (YYYY-MM-DD); ignored");
            }
        }
        doc.source = source;
        if (const rapidjson::Value* url = member(json, fields.url)) {
            if (url->IsString() && !string_of(*url).empty()) doc.source = display_name(string_of(*url));
            else if (!url->IsString()) warn("field \"" + fields.url + "\" must be a string; ignored");
        }
        result.documents.push_back(std::move(doc));
    }
}

}  // namespace kg::extract
