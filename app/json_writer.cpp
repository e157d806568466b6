#include "app/json_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>

#include "model/error.h"

namespace kg::cli {

using RapidWriter = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                      rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

// RapidJSON's writer, and a shorter way for the strings it would copy as they are: printable
// ASCII without '"' or '\\' (every key, most values) needs no escape and no validation, and is
// copied whole between its quotes (RapidJSON tests and validates each byte: 15 instructions a
// byte, 5 % of `kg extract --json`). The bytes written are the same.
class Writer : public RapidWriter {
public:
    using RapidWriter::RapidWriter;

    // Whether s is written by plain_string: every byte printable ASCII (0x20-0x7F), none a quote or
    // backslash.
    // (eight bytes at a time, by the word tests of "Bit Twiddling Hacks", which flag some byte
    // whenever one is out; the last bytes in one more, overlapping load, and a key of four to
    // seven bytes in two: a byte loop cost 5 instructions a byte of the output's strings)
    static bool plain(std::string_view s) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ull;
        constexpr std::uint64_t kHighs = 0x8080808080808080ull;
        // a byte under 0x20, a quote or a backslash (zero after its xor), or one from 0x80 on
        const auto out = [](std::uint64_t x) {
            const std::uint64_t quote = x ^ (kOnes * '"');
            const std::uint64_t backslash = x ^ (kOnes * '\\');
            return ((((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | x) &
                    kHighs) != 0;
        };
        const char* p = s.data();
        const std::size_t n = s.size();
        if (n >= 8) {
            std::uint64_t x;
            for (std::size_t i = 0; i + 8 <= n; i += 8) {
                std::memcpy(&x, p + i, 8);
                if (out(x)) return false;
            }
            std::memcpy(&x, p + n - 8, 8);
            return !out(x);
        }
        if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            return !out(std::uint64_t{lo} | (std::uint64_t{hi} << 32));
        }
        for (std::size_t i = 0; i < n; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') return false;
        }
        return true;
    }
    // String() or Key() of a plain string.
    void plain_string(std::string_view s) {
        char* out = push_value(s.size() + 2);
        if (!out) {  // (at the root)
            Prefix(rapidjson::kStringType);
            out = os_->Push(s.size() + 2);
        }
        out[0] = '"';
        std::memcpy(out + 1, s.data(), s.size());
        out[s.size() + 1] = '"';
        EndValue(true);
    }
    // Uint64() in one push with its separator (RapidJSON's puts the separator, then reserves and
    // puts each digit: 137 instructions a number of `kg extract --json`).
    void uint64(std::uint64_t n) {
        char digits[20];
        const std::size_t size = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, n).ptr - digits);
        char* out = push_value(size);
        if (!out) {  // (at the root)
            Uint64(n);
            return;
        }
        std::memcpy(out, digits, size);
    }

private:
    // Inside an object or array, what Prefix does for a value (the separator before it, none
    // before the first; the value counted) with `n` bytes pushed after the separator in the same
    // push, and where they go; null at the root, where Prefix must mark the root written.
    // (A key pushed with its comma: a separate Put of the separator, then a Push, cost about a
    // third of the 72 instructions of each of the 88,000 keys of `kg extract --json` in 500
    // releases.)
    char* push_value(std::size_t n) {
        if (level_stack_.Empty()) return nullptr;
        Level* level = level_stack_.template Top<Level>();
        char separator = 0;
        if (level->valueCount > 0) separator = level->inArray || level->valueCount % 2 == 0 ? ',' : ':';
        ++level->valueCount;
        char* out = os_->Push(n + (separator ? 1 : 0));
        if (separator) *out++ = separator;
        return out;
    }
};

struct JsonWriter::Impl {
    rapidjson::StringBuffer buffer;
    Writer writer{buffer};
};

namespace {

void check(bool ok, std::string_view what) {
    if (!ok) throw Error("cannot write JSON: " + std::string(what));
}

rapidjson::SizeType json_size(std::string_view s) {
    if (s.size() > std::numeric_limits<rapidjson::SizeType>::max()) throw Error("cannot write JSON: string too long");
    return static_cast<rapidjson::SizeType>(s.size());
}

// RapidJSON's validating writer takes the rest of a multi-byte sequence before checking
// the length, so a string ending in a truncated sequence is read up to three bytes past
// its end (ASan: global-buffer-overflow). A copy with zero padding keeps that in bounds.
std::string padded(std::string_view s) {
    std::string p(s);
    p.append(4, '\0');
    return p;
}

// Only a string whose last three bytes hold one above ASCII can end in a truncated sequence (a
// lead byte further back has its whole sequence inside the string): the others, nearly every key
// and string, are passed as they are, without a copy (an allocation for most strings).
bool ascii_tail(std::string_view s) {
    for (std::size_t i = s.size() > 3 ? s.size() - 3 : 0; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
    return true;
}

}  // namespace

JsonWriter::JsonWriter() : impl_(std::make_unique<Impl>()) {}
JsonWriter::~JsonWriter() = default;

void JsonWriter::begin_object() { check(impl_->writer.StartObject(), "misplaced object"); }
void JsonWriter::end_object() { check(impl_->writer.EndObject(), "unbalanced object"); }
void JsonWriter::begin_array() { check(impl_->writer.StartArray(), "misplaced array"); }
void JsonWriter::end_array() { check(impl_->writer.EndArray(), "unbalanced array"); }

void JsonWriter::key(std::string_view k) {
    if (Writer::plain(k)) {
        json_size(k);  // (throws for a string RapidJSON could not take either)
        impl_->writer.plain_string(k);
        return;
    }
    const bool ok = ascii_tail(k) ? impl_->writer.Key(k.data(), json_size(k)) : impl_->writer.Key(padded(k).data(), json_size(k));
    if (!ok) throw Error("cannot write JSON: invalid UTF-8 in a key");
}

void JsonWriter::key_literal(JsonKey k) { impl_->writer.plain_string(k.text()); }

void JsonWriter::string(std::string_view s) {
    if (Writer::plain(s)) {
        json_size(s);  // (throws for a string RapidJSON could not take either)
        impl_->writer.plain_string(s);
        return;
    }
    const bool ok =
        ascii_tail(s) ? impl_->writer.String(s.data(), json_size(s)) : impl_->writer.String(padded(s).data(), json_size(s));
    check(ok, "invalid UTF-8 in string");
}

void JsonWriter::string_or_null(std::string_view s) {
    if (s.empty()) {
        null();
    } else {
        string(s);
    }
}

void JsonWriter::null() { check(impl_->writer.Null(), "misplaced null"); }
void JsonWriter::number(double d) { check(impl_->writer.Double(d), "number is not finite"); }
void JsonWriter::number(std::uint64_t n) { impl_->writer.uint64(n); }
void JsonWriter::boolean(bool b) { check(impl_->writer.Bool(b), "misplaced boolean"); }

std::string_view JsonWriter::text() const {
    return {impl_->buffer.GetString(), impl_->buffer.GetSize()};
}

void JsonWriter::reset() {
    impl_->buffer.Clear();
    impl_->writer.Reset(impl_->buffer);
}

}  // namespace kg::cli
