#pragma once
// Rule-, pattern- and gazetteer-based extraction of entities, relations and
// meetings from diplomatic press releases.
//
//   auto gaz = kg::extract::Gazetteer::load_default();   // data/ + iso-codes
//   gaz.add_alias_file("my_aliases.tsv");                 // optional, user's own names
//   kg::extract::Extractor ex(gaz);
//   kg::DocumentExtraction x = ex.extract(doc);

#include <chrono>
#include <memory>
#include <string>

#include "model/types.h"

namespace kg::extract {

class Gazetteer {
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;

    // Loads data/*.tsv from `data_dir` and countries from iso-codes' iso_3166-1.json in
    // `iso_codes_dir`. Throws InputError naming the file and line on malformed data.
    static Gazetteer load(const std::string& data_dir, const std::string& iso_codes_dir);
    // load() with the directories configured at build time (KG_DATA_DIR env var overrides).
    static Gazetteer load_default();
    // The English word list load() reads: KG_WORDS_FILE from the environment, else the
    // path configured at build time (Debian's wamerican).
    static std::string words_file();
    // Adds a user alias file (TSV: canonical name, type, aliases separated by '|',
    // optional roles). Throws InputError naming file:line and the reason.
    void add_alias_file(const std::string& path);

    struct Impl;
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

class Extractor {
public:
    explicit Extractor(const Gazetteer& gazetteer);  // gazetteer must outlive the extractor
    // Extracts everything from one document. Never throws on odd text; problems go
    // to the result's diagnostics. The document date is found from the text when
    // doc.date is empty.
    //
    // Time and memory are linear in the text: a text longer than kPartBytes (no real
    // release comes near: the longest of 6,892 White House releases is 165 KB) is cut at
    // paragraph, line or sentence ends into parts of at most that size, each extracted
    // alone (with the date of the first) and merged: entities of the same type and name
    // are one, spans point into the whole text. Names are not linked across parts; a
    // warning says so.
    //
    // A per-document budget turns an outlier into a warning, never a stall: parts after
    // the time budget is spent are not extracted, and entities beyond max_entities (in the
    // order the document first names them) are dropped with the relations and meetings
    // that name them. Real releases stay far inside it (the largest White House release
    // takes about 30 ms and names under 600 entities).
    DocumentExtraction extract(const Document& doc) const;

    static constexpr std::size_t kPartBytes = std::size_t{256} << 10;

    // The language a document is read in: detected from its text (Auto), or forced.
    enum class Language { Auto, English, Japanese };
    void set_language(Language l) { language_ = l; }

    struct Budget {
        std::chrono::milliseconds time{60'000};
        std::size_t max_entities = 100'000;
    };
    void set_budget(Budget b) { budget_ = b; }
    const Budget& budget() const { return budget_; }

    struct Words;  // word classes of the grammar and the gazetteer, merged once

private:
    DocumentExtraction extract_parts(const Document& doc) const;
    const Gazetteer& gaz_;
    std::shared_ptr<const Words> words_;
    Budget budget_;
    Language language_ = Language::Auto;
};

}  // namespace kg::extract
