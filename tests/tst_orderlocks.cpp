// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderLocks: one piece of work per order; the requests that arrive meanwhile wait and run, in
// order, when it is released — and may take the order themselves.
#include "core/delivery/orderlocks.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdWaitRelease()
    {
        OrderLocks locks;
        QVERIFY(locks.isEmpty());
        QVERIFY(!locks.waitIfHeld(u"A"_s, [] { QFAIL("not held: must not wait"); }));
        QVERIFY(locks.tryHold(u"A"_s));
        QVERIFY(!locks.tryHold(u"A"_s)); // one at a time
        QVERIFY(locks.tryHold(u"B"_s)); // other orders are free
        QCOMPARE(locks.heldCount(), 2);

        QStringList ran;
        QVERIFY(locks.waitIfHeld(u"A"_s, [&] { ran << u"first"_s; }));
        QVERIFY(locks.waitIfHeld(u"A"_s, [&] { ran << u"second"_s; }));
        QVERIFY(ran.isEmpty());
        locks.release(u"B"_s);
        QVERIFY(ran.isEmpty()); // B's release wakes nobody waiting for A
        locks.release(u"A"_s);
        QCOMPARE(ran, (QStringList { u"first"_s, u"second"_s }));
        QVERIFY(locks.isEmpty());
    }

    void aWaiterMayTakeTheOrderAndTheNextWaitsAgain()
    {
        OrderLocks locks;
        QVERIFY(locks.tryHold(u"A"_s));
        QStringList ran;
        // The first waiter runs again and finds the order free: it takes it. The second,
        // released in the same call, finds it held again and queues behind the first.
        locks.waitIfHeld(u"A"_s, [&] {
            ran << u"first"_s;
            QVERIFY(locks.tryHold(u"A"_s));
        });
        locks.waitIfHeld(u"A"_s, [&] {
            ran << u"second"_s;
            QVERIFY(locks.waitIfHeld(u"A"_s, [&] { ran << u"second again"_s; }));
        });
        locks.release(u"A"_s);
        QCOMPARE(ran, (QStringList { u"first"_s, u"second"_s }));
        QVERIFY(locks.isHeld(u"A"_s));
        locks.release(u"A"_s);
        QCOMPARE(ran.last(), u"second again"_s);
        QVERIFY(locks.isEmpty());
    }

    void releasingWhatIsNotHeldIsHarmless()
    {
        OrderLocks locks;
        locks.release(u"never"_s);
        QVERIFY(locks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderLocks)
#include "tst_orderlocks.moc"
