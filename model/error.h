#pragma once
// Errors thrown by kg's library code. app/main.cpp is the single catch site.

#include <stdexcept>
#include <string>

namespace kg {

struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// A document, alias file or database that cannot be used as given.
struct InputError : Error {
    using Error::Error;
};
// An output that cannot be written.
struct ExportError : Error {
    using Error::Error;
};
// The knowledge base could not be read or written.
struct StoreError : Error {
    using Error::Error;
};

}  // namespace kg
