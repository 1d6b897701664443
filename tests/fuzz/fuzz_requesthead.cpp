// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point: the connection guard's RequestFramer (request line, header fields,
// Content-Length and chunked framing). The first two bytes choose the limits and how the rest
// is cut into reads; the same bytes are then fed whole, and both runs must agree exactly
// (framing may never depend on how TCP split the stream). Seeds: corpus/requesthead.
#include "core/net/requestframer.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    int heads = 0;
    int requests = 0;
    RequestFramer::Error error = RequestFramer::Error::None;
    QList<qint64> bodies;
    QList<QByteArray> targets;
    qsizetype consumed = 0;

    bool operator==(const Outcome &o) const
    {
        return heads == o.heads && requests == o.requests && error == o.error && bodies == o.bodies
            && targets == o.targets && consumed == o.consumed;
    }
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Outcome run(const QByteArray &stream, qint64 maxBody, int maxHead, qsizetype piece)
{
    RequestFramer framer(maxBody, maxHead);
    Outcome out;
    qsizetype pos = 0;
    while (pos < stream.size() && out.error == RequestFramer::Error::None) {
        const qsizetype n = piece > 0 ? std::min(piece, stream.size() - pos) : stream.size() - pos;
        qsizetype off = 0;
        while (off < n) {
            RequestFramer::Step step;
            const qint64 opaque = framer.opaqueBodyRemaining();
            if (opaque > 0 && (pos + off) % 2) // as the guard does, without looking at the bytes
                step = framer.skipBody(n - off);
            else
                step = framer.feed(stream.constData() + pos + off, n - off);
            check(step.consumed >= 0 && step.consumed <= n - off);
            off += step.consumed;
            out.consumed += step.consumed;
            if (step.headDone) {
                ++out.heads;
                const RequestHead &h = framer.head();
                check(!h.method.isEmpty() && !h.target.isEmpty());
                check(h.contentLength <= maxBody || step.error != RequestFramer::Error::None);
                check(!(h.chunked && h.contentLength >= 0));
                out.targets.append(h.target);
                (void)h.path();
            }
            if (step.requestDone) {
                ++out.requests;
                check(framer.bodyBytes() <= maxBody);
                out.bodies.append(framer.bodyBytes());
            }
            check(out.requests <= out.heads);
            if (step.error != RequestFramer::Error::None) {
                out.error = step.error;
                check(framer.error() == step.error);
                break;
            }
            if (step.consumed == 0 && !step.headDone && !step.requestDone)
                std::abort(); // no progress on non-empty input
        }
        pos += n;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] { // logging every odd input only slows the fuzzer down
        QLoggingCategory::setFilterRules(QStringLiteral("hubbridge.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    if (size < 2)
        return 0;
    const qint64 maxBody = 16 << (data[0] % 12); // 16 bytes .. 32 KiB
    const int maxHead = 64 << (data[0] / 12 % 6); // 64 bytes .. 2 KiB
    const qsizetype piece = data[1] % 17; // 0: at once
    const QByteArray stream
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    const Outcome cut = run(stream, maxBody, maxHead, piece);
    const Outcome whole = run(stream, maxBody, maxHead, 0);
    check(cut == whole);
    return 0;
}
