// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/common/metrics.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (std::isnan(value))
        return "NaN";
    return QByteArray::number(value, 'g', 15);
}

QByteArray escaped(const QString &labelValue)
{
    QByteArray out;
    for (const char c : labelValue.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace

void Metrics::header(QByteArray &out, const char *name, const char *help, const char *type)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void Metrics::sample(QByteArray &out, const QByteArray &name,
    const QList<std::pair<const char *, QString>> &labels, double value)
{
    out += name;
    if (!labels.isEmpty()) {
        out += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                out += ',';
            out += labels[i].first;
            out += "=\"";
            out += escaped(labels[i].second);
            out += '"';
        }
        out += '}';
    }
    out += ' ';
    out += number(value);
    out += '\n';
}

void Metrics::gauge(QByteArray &out, const char *name, const char *help, double value)
{
    header(out, name, help, "gauge");
    sample(out, name, {}, value);
}

void Metrics::LabelledCounter::write(QByteArray &out, const char *name, const char *help) const
{
    header(out, name, help, "counter");
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QList<std::pair<const char *, QString>> labels;
        // An empty value is no label at all (as Prometheus reads it): a single hotel's series
        // have no hotel="".
        for (qsizetype i = 0; i < m_labelNames.size(); ++i) {
            if (!it.key().value(i).isEmpty())
                labels.append({ m_labelNames[i], it.key().value(i) });
        }
        sample(out, name, labels, it.value());
    }
}

Metrics::Histogram::Histogram(QList<double> bounds)
    : m_bounds(std::move(bounds))
    , m_buckets(m_bounds.size(), 0)
{ }

void Metrics::Histogram::observe(double seconds)
{
    ++m_count;
    m_sum += seconds;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        if (seconds <= m_bounds[i]) {
            ++m_buckets[i];
            return;
        }
    }
}

void Metrics::Histogram::write(QByteArray &out, const char *name, const char *help) const
{
    header(out, name, help, "histogram");
    const QByteArray bucket = QByteArray(name) + "_bucket";
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_buckets[i];
        sample(out, bucket, { { "le", QString::fromLatin1(number(m_bounds[i])) } },
            double(cumulative));
    }
    sample(out, bucket, { { "le", u"+Inf"_s } }, double(m_count));
    sample(out, QByteArray(name) + "_sum", {}, m_sum);
    sample(out, QByteArray(name) + "_count", {}, double(m_count));
}
