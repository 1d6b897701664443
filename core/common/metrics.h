// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Prometheus' text format (version 0.0.4), the few kinds Hubbridge reports: counters with
// labels, gauges and histograms of durations. Each part of Hubbridge owns its own (no global
// registry); the /metrics answer writes them one after the other (Runtime::metricsText).
namespace Metrics {

// "# HELP name help" and "# TYPE name type".
void header(QByteArray &out, const char *name, const char *help, const char *type);
// name{a="x",b="y"} value; label values escaped as the format wants.
void sample(QByteArray &out, const QByteArray &name,
    const QList<std::pair<const char *, QString>> &labels, double value);
void gauge(QByteArray &out, const char *name, const char *help, double value);

// A counter per combination of label values, e.g. requests by outcome and traffic.
class LabelledCounter
{
public:
    explicit LabelledCounter(QList<const char *> labelNames)
        : m_labelNames(std::move(labelNames))
    { }
    void add(const QStringList &labelValues, double by = 1) { m_values[labelValues] += by; }
    double value(const QStringList &labelValues) const { return m_values.value(labelValues); }
    void write(QByteArray &out, const char *name, const char *help) const;

private:
    QList<const char *> m_labelNames;
    QMap<QStringList, double> m_values;
};

// Durations in seconds, in cumulative buckets.
class Histogram
{
public:
    // Upper bounds in seconds, ascending (+Inf is added).
    explicit Histogram(
        QList<double> bounds = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 });
    void observe(double seconds);
    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }
    void write(QByteArray &out, const char *name, const char *help) const;

private:
    QList<double> m_bounds;
    QList<quint64> m_buckets; // per bound, not cumulative
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace Metrics
