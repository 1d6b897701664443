// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

// A compact JSON object written straight to UTF-8, for the few documents made on every order
// (a Hub OS task body, the request headers in the history). QJsonObject builds a CBOR tree and
// serializes it afterwards, which was a visible share of the time per order; everything else
// keeps using QJsonObject.
//
//   const QByteArray json = JsonObjectWriter().add("room"_L1, room).add("quantity"_L1, 2).take();
//
// Keys (Latin-1) and values are escaped as needed. Adding the same key twice writes it twice:
// callers keep their keys unique.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(qsizetype reserve = 256);

    JsonObjectWriter &add(QLatin1StringView key, QStringView value);
    JsonObjectWriter &add(QLatin1StringView key, qint64 value);
    JsonObjectWriter &add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    // A value that is JSON already (an object or array serialized before).
    JsonObjectWriter &addJson(QLatin1StringView key, QByteArrayView json);

    QByteArray take(); // closes the object; the writer starts a new, empty one

    // A JSON string literal, quotes included, appended to out.
    static void appendString(QByteArray &out, QStringView value);

private:
    void appendKey(QLatin1StringView key);

    QByteArray m_out;
    bool m_empty = true;
};
