#include <openssl/evp.h>

#include <string>

#include "model/error.h"
#include "store/shared_library.h"
#include "store/store.h"

namespace kg::store {
namespace {

// OpenSSL's digest functions, libcrypto loaded at the first hash (store/shared_library.h).
struct Libcrypto {
    decltype(&EVP_Digest) digest;
    decltype(&EVP_sha256) sha256;
};

const Libcrypto& libcrypto() {
    static const Libcrypto functions = [] {
        static const detail::SharedLibrary lib(KG_LIBCRYPTO_SONAME, "OpenSSL's libcrypto, for SHA-256");
        return Libcrypto{lib.function<decltype(&EVP_Digest)>("EVP_Digest"),
                         lib.function<decltype(&EVP_sha256)>("EVP_sha256")};
    }();
    return functions;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    const Libcrypto& crypto = libcrypto();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (crypto.digest(bytes.data(), bytes.size(), digest, &size, crypto.sha256(), nullptr) != 1 || size != 32)
        throw StoreError("sha256: OpenSSL EVP_Digest failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * size);
    for (unsigned int i = 0; i < size; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0f];
    }
    return out;
}

}  // namespace kg::store
