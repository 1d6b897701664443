// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The body budget's accounting alone (the connection guard drives it over real sockets in
// tst_connectionguard): bytes paid as they arrive, windows, the fair share per address, who is
// shed, who waits, and that everything goes back.
#include "core/net/bodybudget.h"

#include <QTest>

namespace {

const QByteArray kA = "a";
const QByteArray kB = "b";
constexpr qint64 kPool = 64 * 1024; // window 4 KiB

} // namespace

class TestBodyBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaringCostsOnlyAWindow()
    {
        BodyBudget b(kPool);
        QCOMPARE(b.window(), 4096);
        // Sixteen requests that declared big bodies and sent nothing: one window each.
        for (BodyBudget::Id id = 1; id <= 16; ++id)
            QCOMPARE(b.grant(id, kA, b.window()), 4096);
        QCOMPARE(b.used(), 16 * 4096);
        QCOMPARE(b.used(), kPool);
        // The pool is taken by windows; a request from another address is within its share, so
        // the biggest request of the address holding the most gives way (the oldest of equals).
        QCOMPARE(b.grant(100, kB, 2000), 0);
        QVERIFY(b.isWaiting(100));
        QCOMPARE(b.victimFor(100, kB, 2000), std::optional<BodyBudget::Id>(1));
        b.dropReceiving(1);
        QCOMPARE(b.grant(100, kB, 2000), 2000);
        QVERIFY(!b.isWaiting(100));
    }

    void bytesArePaidAsTheyArrive()
    {
        BodyBudget b(kPool);
        QCOMPARE(b.grant(1, kA, 4096), 4096);
        b.charge(1, kA, 1000); // out of the window
        QCOMPARE(b.holding(1), 4096);
        QCOMPARE(b.grant(1, kA, 4096), 4096); // topped up
        QCOMPARE(b.holding(1), 5096);
        b.charge(1, kA, 10000); // more than granted (read with the head): charged anyway
        QCOMPARE(b.holding(1), 11000);
        b.finishReceiving(1); // complete: held until answered
        QCOMPARE(b.holding(1), 11000);
        QCOMPARE(b.victimFor(2, kA, 4096), std::nullopt); // complete requests are never shed
        b.release(1);
        QCOMPARE(b.holding(1), 0);
        QCOMPARE(b.used(), 0);
        QCOMPARE(b.usedBy(kA), 0);
    }

    void oneAddressGetsAFairShareWhileAnotherHolds()
    {
        BodyBudget b(kPool);
        QCOMPARE(b.share(kA), kPool);
        b.charge(1, kB, 1000); // B holds a little
        QCOMPARE(b.share(kA), kPool / 2);
        // A takes windows up to its half, then waits although the pool has room.
        qint64 taken = 0;
        for (BodyBudget::Id id = 10; id < 30; ++id) {
            const qint64 w = b.grant(id, kA, 4096);
            b.charge(id, kA, w);
            taken += w;
        }
        QCOMPARE(taken, kPool / 2);
        QCOMPARE(b.usedBy(kA), kPool / 2);
        QCOMPARE(b.grant(30, kA, 4096), 0);
        QVERIFY(b.isWaiting(30));
        QVERIFY(b.used() < b.pool());
        // A request of A is over A's share: it sheds nobody of B, and nobody of A smaller.
        QCOMPARE(b.victimFor(30, kA, 4096), std::nullopt);
        // B leaves: A alone may use the whole pool.
        b.remove(1);
        QCOMPARE(b.share(kA), kPool);
        QCOMPARE(b.grant(30, kA, 4096), 4096);
        QVERIFY(!b.isWaiting(30));
        const QList<BodyBudget::Id> stillWaiting = b.waiting(); // 18..29 have not asked again
        QCOMPARE(stillWaiting.size(), 12);
        QCOMPARE(stillWaiting.first(), BodyBudget::Id(18));
    }

    void theBiggestOfTheSameAddressGivesWayToASmallerOne()
    {
        BodyBudget b(16 * 1024);
        b.charge(1, kA, 12 * 1024); // a slow sender that got far
        b.charge(2, kA, 4 * 1024);
        QCOMPARE(b.grant(3, kA, 2000), 0);
        QCOMPARE(b.victimFor(3, kA, 2000), std::optional<BodyBudget::Id>(1));
        // Never in favour of a bigger one.
        QCOMPARE(b.victimFor(2, kA, 9000), std::nullopt);
        QCOMPARE(b.victimFor(1, kA, 100), std::nullopt);
    }

    void waitingSmallestFirst()
    {
        BodyBudget b(8 * 1024);
        b.charge(1, kA, 8 * 1024);
        b.charge(5, kA, 3000);
        QCOMPARE(b.grant(5, kA, 4096), 0);
        QCOMPARE(b.grant(4, kA, 4096), 0);
        QCOMPARE(b.grant(6, kA, 4096), 0);
        QCOMPARE(b.waiting(), (QList<BodyBudget::Id> { 4, 6, 5 }));
        QVERIFY(b.anyWaiting());
        b.remove(4);
        b.remove(5);
        b.remove(6);
        b.remove(1);
        QCOMPARE(b.used(), 0);
        QCOMPARE(b.waiting(), QList<BodyBudget::Id>());
        QVERIFY(!b.anyWaiting());
        QCOMPARE(b.share(kB), b.pool());
    }
};

QTEST_GUILESS_MAIN(TestBodyBudget)
#include "tst_bodybudget.moc"
