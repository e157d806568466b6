#include "app/inputs.h"

#include "model/error.h"

namespace kg::cli {

extract::Gazetteer load_gazetteer(const GlobalOptions& global) {
    extract::Gazetteer gazetteer = global.data_dir.empty()
                                       ? extract::Gazetteer::load_default()
                                       : extract::Gazetteer::load(global.data_dir, KG_ISO_CODES_DIR);
    for (const std::string& file : global.alias_files) gazetteer.add_alias_file(file);
    return gazetteer;
}

void configure_extractor(extract::Extractor& extractor, const GlobalOptions& global) {
    using Language = extract::Extractor::Language;
    extractor.set_language(global.lang == "en" ? Language::English : global.lang == "ja" ? Language::Japanese : Language::Auto);
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& err) {
    for (const Diagnostic& d : diagnostics) {
        err << (d.severity == Diagnostic::Severity::Error ? "kg: error: " : "kg: warning: ");
        if (!d.source.empty()) err << d.source << ": ";
        err << d.message << '\n';
    }
}

std::size_t count_warnings(const std::vector<Diagnostic>& diagnostics) {
    std::size_t n = 0;
    for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
    return n;
}

std::string strict_failure(std::size_t warnings) {
    return std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") + " and --strict";
}

extract::ReadResult read_inputs(const std::vector<std::string>& paths, std::ostream& err,
                                const extract::ReadOptions& options) {
    extract::ReadResult r = extract::read_documents(paths, options);
    print_diagnostics(r.diagnostics, err);
    if (r.documents.empty() && r.failed == 0) throw no_documents_error(paths);
    return r;
}

InputError no_documents_error(const std::vector<std::string>& paths) {
    std::string where;
    for (const std::string& p : paths) where += (where.empty() ? "" : ", ") + p;
    return InputError("no documents found in " + where + " (kg reads .txt, .html, .htm and .jsonl files)");
}

}  // namespace kg::cli
