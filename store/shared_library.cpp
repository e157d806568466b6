#include "store/shared_library.h"

#include <dlfcn.h>

#include "model/error.h"

namespace kg::store::detail {

SharedLibrary::SharedLibrary(const char* soname, std::string_view what) : soname_(soname) {
    handle_ = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = dlerror();
        throw StoreError("cannot load " + soname_ + " (" + std::string(what) + "): " + (why ? why : "unknown error"));
    }
}

void* SharedLibrary::symbol(const char* name) const {
    dlerror();  // (clears an earlier error: a symbol's address may be null)
    void* found = dlsym(handle_, name);
    if (const char* why = dlerror())
        throw StoreError("cannot find " + std::string(name) + " in " + soname_ + ": " + why);
    return found;
}

}  // namespace kg::store::detail
