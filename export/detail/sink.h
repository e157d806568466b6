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
        buf_.append(tmp, r.ptr);
        return *this;
    }
    // Shortest round-tripping form, locale-independent ("1", "0.75").
    Sink& number(double v) {
        char tmp[64];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, r.ptr);
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
