#pragma once
// The functions of libpq that kg calls, loaded with the library the first time a PostgreSQL
// database is opened (store/shared_library.h), private to the store module. Named as in libpq
// without its "PQ": libpq().exec(conn, sql) calls PQexec.

#include <libpq-fe.h>

namespace kg::store::detail {

struct Libpq {
    decltype(&PQclear) clear;
    decltype(&PQcmdTuples) cmdTuples;
    decltype(&PQconnectdb) connectdb;
    decltype(&PQerrorMessage) errorMessage;
    decltype(&PQexec) exec;
    decltype(&PQexecParams) execParams;
    decltype(&PQfinish) finish;
    decltype(&PQfreemem) freemem;
    decltype(&PQgetisnull) getisnull;
    decltype(&PQgetlength) getlength;
    decltype(&PQgetvalue) getvalue;
    decltype(&PQntuples) ntuples;
    decltype(&PQresultErrorField) resultErrorField;
    decltype(&PQresultStatus) resultStatus;
    decltype(&PQsetClientEncoding) setClientEncoding;
    decltype(&PQsetNoticeProcessor) setNoticeProcessor;
    decltype(&PQstatus) status;
    decltype(&PQtransactionStatus) transactionStatus;
    decltype(&PQunescapeBytea) unescapeBytea;
};

// libpq's functions, the library loaded at the first call; throws StoreError when it cannot be
// loaded (and again at the next call).
const Libpq& libpq();

}  // namespace kg::store::detail
