#pragma once
// A checked layer over RapidJSON's writer, shared by the JSON and HTML writers: the
// writer validates encoding, every string passes through clean_text, and every
// call's result is checked, so a failure surfaces as ExportError instead of a
// silently truncated document.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

#include "export/detail/text.h"
#include "model/error.h"

namespace kg::output::detail {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                     rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

// Thin checked layer over the RapidJSON writer.
class Json {
public:
    explicit Json(JsonWriter& w) : w_(w) {}
    void key(const char* k) { check(w_.Key(k), k); }
    void str(std::string_view s) {
        const std::string c = detail::clean_text(s);
        check(w_.String(c.data(), static_cast<rapidjson::SizeType>(c.size())), "string");
    }
    void number(std::size_t v) { check(w_.Uint64(v), "integer"); }
    void number(double v) {
        // JSON has no NaN/Inf; an unknown value is null rather than a broken document.
        if (!std::isfinite(v)) return check(w_.Null(), "null");
        check(w_.Double(v), "number");
    }
    void boolean(bool v) { check(w_.Bool(v), "boolean"); }
    void begin_object() { check(w_.StartObject(), "object"); }
    void end_object() { check(w_.EndObject(), "object end"); }
    void begin_array() { check(w_.StartArray(), "array"); }
    void end_array() { check(w_.EndArray(), "array end"); }

    void field(const char* k, std::string_view v) { key(k); str(v); }
    // Only writes non-empty strings: absent is clearer than "" for optional facts.
    void optional_field(const char* k, std::string_view v) {
        if (!v.empty()) field(k, v);
    }
    template <class Strings>
    void strings(const char* k, const Strings& vs) {
        key(k);
        begin_array();
        for (const auto& v : vs) str(v);
        end_array();
    }

private:
    static void check(bool ok, const char* what) {
        if (!ok) throw ExportError(std::string("export: JSON writer rejected ") + what);
    }
    JsonWriter& w_;
};

}  // namespace kg::output::detail
