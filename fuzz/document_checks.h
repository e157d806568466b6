#pragma once
// What every document the reader returns must satisfy, whatever the input bytes:
// valid UTF-8 in NFC, no NUL/CR/controls but TAB and LF, not blank, normalisation is
// idempotent, a one-line title, an ISO date or none, and every diagnostic names a source.

#include <string>
#include <vector>

#include "extract/reader.h"
#include "extract/text_normalise.h"
#include "fuzz/fuzz_check.h"

namespace kg::fuzz {

inline bool has_forbidden_control(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return true;
        // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
        if (c == 0xC2 && i + 1 < s.size()) {
            const auto d = static_cast<unsigned char>(s[i + 1]);
            if (d >= 0x80 && d <= 0x9F) return true;
        }
    }
    return false;
}

inline void check_document(const Document& d) {
    KG_FUZZ_CHECK(!d.id.empty(), d.source);
    KG_FUZZ_CHECK(extract::is_valid_utf8(d.text), d.text);
    KG_FUZZ_CHECK(!has_forbidden_control(d.text), d.text);
    KG_FUZZ_CHECK(!extract::is_blank(d.text), d.text);
    KG_FUZZ_CHECK(extract::to_nfc(d.text) == d.text, d.text);
    // A second pass changes nothing, except that a U+FEFF left at the very start
    // (the input had two BOMs) now counts as the one leading BOM to strip.
    if (d.text.rfind("\xEF\xBB\xBF", 0) != 0) {
        std::vector<Diagnostic> again;
        KG_FUZZ_CHECK(extract::normalise_text(d.text, "again", again) == d.text, d.text);
        KG_FUZZ_CHECK(again.empty(), again.front().message);
    }
    KG_FUZZ_CHECK(extract::is_valid_utf8(d.title), d.title);
    KG_FUZZ_CHECK(d.title.find('\n') == std::string::npos, d.title);
    KG_FUZZ_CHECK(d.date.empty() || extract::iso_date(d.date) == d.date, d.date);
}

inline void check_read_result(const extract::ReadResult& r) {
    for (const Document& d : r.documents) check_document(d);
    for (const Diagnostic& d : r.diagnostics) {
        KG_FUZZ_CHECK(!d.source.empty(), d.message);
        KG_FUZZ_CHECK(!d.message.empty(), d.source);
    }
}

}  // namespace kg::fuzz
