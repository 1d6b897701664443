// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/common/jsonobjectwriter.h"

#include <QString>
#include <algorithm>
#include <utility>

JsonObjectWriter::JsonObjectWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
    m_out.append('{');
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, QStringView value)
{
    appendKey(key);
    appendString(m_out, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, qint64 value)
{
    appendKey(key);
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addJson(QLatin1StringView key, QByteArrayView json)
{
    appendKey(key);
    m_out.append(json);
    return *this;
}

QByteArray JsonObjectWriter::take()
{
    m_out.append('}');
    m_empty = true;
    return std::exchange(m_out, QByteArray(1, '{'));
}

void JsonObjectWriter::appendKey(QLatin1StringView key)
{
    if (!m_empty)
        m_out.append(',');
    m_empty = false;
    const bool plain = std::all_of(key.begin(), key.end(),
        [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
    if (plain) {
        m_out.append('"');
        m_out.append(key.data(), key.size());
        m_out.append('"');
    } else {
        appendString(m_out, QString(key));
    }
    m_out.append(':');
}

void JsonObjectWriter::appendString(QByteArray &out, QStringView value)
{
    // UTF-8 first: the bytes of multi-byte sequences are all >= 0x80, so only ASCII needs a look.
    const QByteArray utf8 = value.toUtf8();
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype plain = 0; // start of the run not appended yet
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out.append('"');
}
