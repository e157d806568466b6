#include "store/libpq.h"

#include "store/shared_library.h"

namespace kg::store::detail {

const Libpq& libpq() {
    static const Libpq functions = [] {
        static const SharedLibrary lib(KG_LIBPQ_SONAME, "PostgreSQL's client library, for a postgresql:// database");
        Libpq f;
#define KG_LIBPQ_FUNCTION(name) f.name = lib.function<decltype(&PQ##name)>("PQ" #name)
        KG_LIBPQ_FUNCTION(clear);
        KG_LIBPQ_FUNCTION(cmdTuples);
        KG_LIBPQ_FUNCTION(connectdb);
        KG_LIBPQ_FUNCTION(errorMessage);
        KG_LIBPQ_FUNCTION(exec);
        KG_LIBPQ_FUNCTION(execParams);
        KG_LIBPQ_FUNCTION(finish);
        KG_LIBPQ_FUNCTION(freemem);
        KG_LIBPQ_FUNCTION(getisnull);
        KG_LIBPQ_FUNCTION(getlength);
        KG_LIBPQ_FUNCTION(getvalue);
        KG_LIBPQ_FUNCTION(ntuples);
        KG_LIBPQ_FUNCTION(resultErrorField);
        KG_LIBPQ_FUNCTION(resultStatus);
        KG_LIBPQ_FUNCTION(setClientEncoding);
        KG_LIBPQ_FUNCTION(setNoticeProcessor);
        KG_LIBPQ_FUNCTION(status);
        KG_LIBPQ_FUNCTION(transactionStatus);
        KG_LIBPQ_FUNCTION(unescapeBytea);
#undef KG_LIBPQ_FUNCTION
        return f;
    }();
    return functions;
}

}  // namespace kg::store::detail
