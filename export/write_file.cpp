// Atomic file output: the export streams into a temporary file beside the target
// (through a large buffer, so a 400 MB GraphML never sits in memory), which is
// fsynced and renamed over the target; when the writer throws or a write fails,
// the temporary is removed and the target is untouched. Devices and FIFOs
// (/dev/null, /dev/full, a pipe) cannot be renamed over, and standard output
// cannot be taken back, so for those the output is produced in memory first.

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <streambuf>
#include <vector>

#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw ExportError("cannot write " + path + ": " + what + ": " + std::strerror(err));
}

// Writes all of `bytes` to `fd`; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

// Temporary files in the making, removed by the handler of SIGINT, SIGTERM and SIGHUP so an
// interrupted export leaves none behind. Fixed storage and flags: a signal handler may
// only read memory and call async-signal-safe functions (unlink, raise, sigaction).
constexpr int kTemporarySlots = 32;
constexpr std::size_t kTemporaryPathMax = 4096;
char g_temporary_path[kTemporarySlots][kTemporaryPathMax];
volatile sig_atomic_t g_temporary_used[kTemporarySlots];

extern "C" void remove_temporaries_and_stop(int sig) {
    for (int i = 0; i < kTemporarySlots; ++i)
        if (g_temporary_used[i]) ::unlink(g_temporary_path[i]);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(sig, &dfl, nullptr);
    ::raise(sig);  // die of the signal, as the caller expects
}

// Installs the handler for the signals whose handling nobody else chose (checked on every
// write: three system calls, and a process that resets a signal is covered again).
void handle_interrupts() {
    struct sigaction sa {};
    sa.sa_handler = remove_temporaries_and_stop;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) ::sigaction(sig, &sa, nullptr);
    }
}

// Registers a temporary file for removal on interruption. Untracking late is harmless: the
// handler's unlink of a name already renamed or removed fails and does nothing.
void track_temporary(const std::string& path) {
    handle_interrupts();
    if (path.size() >= kTemporaryPathMax) return;
    for (int i = 0; i < kTemporarySlots; ++i)
        if (!g_temporary_used[i]) {
            std::memcpy(g_temporary_path[i], path.c_str(), path.size() + 1);
            g_temporary_used[i] = 1;  // set after the path is complete
            return;
        }
}

void untrack_temporary(const std::string& path) {
    for (int i = 0; i < kTemporarySlots; ++i)
        if (g_temporary_used[i] && path == g_temporary_path[i]) {
            g_temporary_used[i] = 0;
            return;
        }
}

// Untracks a temporary when write_temporary fails (it has removed the file).
struct UntrackOnFailure {
    const std::string& path;
    bool keep = false;
    ~UntrackOnFailure() {
        if (!keep) untrack_temporary(path);
    }
};

std::string directory_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

void write_special(const std::string& path, const std::string& bytes) {
    // Without blocking: a FIFO no process reads is an error (ENXIO), not a wait forever.
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENXIO) throw ExportError("cannot write " + path + ": it is a FIFO that no process is reading");
        fail(path, "open", errno);
    }
    // Once open, writes may wait for the reader to take the bytes.
    if (const int flags = ::fcntl(fd, F_GETFL); flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    int err = write_all(fd, bytes);
    // fsync is meaningless (EINVAL) on most devices; a full device reports at write or close.
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) fail(path, "write", err);
}

// An output stream buffer over a file descriptor that remembers the first error.
class FdBuffer : public std::streambuf {
public:
    explicit FdBuffer(int fd) : fd_(fd), buf_(std::size_t{1} << 20) { setp(buf_.data(), buf_.data() + buf_.size()); }
    // Writes what is buffered; returns 0 or the errno of the first failure.
    int drain() {
        if (error_ == 0 && pptr() > pbase()) {
            error_ = write_all(fd_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
        }
        setp(buf_.data(), buf_.data() + buf_.size());
        return error_;
    }

    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (drain() != 0) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (n >= epptr() - pptr()) {
            if (drain() != 0) return 0;
            if (n >= static_cast<std::streamsize>(buf_.size())) {
                error_ = write_all(fd_, std::string_view(s, static_cast<std::size_t>(n)));
                return error_ == 0 ? n : 0;
            }
        }
        std::memcpy(pptr(), s, static_cast<std::size_t>(n));
        pbump(static_cast<int>(n));
        return n;
    }
    int sync() override { return drain() == 0 ? 0 : -1; }

private:
    int fd_;
    std::vector<char> buf_;
    int error_ = 0;
};

// Writes `produce`'s output into a new temporary file beside `path`, fsynced and
// closed, and returns its name; on any failure removes it and throws ExportError.
std::string write_temporary(const std::string& path, const std::function<void(std::ostream&)>& produce, mode_t mode) {
    const std::string dir = directory_of(path);
    const auto slash = path.find_last_of('/');
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string tmp = (dir == "/" ? "" : dir) + "/." + base + ".tmp.XXXXXX";
    if (slash == std::string::npos) tmp = "." + base + ".tmp.XXXXXX";

    handle_interrupts();  // before the file exists: no moment where an interrupt leaves it
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) fail(path, "create temporary file in " + dir, errno);
    track_temporary(tmp);
    UntrackOnFailure untrack{tmp};
    const auto discard = [&](const char* what, int err) {
        ::close(fd);
        ::unlink(tmp.c_str());
        fail(path, what, err);
    };
    if (::fchmod(fd, mode) != 0) discard("chmod", errno);
    {
        FdBuffer buffer(fd);
        std::ostream out(&buffer);
        try {
            produce(out);
        } catch (...) {
            // A writer that stops because the disk is full reports a stream failure;
            // the errno behind it is the better message.
            if (const int err = buffer.error(); err != 0) discard("write", err);
            ::close(fd);
            ::unlink(tmp.c_str());
            throw;
        }
        if (int err = buffer.drain(); err != 0) discard("write", err);
        if (!out) {
            ::close(fd);
            ::unlink(tmp.c_str());
            throw ExportError("cannot write " + path + ": the exporter's stream failed");
        }
    }
    if (::fsync(fd) != 0) discard("fsync", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail(path, "close", err);
    }
    untrack.keep = true;  // the caller renames or removes it, then untracks it
    return tmp;
}

// Makes the renames in `dir` durable; failure here cannot undo them, so it is not reported.
void sync_directory(const std::string& dir) {
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& produce, mode_t mode) {
    const std::string tmp = write_temporary(path, produce, mode);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        untrack_temporary(tmp);
        fail(path, "rename", err);
    }
    untrack_temporary(tmp);
    sync_directory(directory_of(path));
}

// The permissions a new or replaced regular file gets: the old file's, or 0666 less the umask.
// Throws for a directory; nullopt for a device or FIFO, which cannot be replaced by renaming.
std::optional<mode_t> file_mode(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) fail(path, "open", EISDIR);
        if (!S_ISREG(st.st_mode)) return std::nullopt;
        return st.st_mode & 07777;
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

std::string in_memory(const std::string& path, const std::function<void(std::ostream&)>& produce) {
    std::ostringstream buffer;
    produce(buffer);
    if (!buffer) throw ExportError("cannot write " + path + ": the exporter's stream failed");
    return std::move(buffer).str();
}

}  // namespace

void write_file(const std::string& path, const std::function<void(std::ostream&)>& produce) {
    if (path.empty()) throw ExportError("cannot write an output with an empty file name");
    if (path == "-") {
        const std::string bytes = in_memory(path, produce);
        std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::cout.flush();
        if (!std::cout) throw ExportError("cannot write to standard output");
        return;
    }
    if (const std::optional<mode_t> mode = file_mode(path)) return write_atomically(path, produce, *mode);
    write_special(path, in_memory(path, produce));
}

void write_files(const std::vector<FileOutput>& files) {
    std::vector<mode_t> modes;
    for (const FileOutput& f : files) {
        if (f.path.empty() || f.path == "-") throw ExportError("cannot write one of several outputs to '" + f.path + "'");
        const std::optional<mode_t> mode = file_mode(f.path);
        if (!mode) fail(f.path, "open", EINVAL);  // a device or FIFO cannot take part in an all-or-nothing write
        modes.push_back(*mode);
    }
    // Every file is complete on disk before any target is touched.
    std::vector<std::string> temporaries;
    std::vector<std::string> backups(files.size());
    struct Untrack {  // every temporary and backup, when this function returns or throws
        const std::vector<std::string>& temporaries;
        const std::vector<std::string>& backups;
        ~Untrack() {
            for (const std::string& t : temporaries) untrack_temporary(t);
            for (const std::string& b : backups) untrack_temporary(b);
        }
    } untrack{temporaries, backups};
    try {
        for (std::size_t i = 0; i < files.size(); ++i)
            temporaries.push_back(write_temporary(files[i].path, files[i].produce, modes[i]));
    } catch (...) {
        for (const std::string& t : temporaries) ::unlink(t.c_str());
        throw;
    }
    // Old files are kept under a second name until every rename has succeeded, so a
    // failed rename can put the earlier ones back.
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string backup = temporaries[i] + ".old";
        track_temporary(backup);
        if (::link(files[i].path.c_str(), backup.c_str()) == 0) backups[i] = backup;
        else untrack_temporary(backup);
    }
    const auto drop_backups = [&] {
        for (const std::string& b : backups)
            if (!b.empty()) ::unlink(b.c_str());
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::rename(temporaries[i].c_str(), files[i].path.c_str()) == 0) continue;
        const int err = errno;
        for (std::size_t k = 0; k < i; ++k) {
            if (!backups[k].empty()) {
                if (::rename(backups[k].c_str(), files[k].path.c_str()) == 0) backups[k].clear();
            } else {
                ::unlink(files[k].path.c_str());  // it did not exist before
            }
        }
        for (std::size_t k = i; k < files.size(); ++k) ::unlink(temporaries[k].c_str());
        drop_backups();
        fail(files[i].path, "rename", err);
    }
    drop_backups();
    for (const FileOutput& f : files) sync_directory(directory_of(f.path));
}

}  // namespace kg::output
