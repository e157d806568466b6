#pragma once
// Runs the built `kg` binary (path from the KG_BINARY compile definition) the way a
// user would, capturing its exit status, stdout and stderr, for end-to-end tests.
//
//   kg_test::KgRun r = kg_test::run_kg({"--db", db, "met", "Hayashi"});
//   CHECK(r.status == 0);

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

namespace kg_test {

struct KgRun {
    int status = -1;  // exit status; 128 + signal number when killed by a signal
    std::string out;
    std::string err;
};

// Runs kg with `args`, stdin from /dev/null, in the current directory.
KgRun run_kg(const std::vector<std::string>& args);
// Same, with stdout sent to the file `stdout_path` (KgRun::out stays empty), e.g. /dev/full,
// and, when `cwd` is not empty, run in that directory.
KgRun run_kg_to(const std::vector<std::string>& args, const std::string& stdout_path, const std::string& cwd = "");
// run_kg in the directory `cwd`.
KgRun run_kg_in(const std::string& cwd, const std::vector<std::string>& args);

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

// A kg process running in the background (start_kg) until wait_kg collects it, e.g. to
// run several at once or to kill one.
struct KgProcess {
    pid_t pid = 0;
    std::unique_ptr<TempDir> capture;  // where its stdout and stderr go
    std::string out_path, err_path;
    bool read_out = true;
};
// Starts kg with `args` as run_kg_to does, without waiting for it.
KgProcess start_kg(const std::vector<std::string>& args, const std::string& stdout_path = "",
                   const std::string& cwd = "");
// Waits for `p` to end: its exit status (128 + signal when killed) and output.
KgRun wait_kg(KgProcess& p);

// The seed corpus shipped in examples/corpus.
std::string corpus_dir();
std::string corpus_file(const std::string& name);
// tests/data/corpus: the MOFA development releases and the seeds, copied for the tests.
std::string data_corpus();
// Ingests examples/corpus into `db`; fails the test when kg ingest does not succeed.
void ingest_corpus(const std::string& db);

// Writes `copies` copies of each release of tests/data/corpus into `dir` (k_NAME.txt), each
// copy's bytes made unique by a reference line; another `edition` changes every file's
// bytes (so ingesting it replaces them all). Returns the number of files written.
std::size_t write_corpus_copies(const std::string& dir, int copies, int edition);

std::string read_text_file(const std::string& path);
// Writes `text` to `path`, creating its parent directories.
void write_text_file(const std::string& path, const std::string& text);
// Lines of `text` without their line ends; no empty last line.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace kg_test
