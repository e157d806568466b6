#pragma once
// A shared library opened when it is first needed (dlopen), not when kg starts. kg loads libpq
// and libcrypto so: linked, they and the twenty libraries libpq brings with it (Kerberos, LDAP,
// GnuTLS...) were loaded and relocated by every command, about 14 million instructions at each
// start of `kg extract`, which opens no PostgreSQL database and hashes no document.
//
//   static const SharedLibrary lib(KG_LIBPQ_SONAME, "PostgreSQL's client library");
//   auto connect = lib.function<decltype(&PQconnectdb)>("PQconnectdb");

#include <string>
#include <string_view>

namespace kg::store::detail {

class SharedLibrary {
public:
    // Opens `soname` (never closed); throws StoreError naming it and `what` when it cannot.
    SharedLibrary(const char* soname, std::string_view what);
    // The library's function `name` as a pointer of type F; throws StoreError when it has none.
    template <typename F>
    F function(const char* name) const {
        return reinterpret_cast<F>(symbol(name));
    }

private:
    void* symbol(const char* name) const;
    std::string soname_;
    void* handle_ = nullptr;
};

}  // namespace kg::store::detail
