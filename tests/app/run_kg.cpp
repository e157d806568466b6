#include "run_kg.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace kg_test {

TempDir::TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "kg-app-test-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text_file(const std::string& path, const std::string& text) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t write_corpus_copies(const std::string& dir, int copies, int edition) {
    std::filesystem::create_directories(dir);
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(std::string(KG_TEST_DATA_DIR) + "/corpus")) {
        if (e.path().extension() != ".txt") continue;
        const std::string text = read_text_file(e.path().string());
        for (int k = 0; k < copies; ++k) {
            write_text_file(dir + "/" + std::to_string(k) + "_" + e.path().filename().string(),
                            text + "\n(Reference " + std::to_string(k) + ", edition " + std::to_string(edition) + ")\n");
            ++n;
        }
    }
    return n;
}

KgRun run_kg(const std::vector<std::string>& args) { return run_kg_to(args, ""); }

KgRun run_kg_in(const std::string& cwd, const std::vector<std::string>& args) { return run_kg_to(args, "", cwd); }

KgRun run_kg_to(const std::vector<std::string>& args, const std::string& stdout_path, const std::string& cwd) {
    KgProcess p = start_kg(args, stdout_path, cwd);
    return wait_kg(p);
}

KgProcess start_kg(const std::vector<std::string>& args, const std::string& stdout_path, const std::string& cwd) {
    KgProcess p;
    p.capture = std::make_unique<TempDir>();
    p.out_path = stdout_path.empty() ? p.capture->file("stdout") : stdout_path;
    p.read_out = stdout_path.empty();
    p.err_path = p.capture->file("stderr");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, p.out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, p.err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());

    std::vector<std::string> argv_strings{KG_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_strings) argv.push_back(a.data());
    argv.push_back(nullptr);

    const int rc = posix_spawn(&p.pid, KG_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error(std::string("cannot start ") + KG_BINARY);
    return p;
}

KgRun wait_kg(KgProcess& p) {
    int wstatus = 0;
    while (waitpid(p.pid, &wstatus, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    }
    KgRun r;
    r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    if (p.read_out) r.out = read_text_file(p.out_path);
    r.err = read_text_file(p.err_path);
    return r;
}

std::string corpus_dir() { return std::string(KG_SOURCE_DIR) + "/examples/corpus"; }
std::string corpus_file(const std::string& name) { return corpus_dir() + "/" + name; }
std::string data_corpus() { return std::string(KG_TEST_DATA_DIR) + "/corpus"; }

void ingest_corpus(const std::string& db) {
    KgRun r = run_kg({"--db", db, "ingest", corpus_dir()});
    INFO("kg ingest stderr: " << r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.out.find("added 5,") != std::string::npos);
}

}  // namespace kg_test
