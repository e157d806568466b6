#pragma once
// A JSON writer for kg's machine-readable output, over RapidJSON (kept out of
// this header). Invalid UTF-8 and non-finite numbers are refused: every call
// that RapidJSON rejects throws kg::Error, so no half-valid JSON is printed.
//
//   kg::cli::JsonWriter w;
//   w.begin_object(); w.key("doc"); w.string(id); w.end_object();
//   std::cout << w.text() << '\n';

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace kg::cli {

// A key the program writes as a literal: printable ASCII without '"' or '\\', checked when it is
// compiled (a literal that is not fails to compile), so that key_literal copies it between its
// quotes without testing its bytes at every use (the keys of `kg extract --json`, 88,000 in 500
// releases, spent a third of their cost on that test).
class JsonKey {
public:
    template <std::size_t N>
    consteval JsonKey(const char (&k)[N]) : text_(k, N - 1) {  // NOLINT: implicit, for literals
        for (char c : text_)
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) throw "a JSON key literal must be plain ASCII";
    }
    std::string_view text() const { return text_; }

private:
    std::string_view text_;
};

class JsonWriter {
public:
    JsonWriter();
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view k);
    void key_literal(JsonKey k);  // the same, for a literal
    void string(std::string_view s);
    void string_or_null(std::string_view s);  // null when empty
    void null();
    void number(double d);
    void number(std::uint64_t n);
    void boolean(bool b);

    // The JSON written so far (one complete value once every object/array is closed).
    std::string_view text() const;
    // Starts a new value; the writer can be reused for the next JSON line.
    void reset();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kg::cli
