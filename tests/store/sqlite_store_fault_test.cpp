// Fault injection the way SQLite tests itself (RELIABILITY rule 12): a shim
// VFS fails the n-th file operation (I/O error or disk full) and a shim
// allocator fails the n-th allocation, for n = 0, 1, 2, ... until an ingest
// completes without reaching the fault. After every fault the document must
// be wholly old or wholly new (new whenever put() reported success), the file
// must pass integrity_check, and the same Store must resume.

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "model/error.h"
#include "store/store.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

using namespace kg;
using namespace kg::store;
using namespace kg::store::testing;

namespace {

enum class Fault { IoError, DiskFull, OutOfMemory };

// Shared fault plan: the countdown-th operation fails; persistent faults keep
// failing every later operation until disarmed.
struct FaultPlan {
    bool armed = false;
    Fault kind = Fault::IoError;
    long countdown = 0;
    bool persistent = false;
    bool fired = false;
};
FaultPlan g_plan;

bool should_fail(bool memory) {
    if (!g_plan.armed || (g_plan.kind == Fault::OutOfMemory) != memory) return false;
    if (g_plan.fired) return g_plan.persistent;
    if (g_plan.countdown-- == 0) {
        g_plan.fired = true;
        return true;
    }
    return false;
}

int io_error(int ioerr) { return g_plan.kind == Fault::DiskFull ? SQLITE_FULL : ioerr; }
// Reads, truncation, stat, open and delete fail with I/O errors, never with a full disk.
bool should_fail_io() { return g_plan.kind == Fault::IoError && should_fail(false); }

// ---- VFS shim ---------------------------------------------------------------

sqlite3_vfs* g_real_vfs = nullptr;

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;  // lives right after this struct
};
sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

int f_close(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int f_read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    if (should_fail_io()) return SQLITE_IOERR_READ;
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int f_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (should_fail(false)) return io_error(SQLITE_IOERR_WRITE);
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int f_truncate(sqlite3_file* f, sqlite3_int64 size) {
    if (should_fail_io()) return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int f_sync(sqlite3_file* f, int flags) {
    if (should_fail(false)) return io_error(SQLITE_IOERR_FSYNC);
    return real(f)->pMethods->xSync(real(f), flags);
}
int f_file_size(sqlite3_file* f, sqlite3_int64* size) {
    if (should_fail_io()) return SQLITE_IOERR_FSTAT;
    return real(f)->pMethods->xFileSize(real(f), size);
}
int f_lock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int f_unlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int f_check_reserved(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int f_file_control(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int f_sector_size(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int f_device(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int f_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** p) {
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, p);
}
int f_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void f_shm_barrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int f_shm_unmap(sqlite3_file* f, int del) { return real(f)->pMethods->xShmUnmap(real(f), del); }
int f_fetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** pp) {
    return real(f)->pMethods->xFetch(real(f), off, amt, pp);
}
int f_unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return real(f)->pMethods->xUnfetch(real(f), off, p); }

const sqlite3_io_methods kFaultMethods = {
    3,           f_close,      f_read,      f_write,         f_truncate,  f_sync,       f_file_size,
    f_lock,      f_unlock,     f_check_reserved, f_file_control, f_sector_size, f_device, f_shm_map,
    f_shm_lock,  f_shm_barrier, f_shm_unmap, f_fetch,        f_unfetch};

int v_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    FaultFile* f = reinterpret_cast<FaultFile*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->base.pMethods = nullptr;
    if (should_fail_io()) return SQLITE_CANTOPEN;
    const int rc = g_real_vfs->xOpen(g_real_vfs, name, f->real, flags, out_flags);
    if (f->real->pMethods) f->base.pMethods = &kFaultMethods;  // so SQLite closes it even after an error
    return rc;
}
int v_delete(sqlite3_vfs*, const char* name, int sync_dir) {
    if (should_fail_io()) return SQLITE_IOERR_DELETE;
    return g_real_vfs->xDelete(g_real_vfs, name, sync_dir);
}
int v_access(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real_vfs->xAccess(g_real_vfs, name, flags, out);
}
int v_full_pathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_real_vfs->xFullPathname(g_real_vfs, name, n, out);
}
void* v_dl_open(sqlite3_vfs*, const char* name) { return g_real_vfs->xDlOpen(g_real_vfs, name); }
void v_dl_error(sqlite3_vfs*, int n, char* msg) { g_real_vfs->xDlError(g_real_vfs, n, msg); }
void (*v_dl_sym(sqlite3_vfs*, void* h, const char* sym))(void) { return g_real_vfs->xDlSym(g_real_vfs, h, sym); }
void v_dl_close(sqlite3_vfs*, void* h) { g_real_vfs->xDlClose(g_real_vfs, h); }
int v_randomness(sqlite3_vfs*, int n, char* out) { return g_real_vfs->xRandomness(g_real_vfs, n, out); }
int v_sleep(sqlite3_vfs*, int us) { return g_real_vfs->xSleep(g_real_vfs, us); }
int v_current_time(sqlite3_vfs*, double* t) { return g_real_vfs->xCurrentTime(g_real_vfs, t); }
int v_last_error(sqlite3_vfs*, int n, char* msg) { return g_real_vfs->xGetLastError(g_real_vfs, n, msg); }
int v_current_time64(sqlite3_vfs*, sqlite3_int64* t) { return g_real_vfs->xCurrentTimeInt64(g_real_vfs, t); }

sqlite3_vfs g_fault_vfs;

// ---- allocator shim ---------------------------------------------------------

sqlite3_mem_methods g_real_mem;

void* m_malloc(int n) { return should_fail(true) ? nullptr : g_real_mem.xMalloc(n); }
void m_free(void* p) { g_real_mem.xFree(p); }
void* m_realloc(void* p, int n) { return should_fail(true) ? nullptr : g_real_mem.xRealloc(p, n); }
int m_size(void* p) { return g_real_mem.xSize(p); }
int m_roundup(int n) { return g_real_mem.xRoundup(n); }
int m_init(void* app) { return g_real_mem.xInit(app); }
void m_shutdown(void* app) { g_real_mem.xShutdown(app); }

// Makes the shims the process's default VFS and allocator for its lifetime.
// Faults only fire while armed, so everything else runs normally.
class FaultShims {
public:
    FaultShims() {
        REQUIRE(sqlite3_shutdown() == SQLITE_OK);  // the allocator can only change while shut down
        REQUIRE(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_real_mem) == SQLITE_OK);
        static const sqlite3_mem_methods shim = {m_malloc, m_free,     m_realloc, m_size,
                                                 m_roundup, m_init, m_shutdown, nullptr};
        REQUIRE(sqlite3_config(SQLITE_CONFIG_MALLOC, &shim) == SQLITE_OK);
        REQUIRE(sqlite3_initialize() == SQLITE_OK);
        g_real_vfs = sqlite3_vfs_find(nullptr);
        REQUIRE(g_real_vfs);
        std::memset(&g_fault_vfs, 0, sizeof g_fault_vfs);
        g_fault_vfs.iVersion = 2;
        g_fault_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real_vfs->szOsFile;
        g_fault_vfs.mxPathname = g_real_vfs->mxPathname;
        g_fault_vfs.zName = "kg_fault";
        g_fault_vfs.xOpen = v_open;
        g_fault_vfs.xDelete = v_delete;
        g_fault_vfs.xAccess = v_access;
        g_fault_vfs.xFullPathname = v_full_pathname;
        g_fault_vfs.xDlOpen = v_dl_open;
        g_fault_vfs.xDlError = v_dl_error;
        g_fault_vfs.xDlSym = v_dl_sym;
        g_fault_vfs.xDlClose = v_dl_close;
        g_fault_vfs.xRandomness = v_randomness;
        g_fault_vfs.xSleep = v_sleep;
        g_fault_vfs.xCurrentTime = v_current_time;
        g_fault_vfs.xGetLastError = v_last_error;
        g_fault_vfs.xCurrentTimeInt64 = v_current_time64;
        REQUIRE(sqlite3_vfs_register(&g_fault_vfs, 1) == SQLITE_OK);
    }
    ~FaultShims() {
        g_plan = FaultPlan{};
        sqlite3_vfs_register(g_real_vfs, 1);
        sqlite3_vfs_unregister(&g_fault_vfs);
        sqlite3_shutdown();
        sqlite3_config(SQLITE_CONFIG_MALLOC, &g_real_mem);
        sqlite3_initialize();
    }
    FaultShims(const FaultShims&) = delete;
    FaultShims& operator=(const FaultShims&) = delete;
};

void arm(Fault kind, long n, bool persistent) { g_plan = FaultPlan{true, kind, n, persistent, false}; }

// Returns whether the armed fault fired; disarms.
bool disarm() {
    const bool fired = g_plan.fired;
    g_plan = FaultPlan{};
    return fired;
}

std::string name(Fault f) {
    switch (f) {
        case Fault::IoError: return "I/O error";
        case Fault::DiskFull: return "disk full";
        case Fault::OutOfMemory: return "out of memory";
    }
    return "?";
}

// Document 9 in variants 0 and 1 (different sizes, so a mix would show).
DocumentExtraction version(int v) { return synthetic(9, v); }
std::string hash_of(int v) { return sha256_hex(version(v).document.text); }

int stored_version(Store& st) {
    const std::optional<DocumentExtraction> x = st.load(synthetic_id(9));
    if (!x) return -2;
    for (int v = 0; v < 2; ++v)
        if (describe(*x) == describe(version(v))) return v;
    return -1;  // torn
}

// Replaces document 9 back and forth with a fault at every fail point.
long replace_under_faults(const std::string& path, Fault kind, bool persistent) {
    auto st = open_store(path);
    auto checker = open_store(path);
    REQUIRE(st->put(version(0), hash_of(0)) == PutOutcome::Added);
    st->put(synthetic(3), sha256_hex(synthetic(3).document.text));  // a bystander document
    int current = 0;
    long n = 0;
    for (;; ++n) {
        CAPTURE(n);
        const int target = 1 - current;
        arm(kind, n, persistent);
        bool ok = true;
        try {
            st->put(version(target), hash_of(target));
        } catch (const StoreError& e) {
            ok = false;
            CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
        }
        const bool fired = disarm();
        const int seen = stored_version(*checker);
        CHECK((seen == current || seen == target));  // never torn, never gone
        if (ok) CHECK(seen == target);
        // Resume on the same Store: the retry completes the document.
        PutOutcome again = PutOutcome::Duplicate;
        REQUIRE_NOTHROW(again = st->put(version(target), hash_of(target)));
        CHECK(again == (seen == target ? PutOutcome::Unchanged : PutOutcome::Replaced));
        CHECK(stored_version(*checker) == target);
        current = target;
        if (!fired) break;  // the whole put ran without reaching fail point n
    }
    CHECK(describe(*checker->load(synthetic_id(3))) == describe(synthetic(3)));
    st.reset();
    checker.reset();
    RawDb raw(path, SQLITE_OPEN_READWRITE);
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
    CHECK(raw.rows("PRAGMA foreign_key_check").empty());
    return n;
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("an I/O error or full disk or failed allocation at any point of put leaves the document whole") {
    FaultShims shims;
    for (Fault kind : {Fault::IoError, Fault::DiskFull, Fault::OutOfMemory}) {
        for (bool persistent : {false, true}) {
            CAPTURE(name(kind));
            CAPTURE(persistent);
            TempDir dir;
            const long points = replace_under_faults(dir.file("kg.db"), kind, persistent);
            MESSAGE(name(kind) << std::string(persistent ? " (persistent)" : " (transient)") << ": " << points
                               << " fail points");
            CHECK(points > 3);
        }
    }
}

TEST_CASE("a fault while creating a database leaves a file that opens cleanly afterwards") {
    FaultShims shims;
    for (Fault kind : {Fault::IoError, Fault::OutOfMemory}) {
        CAPTURE(name(kind));
        // Creating a database allocates ~6,000 times; every allocation point
        // costs a new file with several fsyncs, so test every 97th one unless
        // KG_FAULT_EXHAUSTIVE is set (then all of them).
        const long stride = kind == Fault::OutOfMemory && !std::getenv("KG_FAULT_EXHAUSTIVE") ? 97 : 1;
        for (long n = 0;; n += stride) {
            CAPTURE(n);
            TempDir dir;
            const std::string path = dir.file("kg.db");
            arm(kind, n, false);
            bool opened = true;
            try {
                open_store(path);
            } catch (const StoreError& e) {
                opened = false;
                CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
            }
            const bool fired = disarm();
            auto st = open_store(path);
            REQUIRE(st->put(synthetic(0), "h") == PutOutcome::Added);
            st.reset();
            RawDb raw(path);
            CHECK(raw.value("PRAGMA integrity_check") == "ok");
            CHECK(raw.value("PRAGMA user_version") == std::to_string(kg::store::schema_version()));
            if (!fired) {
                CHECK(opened);
                MESSAGE(name(kind) << ": " << n << " fail points while creating");
                break;
            }
        }
    }
}

}  // TEST_SUITE
