// Atomic file output: the export streams into a temporary file beside the target
// (through a large buffer, so a 400 MB GraphML never sits in memory), which is
// fsynced and renamed over the target; when the writer throws or a write fails,
// the temporary is removed and the target is untouched. Devices and FIFOs
// (/dev/null, /dev/full, a pipe) cannot be renamed over, and standard output
// cannot be taken back, so for those the output is produced in memory first.

#include <fcntl.h>
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

std::string directory_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

void write_special(const std::string& path, const std::string& bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) fail(path, "open", errno);
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

    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) fail(path, "create temporary file in " + dir, errno);
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
        fail(path, "rename", err);
    }
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
    try {
        for (std::size_t i = 0; i < files.size(); ++i)
            temporaries.push_back(write_temporary(files[i].path, files[i].produce, modes[i]));
    } catch (...) {
        for (const std::string& t : temporaries) ::unlink(t.c_str());
        throw;
    }
    // Old files are kept under a second name until every rename has succeeded, so a
    // failed rename can put the earlier ones back.
    std::vector<std::string> backups(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string backup = temporaries[i] + ".old";
        if (::link(files[i].path.c_str(), backup.c_str()) == 0) backups[i] = backup;
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
