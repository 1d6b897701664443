// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RoomResolver: the order's room, else the room Duve assigned to the reservation; then the
// hotel's room-name mapping; and the note that tells staff what was done.
#include "core/mapping/roomresolver.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomResolver : public QObject
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_reservations { { u"R1"_s, u"204"_s },
        { u"R2"_s, u"Suite 1"_s } };
    const QHash<QString, QString> m_names { { u"Suite 1"_s, u"901"_s }, { u"12"_s, u"012"_s } };
    int m_reservationLookups = 0;

    ResolvedRoom resolve(const QString &room, const QString &reservation)
    {
        return RoomResolver::resolve(
            room, reservation,
            [this](const QString &id) {
                ++m_reservationLookups;
                return m_reservations.value(id);
            },
            [this](const QString &duve) { return m_names.value(duve, duve); });
    }

private Q_SLOTS:
    void init() { m_reservationLookups = 0; }

    void resolve_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("reservation");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("note");
        QTest::newRow("as sent") << u"101"_s << u"R1"_s << u"101"_s << QString();
        QTest::newRow("from the reservation")
            << QString() << u"R1"_s << u"204"_s
            << u"Room 204 taken from the reservation's room assignment."_s;
        QTest::newRow("renamed") << u"12"_s << QString() << u"012"_s
                                 << u"Duve room 12 is Hub OS room 012."_s;
        QTest::newRow("from the reservation, renamed")
            << QString() << u"R2"_s << u"901"_s
            << u"Room Suite 1 taken from the reservation's room assignment. Duve room Suite 1 "
               "is Hub OS room 901."_s;
        QTest::newRow("unknown reservation") << QString() << u"R9"_s << QString() << QString();
        QTest::newRow("nothing at all") << QString() << QString() << QString() << QString();
    }

    void resolve()
    {
        QFETCH(QString, room);
        QFETCH(QString, reservation);
        QFETCH(QString, expected);
        QFETCH(QString, note);
        const ResolvedRoom r = resolve(room, reservation);
        QCOMPARE(r.room, expected);
        QCOMPARE(r.note, note);
    }

    void theReservationIsAskedOnlyWhenTheOrderHasNoRoom()
    {
        resolve(u"101"_s, u"R1"_s);
        QCOMPARE(m_reservationLookups, 0);
        resolve(QString(), u"R1"_s);
        QCOMPARE(m_reservationLookups, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoomResolver)
#include "tst_roomresolver.moc"
