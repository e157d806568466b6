#pragma once
// A checked layer over RapidJSON's writer, shared by the JSON and HTML writers: the
// writer validates encoding, every string passes through clean_text, and every
// call's result is checked, so a failure surfaces as ExportError instead of a
// silently truncated document.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "export/detail/text.h"
#include "model/error.h"

namespace kg::output::detail {

// A RapidJSON output stream that hands `out` a block of 64 KB at a time, so that a
// large document (a million edges' JSON is gigabytes) is written as it is made
// instead of being held whole. A failed write of `out` shows in its state.
class JsonOutput {
public:
    using Ch = char;
    explicit JsonOutput(std::ostream& out) : out_(out), buf_(std::make_unique_for_overwrite<char[]>(kBlock)) {}
    JsonOutput(const JsonOutput&) = delete;
    JsonOutput& operator=(const JsonOutput&) = delete;
    ~JsonOutput() = default;
    void Put(char c) {  // NOLINT: RapidJSON's name
        if (size_ == kBlock) Flush();
        buf_[size_++] = c;
    }
    void Flush() {  // NOLINT: RapidJSON's name
        out_.write(buf_.get(), static_cast<std::streamsize>(size_));
        size_ = 0;
    }

private:
    static constexpr std::size_t kBlock = 64 * 1024;
    std::ostream& out_;
    std::unique_ptr<char[]> buf_;
    std::size_t size_ = 0;
};

template <class Output>
using BasicJsonWriter = rapidjson::Writer<Output, rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator,
                                          rapidjson::kWriteValidateEncodingFlag>;
// Into memory (the explorer embeds its JSON in the page) and into a stream.
using JsonWriter = BasicJsonWriter<rapidjson::StringBuffer>;
using JsonStreamWriter = BasicJsonWriter<JsonOutput>;

// Thin checked layer over the RapidJSON writer.
template <class Writer>
class BasicJson {
public:
    explicit BasicJson(Writer& w) : w_(w) {}
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
    Writer& w_;
};

using Json = BasicJson<JsonWriter>;
using StreamJson = BasicJson<JsonStreamWriter>;

}  // namespace kg::output::detail
