#pragma once
// The primitives of kg's packed binary forms (a stored extraction, store/extraction_codec.h;
// a persisted merge state, KnowledgeGraph::save_state): unsigned numbers as LEB128
// varints, strings with their length first, doubles as eight little-endian bytes.
//
//   kg::ByteWriter w;  w.number(7);  w.string("Hayashi");  std::string bytes = w.take();
//   kg::ByteReader r(bytes);  r.number();  r.string();  if (!r.ok()) ... r.error() ...

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

class ByteWriter {
public:
    void raw(std::string_view s) { out_.append(s); }
    void number(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void string(std::string_view s) {
        number(s.size());
        out_.append(s);
    }
    void optional_index(const std::optional<std::size_t>& v) { number(v ? *v + 1 : 0); }
    void real(double d) {
        std::uint64_t bits = std::bit_cast<std::uint64_t>(d);
        for (int i = 0; i < 8; ++i, bits >>= 8) out_.push_back(static_cast<char>(bits & 0xff));
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Reads the format back; the first problem is kept in error_ and every later read
// yields zeros, so callers check ok() once per record rather than after each field.
class ByteReader {
public:
    explicit ByteReader(std::string_view data) : data_(data) {}
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    bool at_end() const { return pos_ == data_.size(); }
    void fail(std::string what) {
        if (error_.empty()) error_ = std::move(what) + " at byte " + std::to_string(pos_);
    }

    bool expect(std::string_view bytes) {
        if (data_.substr(pos_, bytes.size()) != bytes) {
            fail("bad header");
            return false;
        }
        pos_ += bytes.size();
        return true;
    }
    std::uint64_t number() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!ok() || pos_ >= data_.size()) {
                fail("truncated number");
                return 0;
            }
            const auto byte = static_cast<unsigned char>(data_[pos_++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) return v;
        }
        fail("number too long");
        return 0;
    }
    // A count of items each at least one byte long: never more than the bytes left,
    // so a corrupt count cannot ask for a huge allocation.
    std::size_t count() {
        const std::uint64_t n = number();
        if (n > data_.size() - pos_) {
            fail("count " + std::to_string(n) + " beyond the data");
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    std::size_t index() { return static_cast<std::size_t>(number()); }
    std::optional<std::size_t> optional_index() {
        const std::uint64_t v = number();
        if (v == 0) return std::nullopt;
        return static_cast<std::size_t>(v - 1);
    }
    std::string string() {
        const std::size_t n = count();
        if (!ok()) return {};
        std::string s(data_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    double real() {
        if (!ok() || data_.size() - pos_ < 8) {
            fail("truncated number");
            return 0;
        }
        std::uint64_t bits = 0;
        for (int i = 7; i >= 0; --i) bits = (bits << 8) | static_cast<unsigned char>(data_[pos_ + static_cast<std::size_t>(i)]);
        pos_ += 8;
        return std::bit_cast<double>(bits);
    }
    // What is left, taken whole.
    std::string_view rest() {
        std::string_view r = data_.substr(pos_);
        pos_ = data_.size();
        return r;
    }

private:
    std::string_view data_;
    std::size_t pos_ = 0;
    std::string error_;
};

}  // namespace kg
