#pragma once
// Buffered text output for the big writers (GraphML, GEXF): appends into one
// buffer and hands the stream a large block at a time, so a million-edge export
// costs a few hundred ostream calls rather than tens of millions.

#include <charconv>
#include <concepts>
#include <cstring>
#include <memory>
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

// Appends go straight into a fixed buffer through a pointer: the room check is one
// comparison, and a constant's copy (most of what the writers append) is inlined at
// its known length. Blocks handed on are at least kBlock long, so a file's stream
// buffer passes them to write() without copying them again.
class Sink {
public:
    explicit Sink(std::ostream& out)
        : out_(out), buf_(std::make_unique_for_overwrite<char[]>(kCapacity)), pos_(buf_.get()), end_(buf_.get() + kCapacity) {}
    Sink(const Sink&) = delete;
    Sink& operator=(const Sink&) = delete;

    Sink& operator<<(std::string_view s) {
        if (s.size() > kBlock) return write_through(s);
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        pos_ = p + s.size();
        return *this;
    }
    Sink& operator<<(char c) {
        *room(1) = c;
        ++pos_;
        return *this;
    }
    template <std::unsigned_integral T>
    Sink& number(T v) {
        char* p = room(24);
        pos_ = std::to_chars(p, p + 24, v).ptr;
        return *this;
    }
    // Shortest round-tripping form, locale-independent ("1", "0.75"). Whole numbers
    // below 10,000 (every weight kg writes, as a rule) are written as integers,
    // which is that same form, at a fraction of the cost.
    Sink& number(double v) {
        if (v >= 0 && v < 10000 && v == static_cast<double>(static_cast<unsigned>(v)))
            return number(static_cast<unsigned>(v));
        char* p = room(64);
        pos_ = std::to_chars(p, p + 64, v).ptr;
        return *this;
    }
    // XML-escaped text (see xml_escape).
    Sink& xml(std::string_view s, bool attribute = false) {
        if (s.size() > kBlock / kXmlEscapedGrowth) return *this << xml_escape(s, attribute);
        pos_ = put_xml_escaped(room(kXmlEscapedGrowth * s.size()), s, attribute);
        return *this;
    }
    // A place in the output, for repeat().
    struct Mark {
        std::size_t flushes = 0;  // blocks handed on before it
        std::size_t offset = 0;   // in the buffer
    };
    Mark mark() const { return {flushes_, static_cast<std::size_t>(pos_ - buf_.get())}; }
    // The written bytes between two marks: the tail of a symmetric relation's first arc,
    // which its second arc repeats.
    struct Span {
        Mark from, to;
    };
    // Writes once more what was written from `from` to `to`, when it is still in the
    // buffer (no block was handed on since) and fits; returns whether it did. The
    // second arc of a symmetric relation ends as the first did, and copying those
    // bytes is cheaper than formatting them again.
    bool repeat(Mark from, Mark to) {
        if (from.flushes != flushes_ || to.flushes != flushes_) return false;
        const std::size_t n = to.offset - from.offset;
        if (n > static_cast<std::size_t>(end_ - pos_)) return false;
        std::memcpy(pos_, buf_.get() + from.offset, n);
        pos_ += n;
        return true;
    }
    // Writes what is left; throws ExportError naming `what` when the stream failed.
    void finish(const char* what) {
        flush();
        if (!out_) throw ExportError(std::string("export: writing ") + what + " failed");
    }

private:
    static constexpr std::size_t kBlock = std::size_t{1} << 20;
    static constexpr std::size_t kCapacity = 2 * kBlock;  // full means more than kBlock written

    // Where `n` bytes (at most kBlock) can be written.
    char* room(std::size_t n) {
        if (n > static_cast<std::size_t>(end_ - pos_)) flush();
        return pos_;
    }
    Sink& write_through(std::string_view s) {
        flush();
        out_.write(s.data(), static_cast<std::streamsize>(s.size()));
        return *this;
    }
    void flush() {
        out_.write(buf_.get(), pos_ - buf_.get());
        pos_ = buf_.get();
        ++flushes_;
    }
    std::ostream& out_;
    std::unique_ptr<char[]> buf_;
    char* pos_;
    char* end_;
    std::size_t flushes_ = 0;
};

}  // namespace kg::output::detail
