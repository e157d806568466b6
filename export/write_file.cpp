// Atomic file output: the whole export is produced in memory first (so a throwing
// writer never touches the disk), then written to a temporary file beside the
// target, fsynced and renamed over it. Devices and FIFOs (/dev/null, /dev/full,
// a pipe) cannot be renamed over, so they are written directly.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>

#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw ExportError("cannot write " + path + ": " + what + ": " + std::strerror(err));
}

// Writes all of `bytes` to `fd`; returns 0 or the errno of the failure.
int write_all(int fd, const std::string& bytes) {
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

void write_atomically(const std::string& path, const std::string& bytes, mode_t mode) {
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
    if (int err = write_all(fd, bytes); err != 0) discard("write", err);
    if (::fsync(fd) != 0) discard("fsync", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail(path, "close", err);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail(path, "rename", err);
    }
    // Make the rename itself durable; failure here cannot undo it, so it is not reported.
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace

void write_file(const std::string& path, const std::function<void(std::ostream&)>& produce) {
    if (path.empty()) throw ExportError("cannot write an output with an empty file name");
    std::ostringstream buffer;
    produce(buffer);
    if (!buffer) throw ExportError("cannot write " + path + ": the exporter's stream failed");
    const std::string bytes = std::move(buffer).str();

    if (path == "-") {
        std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::cout.flush();
        if (!std::cout) throw ExportError("cannot write to standard output");
        return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) fail(path, "open", EISDIR);
        if (!S_ISREG(st.st_mode)) return write_special(path, bytes);
        write_atomically(path, bytes, st.st_mode & 07777);
        return;
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    write_atomically(path, bytes, 0666 & ~mask);
}

}  // namespace kg::output
