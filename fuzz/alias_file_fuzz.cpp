// Fuzz target: the user alias-file parser (Gazetteer::add_alias_file) on arbitrary
// bytes written to a temporary file. A bad file must be an InputError naming the file;
// a good one must leave a gazetteer the extractor can use on the same bytes as text.

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "extract/extractor.h"
#include "fuzz/document_checks.h"
#include "fuzz/extraction_checks.h"
#include "model/error.h"

namespace {

const std::string& temp_path() {
    static const std::string path = [] {
        const char* dir = std::getenv("TMPDIR");
        return std::string(dir && *dir ? dir : "/tmp") + "/kg_fuzz_alias_" + std::to_string(::getpid()) + ".tsv";
    }();
    return path;
}

struct RemoveAtExit {
    ~RemoveAtExit() { std::remove(temp_path().c_str()); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static RemoveAtExit cleanup;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    {
        std::ofstream out(temp_path(), std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        KG_FUZZ_CHECK(out.good(), temp_path());
    }
    kg::extract::Gazetteer gazetteer;
    try {
        gazetteer.add_alias_file(temp_path());
    } catch (const kg::InputError& e) {
        const std::string message = e.what();
        KG_FUZZ_CHECK(message.rfind(temp_path() + ":", 0) == 0, message);
        return 0;
    }
    // The names just learnt are used on the same bytes read as a document.
    const kg::extract::ReadResult r = kg::extract::read_buffer(bytes, "aliases.txt", kg::extract::InputFormat::Text);
    kg::fuzz::check_read_result(r);
    const kg::extract::Extractor extractor(gazetteer);
    for (const kg::Document& doc : r.documents) kg::fuzz::check_extraction(extractor.extract(doc));
    return 0;
}
