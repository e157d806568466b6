#include "extract/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include "extract/html_reader.h"
#include "extract/jsonl_reader.h"
#include "extract/text_normalise.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return ext;
}

// Html and Jsonl by extension; everything else is read as text (after the binary sniff).
InputFormat format_for(const fs::path& path) {
    const std::string ext = lower_extension(path);
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
    if (ext == ".jsonl") return InputFormat::Jsonl;
    return InputFormat::Text;
}

// Files a directory walk never reads: hidden ones, annotations and metadata.
bool skipped_in_walk(const fs::path& path) {
    const std::string name = path.filename().string();
    if (name.empty() || name[0] == '.') return true;
    const std::string ext = lower_extension(path);
    return ext == ".json" || ext == ".tsv" || ext == ".md";
}

InputFormat sniff_format(std::string_view bytes) {
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string_view::npos) return InputFormat::Text;
    if (bytes[first] == '<') return InputFormat::Html;
    if (bytes[first] == '{') return InputFormat::Jsonl;
    return InputFormat::Text;
}

std::string errno_message(int error) { return std::generic_category().message(error); }

// Reads all of `fd`, refusing more than `limit` bytes. False with `error` set on failure.
bool read_all(int fd, std::size_t limit, std::string& out, std::string& error) {
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            error = "cannot read: " + errno_message(errno);
            return false;
        }
        if (got == 0) return true;
        const auto size = static_cast<std::size_t>(got);
        if (out.size() + size > limit) {
            error = "too large: more than " + std::to_string(limit) + " bytes";
            return false;
        }
        out.append(buffer, size);
    }
}

// Opens without blocking (a FIFO must not hang the batch) and reads a regular file.
bool read_regular(const std::string& path, std::size_t limit, std::string& out, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = "cannot open: " + errno_message(errno);
        return false;
    }
    struct stat st {};
    bool ok = true;
    if (::fstat(fd, &st) != 0) {
        error = "cannot stat: " + errno_message(errno);
        ok = false;
    } else if (!S_ISREG(st.st_mode)) {
        error = "not a regular file";
        ok = false;
    } else if (static_cast<std::size_t>(st.st_size) > limit) {
        error = "too large: " + std::to_string(st.st_size) + " bytes (the limit is " + std::to_string(limit) + ")";
        ok = false;
    } else {
        out.reserve(static_cast<std::size_t>(st.st_size));
        ok = read_all(fd, limit, out, error);
    }
    ::close(fd);
    return ok;
}

class Reader {
public:
    explicit Reader(const ReadOptions& options) : options_(options) {}

    void read_path(const std::string& path) {
        read_path_unflushed(path);
        flush();
    }

    // Hands what was read so far to ReadOptions::each_file, when set.
    void flush() {
        if (!options_.each_file || (result_.documents.empty() && result_.diagnostics.empty())) return;
        options_.each_file(result_);
        result_.documents.clear();
        result_.diagnostics.clear();
    }

    void read_path_unflushed(const std::string& path) {
        if (path == "-") {
            read_stdin();
            return;
        }
        const std::string shown = display_name(path);
        std::error_code ec;
        const fs::file_status st = fs::status(path, ec);
        if (ec) {
            if (ec == std::errc::no_such_file_or_directory) {
                std::error_code link_ec;
                const bool dangling = fs::is_symlink(fs::symlink_status(path, link_ec));
                error(shown, dangling ? "no such file or directory (dangling symbolic link)"
                                      : "no such file or directory");
            } else {
                error(shown, "cannot access: " + ec.message());
            }
            return;
        }
        if (fs::is_directory(st)) {
            const std::size_t before = documents_read_;
            read_directory(path, absolute_path(path));
            if (documents_read_ == before) error(shown, "no documents found");
        } else if (fs::is_regular_file(st)) {
            read_file(path, display_name(fs::path(path).filename().string()), absolute_path(path));
        } else {
            error(shown, "not a regular file");
        }
    }

    // Decodes, sniffs and dispatches one input to the reader of its format. `path` is
    // the absolute path of the file (Document::path), '' for standard input and buffers.
    void read_bytes(std::string_view bytes, const std::string& source, const std::string& id,
                    InputFormat format, const std::string& path = {}) {
        if (bytes.empty()) {
            warning(source, "skipped: empty file");
            return;
        }
        const std::size_t first_new = result_.documents.size();
        read_bytes_as(bytes, source, id, format);
        documents_read_ += result_.documents.size() - first_new;
        for (std::size_t i = first_new; i < result_.documents.size(); ++i) {
            Document& doc = result_.documents[i];
            doc.path = path;
            // A text or HTML file is one document: its hash is the whole file's (JSON Lines
            // documents got their line's hash already).
            if (options_.raw_hash && doc.raw_sha256.empty()) doc.raw_sha256 = options_.raw_hash(bytes);
        }
    }

    void read_bytes_as(std::string_view bytes, const std::string& source, const std::string& id,
                       InputFormat format) {
        std::string decoded;
        const char* transcode_from = nullptr;
        const Bom bom = detect_bom(bytes);
        if (bom.charset != nullptr) {
            if (std::string_view(bom.charset) != "UTF-8") transcode_from = bom.charset;
        } else if (const char* utf16 = detect_utf16_without_bom(bytes)) {
            transcode_from = utf16;
            warning(source, std::string("no byte-order mark; decoded as ") + utf16);
        } else if (const char* kind = binary_kind(bytes.substr(bom.length))) {
            warning(source, std::string("skipped: binary file (") + kind + ")");
            return;
        }
        if (transcode_from != nullptr) {
            std::string message;
            std::optional<std::string> utf8 = transcode_to_utf8(bytes.substr(bom.length), transcode_from, message);
            if (!utf8) {
                error(source, message);
                return;
            }
            // A UTF-8 BOM in front tells the HTML reader the encoding is settled.
            decoded = "\xEF\xBB\xBF" + *utf8;
            bytes = decoded;
        }
        if (format == InputFormat::Auto) format = sniff_format(bytes);
        switch (format) {
            case InputFormat::Html: read_html_document(bytes, source, id); break;
            case InputFormat::Jsonl: {
                if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
                read_jsonl(bytes, source, id, options_.jsonl, result_, options_.raw_hash);
                break;
            }
            case InputFormat::Auto:
            case InputFormat::Text: read_text_document(bytes, source, id); break;
        }
    }

    ReadResult take() { return std::move(result_); }

private:
    void read_stdin() {
        std::string bytes;
        std::string message;
        if (!read_all(STDIN_FILENO, options_.max_file_bytes, bytes, message)) {
            error("<stdin>", message);
            return;
        }
        read_bytes(bytes, "<stdin>", "stdin", options_.stdin_format);
    }

    // `id`: the document id (a named file's base name, or the walked folder's name and the
    // path under it); `absolute`: Document::path.
    void read_file(const std::string& path, const std::string& id, const std::string& absolute) {
        const std::string shown = display_name(path);
        std::string bytes;
        std::string message;
        if (!read_regular(path, options_.max_file_bytes, bytes, message)) {
            error(shown, message);
            return;
        }
        read_bytes(bytes, shown, id, format_for(path), absolute);
    }

    // Collects the directory's files without recursion and without following links to
    // directories, then reads them in sorted order. Each file's id is the folder's own
    // name followed by the file's path under it ("releases/2024/03/01.txt"), so files of
    // the same name in different folders have different ids.
    void read_directory(const fs::path& root, const fs::path& absolute_root) {
        std::vector<fs::path> files;
        std::vector<fs::path> pending{root};
        while (!pending.empty()) {
            const fs::path dir = std::move(pending.back());
            pending.pop_back();
            std::error_code ec;
            fs::directory_iterator it(dir, ec);
            if (ec) {
                error(display_name(dir.string()), "cannot read directory: " + ec.message());
                continue;
            }
            for (; it != fs::directory_iterator(); it.increment(ec)) {
                const fs::path& path = it->path();
                const std::string shown = display_name(path.string());
                if (skipped_in_walk(path)) continue;
                std::error_code st_ec;
                const fs::file_status link = it->symlink_status(st_ec);
                const fs::file_status target = fs::is_symlink(link) ? it->status(st_ec) : link;
                if (st_ec) {
                    error(shown, "cannot access: " + st_ec.message());
                } else if (fs::is_directory(target)) {
                    if (fs::is_symlink(link)) warning(shown, "skipped: symbolic link to a directory (not followed)");
                    else pending.push_back(path);
                } else if (fs::is_regular_file(target)) {
                    files.push_back(path);
                } else {
                    warning(shown, "skipped: not a regular file");
                }
            }
            if (ec) error(display_name(dir.string()), "cannot read directory: " + ec.message());
        }
        std::sort(files.begin(), files.end());
        const fs::path folder = absolute_root.filename();
        for (const fs::path& file : files) {
            const fs::path under = file.lexically_relative(root);
            read_file(file.string(), display_name((folder / under).generic_string()), (absolute_root / under).string());
            flush();
        }
    }

    void read_text_document(std::string_view bytes, const std::string& source, const std::string& id) {
        Document doc;
        doc.text = normalise_text(bytes, source, result_.diagnostics);
        if (is_blank(doc.text)) {
            warning(source, "skipped: no text (only white space)");
            return;
        }
        doc.id = id;
        doc.source = source;
        doc.title = first_line(doc.text);
        result_.documents.push_back(std::move(doc));
    }

    void read_html_document(std::string_view bytes, const std::string& source, const std::string& id) {
        std::optional<HtmlContent> html = read_html(bytes, source, result_.diagnostics);
        if (!html) {
            ++result_.failed;
            return;
        }
        if (is_blank(html->text)) {
            warning(source, "skipped: no text");
            return;
        }
        Document doc;
        doc.id = id;
        doc.source = source;
        doc.title = html->title.empty() ? first_line(html->text) : std::move(html->title);
        doc.date = std::move(html->date);
        doc.text = std::move(html->text);
        result_.documents.push_back(std::move(doc));
    }

    void error(const std::string& source, std::string message) {
        result_.diagnostics.push_back({Diagnostic::Severity::Error, source, std::move(message)});
        ++result_.failed;
    }
    void warning(const std::string& source, std::string message) {
        result_.diagnostics.push_back({Diagnostic::Severity::Warning, source, std::move(message)});
    }

    const ReadOptions& options_;
    ReadResult result_;
    std::size_t documents_read_ = 0;  // in all, including those handed to each_file
};

}  // namespace

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(path, ec);
    if (ec) p = fs::absolute(path, ec).lexically_normal();
    return ec ? path : p.string();
}

ReadResult read_documents(const std::vector<std::string>& paths, const ReadOptions& options) {
    Reader reader(options);
    for (const std::string& path : paths) reader.read_path(path);
    return reader.take();
}

ReadResult read_documents(const std::vector<std::string>& paths) { return read_documents(paths, ReadOptions{}); }

ReadResult read_buffer(std::string_view bytes, const std::string& source, InputFormat format,
                       const ReadOptions& options) {
    Reader reader(options);
    const std::string shown = display_name(source);
    if (format == InputFormat::Auto) format = format_for(source);
    reader.read_bytes(bytes, shown, display_name(fs::path(source).filename().string()), format);
    return reader.take();
}

}  // namespace kg::extract
