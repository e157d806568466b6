#pragma once
// Buffered text output for the big writers (GraphML, GEXF): appends into one
// string and hands the stream a large block at a time, so a million-edge export
// costs a few hundred ostream calls rather than tens of millions.

#include <charconv>
#include <concepts>
#include <ostream>
#include <string>
#include <string_view>

#include "export/detail/text.h"
#include "model/error.h"

namespace kg::output::detail {

// Text known at compile time that can be a template argument and be joined at
// compile time: a writer's `<data key="` + key + `">` becomes one constant,
// copied in one go, for each of the tens of millions of elements of a big export.
template <std::size_t N>
struct Literal {
    char chars[N]{};  // with the terminating NUL
    constexpr Literal() = default;
    constexpr Literal(const char (&s)[N]) {  // NOLINT: implicit, so "k_label" is a template argument
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
    constexpr std::string_view view() const { return {chars, N - 1}; }
};

template <std::size_t N, std::size_t M>
constexpr Literal<N + M - 1> operator+(const Literal<N>& a, const Literal<M>& b) {
    Literal<N + M - 1> out;
    for (std::size_t i = 0; i + 1 < N; ++i) out.chars[i] = a.chars[i];
    for (std::size_t i = 0; i < M; ++i) out.chars[N - 1 + i] = b.chars[i];
    return out;
}

class Sink {
public:
    explicit Sink(std::ostream& out) : out_(out) { buf_.reserve(kBlock + kBlock / 4); }
    Sink(const Sink&) = delete;
    Sink& operator=(const Sink&) = delete;

    Sink& operator<<(std::string_view s) {
        buf_.append(s);
        return spill();
    }
    Sink& operator<<(char c) {
        buf_ += c;
        return *this;
    }
    template <std::unsigned_integral T>
    Sink& number(T v) {
        char tmp[24];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, static_cast<std::size_t>(r.ptr - tmp));
        return *this;
    }
    // Shortest round-tripping form, locale-independent ("1", "0.75"). Whole numbers
    // below 10,000 (every weight kg writes, as a rule) are written as integers,
    // which is that same form, at a fraction of the cost.
    Sink& number(double v) {
        if (v >= 0 && v < 10000 && v == static_cast<double>(static_cast<unsigned>(v)))
            return number(static_cast<unsigned>(v));
        char tmp[64];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, static_cast<std::size_t>(r.ptr - tmp));
        return *this;
    }
    // XML-escaped text (see xml_escape).
    Sink& xml(std::string_view s, bool attribute = false) {
        append_xml_escaped(buf_, s, attribute);
        return spill();
    }
    // Writes what is left; throws ExportError naming `what` when the stream failed.
    void finish(const char* what) {
        flush();
        if (!out_) throw ExportError(std::string("export: writing ") + what + " failed");
    }

private:
    static constexpr std::size_t kBlock = std::size_t{1} << 20;
    Sink& spill() {
        if (buf_.size() >= kBlock) flush();
        return *this;
    }
    void flush() {
        out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }
    std::ostream& out_;
    std::string buf_;
};

}  // namespace kg::output::detail
