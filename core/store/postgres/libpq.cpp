// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/libpq.h"

#include <QLibrary>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

std::atomic<const LibPq *> g_loaded { nullptr };

} // namespace

const LibPq *LibPq::load(QString *error)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (const LibPq *pq = g_loaded.load())
        return pq;
    static LibPq pq;
    QLibrary library(u"pq"_s, 5); // stays loaded: QLibrary unloads only when asked to
    bool complete = library.load();
    QString failure = complete ? QString() : library.errorString();
#define HUBBRIDGE_LIBPQ_RESOLVE(name)                                                              \
    if (complete) {                                                                                \
        pq.name = reinterpret_cast<decltype(pq.name)>(library.resolve(#name));                     \
        if (!pq.name) {                                                                            \
            complete = false;                                                                      \
            failure = u"it has no " #name ": "_s + library.errorString();                          \
        }                                                                                          \
    }
    HUBBRIDGE_LIBPQ_FUNCTIONS(HUBBRIDGE_LIBPQ_RESOLVE)
#undef HUBBRIDGE_LIBPQ_RESOLVE
    if (!complete) {
        if (error)
            *error = u"PostgreSQL's client library (libpq.so.5, Debian's package libpq5) cannot be "
                     "loaded: "_s
                + failure;
        return nullptr;
    }
    // dlsym on libpq's handle also looks in what it depends on.
    pq.OPENSSL_thread_stop = reinterpret_cast<void (*)()>(library.resolve("OPENSSL_thread_stop"));
    g_loaded.store(&pq);
    return &pq;
}

const LibPq *LibPq::loaded()
{
    return g_loaded.load();
}
