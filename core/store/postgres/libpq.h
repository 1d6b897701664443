// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <libpq-fe.h>

// libpq, loaded the first time the PostgreSQL engine connects instead of at every start. With
// what it depends on (OpenSSL, Kerberos, LDAP, GnuTLS, SASL...) it is some twenty libraries:
// 13 ms of the dynamic loader in every `hubbridge` start on this machine, a quarter of
// `serve`'s start-up, for a single hotel whose history is SQLite and never uses them.
//
// Only PgConnection and PgWriter call it, through the pointers below (libpq-fe.h's own
// functions, same names and types): `LibPq::load()` before the first connection, then
// `LibPq::api()`.
#define HUBBRIDGE_LIBPQ_FUNCTIONS(F)                                                               \
    F(PQclear)                                                                                     \
    F(PQcmdTuples)                                                                                 \
    F(PQconnectdbParams)                                                                           \
    F(PQconsumeInput)                                                                              \
    F(PQerrorMessage)                                                                              \
    F(PQexec)                                                                                      \
    F(PQexecParams)                                                                                \
    F(PQexecPrepared)                                                                              \
    F(PQfinish)                                                                                    \
    F(PQfreemem)                                                                                   \
    F(PQftype)                                                                                     \
    F(PQgetisnull)                                                                                 \
    F(PQgetlength)                                                                                 \
    F(PQgetvalue)                                                                                  \
    F(PQnotifies)                                                                                  \
    F(PQntuples)                                                                                   \
    F(PQprepare)                                                                                   \
    F(PQreset)                                                                                     \
    F(PQresultErrorField)                                                                          \
    F(PQresultErrorMessage)                                                                        \
    F(PQresultStatus)                                                                              \
    F(PQsetNoticeProcessor)                                                                        \
    F(PQsocket)                                                                                    \
    F(PQstatus)                                                                                    \
    F(PQunescapeBytea)

struct LibPq
{
#define HUBBRIDGE_LIBPQ_POINTER(name) decltype(&::name) name = nullptr;
    HUBBRIDGE_LIBPQ_FUNCTIONS(HUBBRIDGE_LIBPQ_POINTER)
#undef HUBBRIDGE_LIBPQ_POINTER
    // OpenSSL's, from the copy libpq uses (null if it uses none): frees a thread's state.
    void (*OPENSSL_thread_stop)() = nullptr;

    // Loads libpq.so.5 once, from any thread. Null, with why in `error`, when it cannot be
    // loaded (Debian's package: libpq5).
    static const LibPq *load(QString *error = nullptr);
    // Once load() succeeded; null before.
    static const LibPq *loaded();
    // After load() succeeded, for whoever holds a connection it made.
    static const LibPq &api()
    {
        return *loaded();
    }
};
