// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/tasktypes.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubosclient.h"
#include "core/service/runtime.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

QString TaskTypes::name(int id)
{
    const QString english = HubOsTaskTypes::name(id);
    if (english.isEmpty())
        return {};
    return QCoreApplication::translate(
        HubOsTaskTypes::kTranslationContext, english.toUtf8().constData());
}

TaskTypeDirectory *TaskTypeDirectory::of(Runtime *control)
{
    if (auto *existing
        = control->findChild<TaskTypeDirectory *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *directory = new TaskTypeDirectory(control);
    // Where orders go, or with which credentials, changed: the list may be another.
    connect(control, &Runtime::settingsApplied, directory, &TaskTypeDirectory::refresh);
    connect(control, &Runtime::credentialsChanged, directory, &TaskTypeDirectory::refresh);
    directory->refresh();
    return directory;
}

TaskTypeDirectory::TaskTypeDirectory(Runtime *control)
    : QObject(control)
    , m_control(control)
{ }

QList<TaskType> TaskTypeDirectory::types() const
{
    QList<TaskType> all = HubOsTaskTypes::catalogue();
    QList<TaskType> more;
    for (const TaskType &type : m_reported) {
        if (HubOsTaskTypes::name(type.id).isEmpty())
            more.append(type);
    }
    std::sort(
        more.begin(), more.end(), [](const TaskType &a, const TaskType &b) { return a.id < b.id; });
    return all + more;
}

bool TaskTypeDirectory::knows(int id) const
{
    if (!HubOsTaskTypes::name(id).isEmpty())
        return true;
    return std::any_of(m_reported.cbegin(), m_reported.cend(),
        [id](const TaskType &type) { return type.id == id; });
}

QString TaskTypeDirectory::displayName(int id) const
{
    const QString catalogue = TaskTypes::name(id);
    if (!catalogue.isEmpty())
        return catalogue;
    for (const TaskType &type : m_reported) {
        if (type.id == id)
            return type.name.isEmpty() ? tr("Task type %1").arg(id) : type.name;
    }
    return {};
}

void TaskTypeDirectory::refresh()
{
    if (m_call)
        m_call->abort();
    if (!m_control->credentialsLoaded() || !m_control->bridge())
        return;
    const QUrl base = m_control->bridge()->hubOsClient()->baseUrl();
    const HubOsCredentials credentials = m_control->effectiveCredentials();
    if (base.isEmpty() || !credentials.isComplete())
        return;
    // A client of its own: this question is not an order, so it leaves Hub OS's health alone.
    auto *client = new HubOsClient(this);
    client->setBaseUrl(base);
    client->setCredentials(credentials);
    DeliveryPolicy policy = m_control->settings()->deliveryPolicy();
    policy.attempts = 1;
    client->setPolicy(policy);
    m_call = client->fetchTaskTypes();
    connect(m_call, &HubOsCall::finished, this, [this, client](const HubOsResult &result) {
        client->deleteLater();
        bool ok = false;
        const QList<TaskType> listed = result.outcome == HubOsResult::Ok
            ? HubOsTaskTypes::fromAnswer(result.body, &ok)
            : QList<TaskType>();
        if (ok)
            setReported(listed);
    });
}

void TaskTypeDirectory::setReported(const QList<TaskType> &types)
{
    if (types == m_reported)
        return;
    m_reported = types;
    Q_EMIT changed();
}
