#include "extract/dates.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>

#include <charconv>
#include <cstdio>

namespace kg::extract {

int month_number(std::string_view w) {
    if (w.size() < 3 || w.size() > 9 || w[0] < 'A' || w[0] > 'S') return 0;  // quick reject: most words
    static constexpr std::string_view full[] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
    static constexpr std::string_view abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 0; m < 12; ++m)
        if (w == full[m] || w == abbr[m]) return m + 1;
    if (w == "Sept") return 9;
    // a date line in capitals: "DECEMBER 13, 2021", "01 APR 2025"
    if (w.size() >= 3 && w[1] >= 'A' && w[1] <= 'Z') {
        for (int m = 0; m < 12; ++m) {
            const std::string_view f = w.size() == 3 ? abbr[m] : full[m];
            if (f.size() != w.size()) continue;
            bool same = true;
            for (std::size_t i = 0; i < w.size() && same; ++i)
                same = w[i] == (f[i] >= 'a' && f[i] <= 'z' ? static_cast<char>(f[i] - 'a' + 'A') : f[i]);
            if (same) return m + 1;
        }
        if (w == "SEPT") return 9;
    }
    return 0;
}

namespace {

int number_value(const Token& t, int lo, int hi) {
    if (t.kind != Token::Kind::Number || t.text.size() > 4) return 0;
    int v = 0;
    std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
    return (v >= lo && v <= hi) ? v : 0;
}

// "4th", "1st", "22nd", "3rd" are words starting with digits.
int ordinal_day(const Token& t) {
    if (t.kind == Token::Kind::Number) return number_value(t, 1, 31);
    if (t.kind != Token::Kind::Word || t.text.size() < 3 || t.text.size() > 4) return 0;
    if (t.text[0] < '0' || t.text[0] > '9') return 0;  // (from_chars would fail: most words end here)
    const std::string_view suffix = t.text.substr(t.text.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    int v = 0;
    auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size() - 2, v);
    if (ec != std::errc() || p != t.text.data() + t.text.size() - 2) return 0;
    return (v >= 1 && v <= 31) ? v : 0;
}

bool days_valid(int y, int m, int d) {
    static constexpr int len[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > len[m - 1]) return false;
    if (m == 2 && d == 29 && y != 0 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    return true;
}

}  // namespace

std::string DateMention::iso(int default_year) const {
    const int y = year ? year : default_year ? default_year + year_shift : 0;
    if (!y || !month || !day) return {};
    if (y > 0 && y <= 9999 && month > 0 && month <= 99 && day > 0 && day <= 99) {
        // the common case written by hand, as snprintf's "%04d-%02d-%02d" writes it (snprintf
        // cost 1,700 instructions a date)
        std::string s(10, '0');
        s[0] = static_cast<char>('0' + y / 1000);
        s[1] = static_cast<char>('0' + y / 100 % 10);
        s[2] = static_cast<char>('0' + y / 10 % 10);
        s[3] = static_cast<char>('0' + y % 10);
        s[4] = s[7] = '-';
        s[5] = static_cast<char>('0' + month / 10);
        s[6] = static_cast<char>('0' + month % 10);
        s[8] = static_cast<char>('0' + day / 10);
        s[9] = static_cast<char>('0' + day % 10);
        return s;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, month, day);
    return buf;
}

namespace {

std::optional<std::chrono::sys_days> parse_iso(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    for (std::size_t i : {0, 1, 2, 3}) y = y * 10 + (iso[i] - '0');
    for (std::size_t i : {5, 6}) m = m * 10 + (iso[i] - '0');
    for (std::size_t i : {8, 9}) d = d * 10 + (iso[i] - '0');
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd};
}

}  // namespace

std::string shift_days(std::string_view iso, int days) {
    const auto d = parse_iso(iso);
    if (!d) return {};
    const std::chrono::year_month_day ymd{*d + std::chrono::days{days}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

int weekday_of(std::string_view iso) {
    const auto d = parse_iso(iso);
    if (!d) return -1;
    return static_cast<int>(std::chrono::weekday{*d}.iso_encoding()) - 1;
}

int weekday_number(std::string_view w) {
    static constexpr std::string_view names[] = {"monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        if (w == names[i]) return i;
    return -1;
}

// A Japanese date written inside one word token (letters and digits are one token):
// "平成25年11月18日", "令和7年4月3日", "2025年4月3日", "4月10日" (no year), with ASCII or
// full-width digits; the era year N is 1925 + N (昭和), 1988 + N (平成), 2018 + N (令和), and
// 元 is year 1. The first date in the token; nullopt when there is none.
std::optional<DateMention> japanese_date(std::string_view w, std::size_t index) {
    // digits, ASCII or full-width (U+FF10..U+FF19 = EF BC 90..99)
    auto number_at = [&](std::size_t& p, int& value) {
        int digits = 0;
        value = 0;
        while (p < w.size()) {
            if (w[p] >= '0' && w[p] <= '9') {
                value = value * 10 + (w[p] - '0');
                ++p;
            } else if (p + 2 < w.size() && static_cast<unsigned char>(w[p]) == 0xEF &&
                       static_cast<unsigned char>(w[p + 1]) == 0xBC && static_cast<unsigned char>(w[p + 2]) >= 0x90 &&
                       static_cast<unsigned char>(w[p + 2]) <= 0x99) {
                value = value * 10 + (static_cast<unsigned char>(w[p + 2]) - 0x90);
                p += 3;
            } else {
                break;
            }
            if (++digits > 4) return false;
        }
        return digits > 0;
    };
    auto word_at = [&](std::size_t p, std::string_view what) { return w.substr(p, what.size()) == what; };
    static constexpr std::string_view kYear = "\u5e74", kMonth = "\u6708", kDay = "\u65e5", kFirst = "\u5143";
    static constexpr std::pair<std::string_view, int> kEras[] = {
        {"\u4ee4\u548c", 2018}, {"\u5e73\u6210", 1988}, {"\u662d\u548c", 1925}};
    for (std::size_t start = 0; start < w.size(); ++start) {
        std::size_t p = start;
        int year = 0, month = 0, day = 0, value = 0;
        int era = 0;
        for (const auto& [name, base] : kEras)
            if (word_at(p, name)) {
                era = base;
                p += name.size();
            }
        if (era && word_at(p, kFirst)) {
            year = era + 1;
            p += kFirst.size();
        } else if (number_at(p, value)) {
            if (era) year = era + value;
            else if (value >= 1900 && value <= 2199 && word_at(p, kYear)) year = value;
            else if (word_at(p, kMonth)) month = value;
        }
        if (year) {
            if (!word_at(p, kYear)) continue;
            p += kYear.size();
            if (!number_at(p, month)) continue;
        }
        if (!month || !word_at(p, kMonth)) continue;
        p += kMonth.size();
        if (!number_at(p, day) || !word_at(p, kDay)) continue;
        if (month < 1 || month > 12 || !days_valid(year, month, day)) continue;
        return DateMention{index, index + 1, year, month, day, false};
    }
    return std::nullopt;
}

namespace {

// An empty line between two tokens of one text (a date never spans paragraphs; a
// hard-wrapped line may split one).
bool paragraph_between(const Token& x, const Token& y) {
    // both views into one text: their distance there is the distance of their offsets
    // (compared as addresses, never by subtracting pointers of different buffers)
    const auto px = reinterpret_cast<std::uintptr_t>(x.text.data());
    const auto py = reinterpret_cast<std::uintptr_t>(y.text.data());
    if (!y.newline_before || y.begin < x.end || py < px || py - px != y.begin - x.begin) return false;
    const char* from = x.text.data() + (x.end - x.begin);
    const char* to = y.text.data();
    int newlines = 0;
    for (const char* c = from; c < to; ++c) newlines += *c == '\n';
    return newlines >= 2;
}

}  // namespace

std::vector<DateMention> find_dates(const std::vector<Token>& tokens) {
    std::vector<DateMention> out;
    std::vector<std::size_t> ambiguous;  // D/M/YYYY dates whose day may be a month
    const std::size_t n = tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Token& t = tokens[i];
        if (t.kind == Token::Kind::Punct) continue;  // every form below opens with a word or number
        // A word of ASCII opening with a letter after 'S' (most words: lower case) opens no form below:
        // no day's digit, no month's capital from A to S, no Japanese date's byte above ASCII
        if (const auto first = static_cast<unsigned char>(t.text.front()), last = static_cast<unsigned char>(t.text.back());
            t.is_word() && first > 'S' && first < 0x80 && last < 0x80)
            continue;
        if (t.is_word() && !t.text.empty() &&
            (static_cast<unsigned char>(t.text.front()) >= 0x80 || static_cast<unsigned char>(t.text.back()) >= 0x80 ||
             (t.text.front() >= '0' && t.text.front() <= '9')) &&
            t.text.find("\u6708") != std::string_view::npos) {
            if (auto d = japanese_date(t.text, i)) out.push_back(*d);
            continue;
        }
        // ISO: 2024 - 04 - 05; with dots and no spaces, as Korean and Chinese pages write it:
        // "Date 2024.10.17"
        if (t.kind == Token::Kind::Number && t.text.size() == 4 && i + 4 < n && !tokens[i + 1].space_before &&
            ((tokens[i + 1].is("-") && tokens[i + 3].is("-")) ||
             (tokens[i + 1].is(".") && tokens[i + 3].is(".") && !tokens[i + 2].space_before &&
              !tokens[i + 3].space_before && !tokens[i + 4].space_before && tokens[i + 2].text.size() <= 2 &&
              tokens[i + 4].text.size() <= 2))) {
            const int y = number_value(t, 1900, 2199), m = number_value(tokens[i + 2], 1, 12),
                      d = number_value(tokens[i + 4], 1, 31);
            if (y && m && d && days_valid(y, m, d)) {
                out.push_back({i, i + 5, y, m, d, false});
                i += 4;
                continue;
            }
        }
        // D.M.YYYY (European numeric dates: "24.02.2025")
        if (t.kind == Token::Kind::Number && t.text.size() <= 2 && i + 4 < n && tokens[i + 1].is(".") &&
            tokens[i + 3].is(".") && !tokens[i + 1].space_before && !tokens[i + 2].space_before &&
            !tokens[i + 3].space_before && !tokens[i + 4].space_before && tokens[i + 4].text.size() == 4) {
            const int d = number_value(t, 1, 31), m = number_value(tokens[i + 2], 1, 12),
                      y = number_value(tokens[i + 4], 1900, 2199);
            if (d && m && y && days_valid(y, m, d)) {
                out.push_back({i, i + 5, y, m, d, false});
                i += 4;
                continue;
            }
        }
        // D/M/YYYY ("31/03/2023", the news pages of most of the world); M/D when the second
        // number cannot be a month ("03/31/2023"); D/M when both could be
        if (t.kind == Token::Kind::Number && t.text.size() <= 2 && i + 4 < n && tokens[i + 1].is("/") &&
            tokens[i + 3].is("/") && !tokens[i + 1].space_before && !tokens[i + 2].space_before &&
            !tokens[i + 3].space_before && !tokens[i + 4].space_before && tokens[i + 4].text.size() == 4 &&
            tokens[i + 2].text.size() <= 2) {
            int d = number_value(t, 1, 31), m = number_value(tokens[i + 2], 1, 31);
            const int y = number_value(tokens[i + 4], 1900, 2199);
            if (m > 12 && d && d <= 12) std::swap(d, m);
            if (d && m && m <= 12 && y && days_valid(y, m, d)) {
                out.push_back({i, i + 5, y, m, d, false});
                if (d <= 12 && d != m) ambiguous.push_back(out.size() - 1);
                i += 4;
                continue;
            }
        }
        // Day Month [Year]
        // (in one paragraph: a title's last number is no day of the date line below it)
        // (a day is a number or a word opening with a digit, a month a word opening with a capital
        // from A to S: tested here, as most tokens are neither, before a call each)
        const bool digit_first = t.text[0] >= '0' && t.text[0] <= '9';
        if (const int d = digit_first ? ordinal_day(t) : 0; d && i + 1 < n && !paragraph_between(tokens[i], tokens[i + 1])) {
            // "22. September 2023", "22. Sep 2023": the day's dot of Central European and Nordic pages,
            // with the year (a number ending a sentence is no day before a month opening the next)
            const bool day_dot = tokens[i + 1].is(".") && !tokens[i + 1].space_before && i + 3 < n &&
                                 month_number(tokens[i + 2].text) && !paragraph_between(tokens[i + 1], tokens[i + 2]) &&
                                 (number_value(tokens[i + 3], 1900, 2199) ||
                                  (i + 4 < n && tokens[i + 3].is(".") && number_value(tokens[i + 4], 1900, 2199)));
            const std::size_t mi = day_dot ? i + 2 : i + 1;
            const int m = month_number(tokens[mi].text);
            if (m) {
                std::size_t end = mi + 1;
                if (end < n && tokens[end].is(".") && !tokens[end].space_before) ++end;  // "12 Jul. 2023"
                int y = 0;
                // ("16 Nov, 2021": a comma before the year)
                const std::size_t yat = end + 1 < n && tokens[end].is(",") ? end + 1 : end;
                if (yat < n && !paragraph_between(tokens[end - 1], tokens[yat])) {
                    if (const int yy = number_value(tokens[yat], 1900, 2199); yy) {
                        y = yy;
                        end = yat + 1;
                    }
                }
                if (days_valid(y, m, d)) {
                    out.push_back({i, end, y, m, d, false});
                    i = end - 1;
                    continue;
                }
            }
        }
        if (!t.is_word() || t.text[0] < 'A' || t.text[0] > 'S') continue;
        int month = month_number(t.text);
        std::size_t j = i + 1;
        if (month && j < n && tokens[j].is(".")) ++j;  // "Sept."
        if (month) {
            // Month Day[,] [Year]
            if (j < n && !paragraph_between(tokens[j - 1], tokens[j])) {
                if (const int d = ordinal_day(tokens[j]); d) {
                    std::size_t k = j + 1;
                    int y = 0;
                    std::size_t end = k;
                    std::size_t kk = k;
                    if (kk < n && tokens[kk].is(",")) ++kk;
                    // "February 15/2023" (Ethiopia's news agency and others): the year after a slash
                    else if (kk + 1 < n && tokens[kk].is("/") && !tokens[kk].space_before && !tokens[kk + 1].space_before &&
                             tokens[kk + 1].text.size() == 4)
                        ++kk;
                    if (kk < n && !paragraph_between(tokens[kk - 1], tokens[kk])) {
                        if (const int yy = number_value(tokens[kk], 1900, 2199); yy) {
                            y = yy;
                            end = kk + 1;
                        }
                    }
                    if (days_valid(y, month, d)) {
                        DateMention dm{i, end, y, month, d, false};
                        if (i > 0 && (tokens[i - 1].is("From") || tokens[i - 1].is("from")) && end < n &&
                            (tokens[end].is("to") || tokens[end].is("-") || tokens[end].is("\u2013")))
                            dm.range_start = true;
                        // "On April 2 and 3, X had phone conversations with ...": two days, neither
                        // the one of each call (month-day-and-day)
                        if (end == k && end + 1 < n && tokens[end].is("and") && ordinal_day(tokens[end + 1]) &&
                            !(end + 2 < n && month_number(tokens[end + 2].text)))
                            dm.range_start = true;
                        out.push_back(dm);
                        i = end - 1;
                        continue;
                    }
                }
                // "May" alone is too ambiguous; only dated forms count.
            }
            continue;
        }
    }
    // "Published: 12/4/2019" under a dateline "Bogota (Colombia), Dec. 4.": a numeric date both of
    // whose numbers may be the month is read M/D when the text names that day with its month in
    // words, and no date of the text is the D/M reading (numeric-date-agrees)
    for (const std::size_t x : ambiguous) {
        DateMention& a = out[x];
        bool swapped = false, as_read = false;
        for (const DateMention& o : out) {
            // (a date in words: not another numeric one, "12/4/2019", "2019-12-04", "04.12.2019")
            if (&o == &a || (tokens[o.first].kind == Token::Kind::Number && o.first + 1 < o.last &&
                             (tokens[o.first + 1].is("/") || tokens[o.first + 1].is(".") || tokens[o.first + 1].is("-"))))
                continue;
            swapped = swapped || (o.month == a.day && o.day == a.month && (!o.year || o.year == a.year));
            as_read = as_read || (o.month == a.month && o.day == a.day && (!o.year || o.year == a.year));
        }
        if (swapped && !as_read && days_valid(a.year, a.day, a.month)) std::swap(a.day, a.month);
    }
    // Day numbers read as dates: "4" in "4th" is a word; numbers alone are handled above.
    // a day with no year, then "last year" or "next year": the year before or after the release's
    for (DateMention& d : out)
        if (!d.year && d.last + 1 < n && tokens[d.last + 1].is("year")) {
            if (tokens[d.last].is("last")) d.year_shift = -1;
            if (tokens[d.last].is("next")) d.year_shift = 1;
        }
    return out;
}

std::optional<DateMention> find_document_date(std::string_view text, const std::vector<Token>& tokens,
                                              const std::vector<DateMention>& dates) {
    // The date line stands near the top: within the first 12 lines, on a short line,
    // and it carries a year.
    std::size_t line_limit = 0;
    int lines = 0;
    // (found line break by line break, not by a test of every byte)
    for (std::size_t at = text.find('\n'); at != std::string_view::npos && lines < 12; at = text.find('\n', at + 1)) {
        ++lines;
        line_limit = at;
    }
    if (lines < 12) line_limit = text.size();
    // [start, end) of the line holding byte b when it is at most `max` bytes long. Every
    // look is bounded, so a text of one very long line costs linear time, not a scan of
    // the line per date.
    auto short_line = [&](std::size_t b, std::size_t max) -> std::optional<std::pair<std::size_t, std::size_t>> {
        const std::size_t from = b > max ? b - max : 0;
        const std::size_t nl = text.substr(from, b - from).rfind('\n');
        if (nl == std::string_view::npos && from > 0) return std::nullopt;
        const std::size_t ls = nl == std::string_view::npos ? 0 : from + nl + 1;
        std::size_t le = text.substr(b, max + 1).find('\n');
        if (le == std::string_view::npos && b + max + 1 < text.size()) return std::nullopt;
        le = le == std::string_view::npos ? text.size() : b + le;
        if (le - ls > max) return std::nullopt;
        return std::pair{ls, le};
    };
    // "Montevideo, November 14th 2024 - 16:33 UTC" at the top, then the report's own "Monday,
    // October 11th 2021 - 09:52 UTC": a page's clock of the day it was read, then the report's
    // date in the same form; the second is the report's (page-clock)
    {
        const DateMention* clocks[2] = {nullptr, nullptr};
        for (const DateMention& d : dates) {
            if (!d.year) continue;
            if (tokens[d.first].begin > line_limit) break;
            std::string_view tail = text.substr(tokens[d.last - 1].end, 24);
            std::size_t e = 0;
            while (e < tail.size() && tail[e] == ' ') ++e;
            if (e >= tail.size() || tail[e] != '-') continue;
            ++e;
            while (e < tail.size() && tail[e] == ' ') ++e;
            std::size_t digits = 0;
            while (e < tail.size() && tail[e] >= '0' && tail[e] <= '9') ++e, ++digits;
            if (digits < 1 || digits > 2 || e + 2 >= tail.size() || tail[e] != ':' || tail[e + 1] < '0' || tail[e + 1] > '9')
                continue;
            clocks[clocks[0] ? 1 : 0] = &d;
            if (clocks[1]) break;
        }
        if (clocks[1]) return *clocks[1];
    }
    // A news dateline opens its first paragraph: "BEIJING, May 17, 2024 (Xinhua) --",
    // "RIYADH, Saudi Arabia, March 4, 2024 (AP) —": a place in capitals (and its country or
    // state), the date, an agency in brackets, a dash. Its date is the report's.
    for (const DateMention& d : dates) {
        if (!d.year) continue;
        const std::size_t b = tokens[d.first].begin;
        if (b > line_limit) break;
        const std::size_t from = b > 60 ? b - 60 : 0;
        const std::size_t nl = text.substr(from, b - from).rfind('\n');
        if (nl == std::string_view::npos && from > 0) continue;
        const std::size_t ls = nl == std::string_view::npos ? 0 : from + nl + 1;
        std::string_view head = text.substr(ls, b - ls);
        while (!head.empty() && (head.back() == ' ' || head.back() == ',')) head.remove_suffix(1);
        // "SUVA, Fiji (May 17, 2024) --": the date in brackets after the place
        bool bracketed = false;
        if (!head.empty() && head.back() == '(') {
            bracketed = true;
            head.remove_suffix(1);
            while (!head.empty() && (head.back() == ' ' || head.back() == ',')) head.remove_suffix(1);
        }
        // the place: two or more capitals first ("BEIJING"), or up to four words that each open
        // with a capital ("Hanoi", "Kuala Lumpur", "Riyadh, Saudi Arabia"); then letters,
        // spaces, commas, periods
        std::size_t caps = 0;
        while (caps < head.size() && ((head[caps] >= 'A' && head[caps] <= 'Z') || head[caps] == ' ')) ++caps;
        bool place = head.size() >= 2 && head[0] >= 'A' && head[0] <= 'Z';
        bool title_case = true;
        int words = 0;
        bool comma = false;  // after the place: "Riyadh, Sha'ban 05, 1446, February 04, 2025, SPA --" (the Hijri date first)
        for (std::size_t i = 0; i < head.size(); ++i) {
            const char c = head[i];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == ',' || c == '.' || c == '\'' ||
                  c == '-' || (comma && c >= '0' && c <= '9')))
                place = false;
            comma = comma || c == ',';
            const bool starts = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (starts && (i == 0 || head[i - 1] == ' ')) {
                ++words;
                if (c >= 'a' && c <= 'z') title_case = false;
            }
        }
        std::string_view tail = text.substr(tokens[d.last - 1].end, 60);
        auto skip_space = [&] {
            while (!tail.empty() && (tail.front() == ' ' || tail.front() == '\t')) tail.remove_prefix(1);
        };
        skip_space();
        if (bracketed) {
            if (tail.empty() || tail.front() != ')') continue;
            tail.remove_prefix(1);
            skip_space();
        }
        const auto dash = [&] {
            return tail.starts_with("--") || tail.starts_with("\u2014") || tail.starts_with("\u2013") ||
                   tail.starts_with("- ");
        };
        // "21.05.2024 - Minister X received ...": the date opens the first paragraph
        if (head.empty() && dash()) return d;
        // "No: 78, 10 March 2022, Press Release Regarding ...": a numbered release's first line
        if (ls == 0 || text.substr(0, ls).find_first_not_of(" \t\r\n") == std::string_view::npos) {
            std::string_view h = head;
            if (h.starts_with("No:") || h.starts_with("No.")) {
                h.remove_prefix(3);
                while (!h.empty() && h.front() == ' ') h.remove_prefix(1);
                std::size_t digits = 0;
                while (digits < h.size() && h[digits] >= '0' && h[digits] <= '9') ++digits;
                if (digits >= 1 && digits == h.size()) return d;
            }
        }
        if (!place || (caps < 2 && !(title_case && words <= 4))) continue;
        // "Addis Ababa, 11 January 2023: The Chairperson ..."
        if (tail.size() > 2 && tail[0] == ':' && tail[1] == ' ' && tail[2] >= 'A' && tail[2] <= 'Z') return d;
        bool agency = false, agency_caps = false;
        if (!tail.empty() && tail.front() == '(') {  // "(Xinhua)"
            const std::size_t close = tail.find(')');
            if (close == std::string_view::npos) continue;
            // ("(ENA)", "(PTI)": an agency in capitals)
            agency_caps = close >= 3 && close <= 8 &&
                          std::all_of(tail.begin() + 1, tail.begin() + static_cast<std::ptrdiff_t>(close),
                                      [](char c) { return c >= 'A' && c <= 'Z'; });
            tail.remove_prefix(close + 1);
            skip_space();
            agency = true;
        } else if (tail.size() > 3 && tail.front() == '/') {
            // "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister ...": an agency between slashes
            std::size_t e = 1;
            while (e < tail.size() && tail[e] >= 'A' && tail[e] <= 'Z') ++e;
            if (e >= 3 && e <= 7 && e < tail.size() && tail[e] == '/') return d;
        } else if (tail.size() > 3 && tail.front() == ',') {  // ", SPA --": an agency in capitals
            std::size_t e = 1;
            while (e < tail.size() && tail[e] == ' ') ++e;
            const std::size_t word = e;
            while (e < tail.size() && tail[e] >= 'A' && tail[e] <= 'Z') ++e;
            if (e - word >= 2 && e - word <= 6) {
                tail.remove_prefix(e);
                skip_space();
            } else if (e > word) {
                // ", Asia-Plus —", ", Trend --": one word that opens with a capital, then the dash
                // the check below asks for
                while (e < tail.size() && e < word + 16 &&
                       ((tail[e] >= 'A' && tail[e] <= 'Z') || (tail[e] >= 'a' && tail[e] <= 'z') || tail[e] == '-'))
                    ++e;
                if (e < tail.size() && tail[e] == ' ') {
                    tail.remove_prefix(e);
                    skip_space();
                }
            }
        }
        if (dash()) return d;
        // "NEW DELHI, Sept 9, 2023 (PTI) Prime Minister ...": a bracketed agency needs no dash
        // ("Addis Ababa February 19/2021 (ENA) President ...": nor after a place in title case, when
        // the agency is written in capitals)
        if (agency && (caps >= 2 || agency_caps) && !tail.empty() && tail.front() >= 'A' && tail.front() <= 'Z') return d;
    }
    for (const DateMention& d : dates) {
        if (!d.year) continue;
        const std::size_t b = tokens[d.first].begin;
        if (b > line_limit) break;
        if (short_line(b, 80)) return d;
    }
    // A line that is nothing but a date, further down a page whose top is menus (within 40 lines).
    {
        std::size_t deep_limit = 0;
        int deep = 0;
        for (std::size_t i = 0; i < text.size() && deep < 40; ++i)
            if (text[i] == '\n') {
                ++deep;
                deep_limit = i;
            }
        if (deep < 40) deep_limit = text.size();
        for (const DateMention& d : dates) {
            if (!d.year) continue;
            const std::size_t b = tokens[d.first].begin;
            if (b > deep_limit) break;
            const auto span = short_line(b, 200);  // a date alone on its line is far shorter
            if (!span) continue;
            const auto [ls, le] = *span;
            std::string_view line = text.substr(ls, le - ls);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
            if (ls + (text.substr(ls, le - ls).size() - line.size()) <= b && tokens[d.last - 1].end - b == line.size())
                return d;
            // "05 October 2023 News": the date at the line's start, then one word of the page's section
            if (ls + (text.substr(ls, le - ls).size() - line.size()) == b && tokens[d.last - 1].end - b < line.size()) {
                std::string_view rest = line.substr(tokens[d.last - 1].end - b);
                if (!rest.empty() && rest.front() == ' ') {
                    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
                    bool word = !rest.empty() && rest.size() <= 16 && rest.front() >= 'A' && rest.front() <= 'Z';
                    for (char c : rest) word = word && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
                    if (word) return d;
                }
            }
        }
    }
    // No date line: a title that ends with its date ("Comments by the Foreign Secretary after
    // meeting Secretary Pompeo on 7 August 2019", "... Council (Brussels, March 14, 2016)"),
    // on one of the first three lines that hold text (a page header may come first): a date
    // on or before the end of the third such line.
    std::size_t third_start = text.size();
    {
        int seen = 0;
        for (std::size_t q = 0; q < text.size();) {
            std::size_t nl = text.find('\n', q);
            if (nl == std::string_view::npos) nl = text.size();
            if (text.substr(q, nl - q).find_first_not_of(" \t\r") != std::string_view::npos && ++seen == 3) {
                third_start = q;
                break;
            }
            q = nl + 1;
        }
    }
    const std::size_t third_end = std::min(text.size(), text.find('\n', third_start));
    for (const DateMention& d : dates) {
        if (!d.year) continue;
        const std::size_t b = tokens[d.first].begin;
        if (b > line_limit || b > third_end) break;
        // Nothing but spaces, ')' and '.' between the date and its line's end.
        std::size_t q = tokens[d.last - 1].end;
        while (q < text.size() && (text[q] == ' ' || text[q] == ')' || text[q] == '.')) ++q;
        if (q == text.size() || text[q] == '\n') return d;
    }
    // No date near the top: a closing line that is a place and a date, or a date alone ("St.
    // Petersburg, 17 June 2016" below the UN Secretary-General's readouts) dates the release
    // (closing-date-line)
    {
        std::size_t le = text.size();
        while (le > 0 && (text[le - 1] == ' ' || text[le - 1] == '\n' || text[le - 1] == '\r' || text[le - 1] == '\t' ||
                          text[le - 1] == '.'))
            --le;
        const std::size_t nl = text.substr(0, le).rfind('\n');
        const std::size_t ls = nl == std::string_view::npos ? 0 : nl + 1;
        if (le > ls && le - ls <= 60 && ls > 0)
            for (auto it = dates.rbegin(); it != dates.rend(); ++it) {
                const std::size_t b = tokens[it->first].begin;
                if (b < ls) break;
                if (!it->year || tokens[it->last - 1].end != le) continue;
                std::string_view head = text.substr(ls, b - ls);
                while (!head.empty() && (head.front() == ' ' || head.front() == '\t')) head.remove_prefix(1);
                while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
                bool place = head.empty() || (head.back() == ',' && head.front() >= 'A' && head.front() <= 'Z');
                for (const char c : head)
                    place = place && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == ',' ||
                                      c == '.' || c == '-' || c == '\'');
                if (place) return *it;
                break;
            }
    }
    return std::nullopt;
}

}  // namespace kg::extract
