// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/config/credentialstore.h"

#include "core/common/logging.h"

#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

struct KeychainEntry
{
    const char *key;
    QString HubOsCredentials::*field;
};

const KeychainEntry kKeychainEntries[] = {
    { "hotel-id", &HubOsCredentials::hotelId },
    { "access-token", &HubOsCredentials::accessToken },
    { "password-token", &HubOsCredentials::passwordToken },
};

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::serviceName()
{
    return u"Hubbridge Hub OS"_s;
}

bool CredentialStore::environmentOverridesAll()
{
    return HubOsCredentials::fromEnvironment().isComplete();
}

void CredentialStore::load(std::function<void(const HubOsCredentials &, const QString &)> done)
{
    const HubOsCredentials env = HubOsCredentials::fromEnvironment();
    if (env.isComplete()) {
        done(env, QString());
        return;
    }
    struct State
    {
        HubOsCredentials result;
        int remaining = 3;
        QString error;
    };
    auto state = std::make_shared<State>();
    state->result = env;
    for (int i = 0; i < 3; ++i) {
        QString HubOsCredentials::*field = kKeychainEntries[i].field;
        auto finish = [state, done] {
            if (--state->remaining == 0)
                done(state->result, state->error);
        };
        if (!(env.*field).isEmpty()) {
            QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
            continue;
        }
        auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
        job->setAutoDelete(true);
        job->setKey(QString::fromLatin1(kKeychainEntries[i].key));
        connect(job, &QKeychain::Job::finished, this, [state, field, finish](QKeychain::Job *j) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (read->error() == QKeychain::NoError)
                state->result.*field = read->textData();
            else if (read->error() != QKeychain::EntryNotFound && state->error.isEmpty())
                state->error = read->errorString();
            finish();
        });
        job->start();
    }
}

void CredentialStore::save(
    const HubOsCredentials &credentials, std::function<void(const QString &)> done)
{
    auto remaining = std::make_shared<int>(3);
    auto error = std::make_shared<QString>();
    for (int i = 0; i < 3; ++i) {
        auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
        job->setAutoDelete(true);
        job->setKey(QString::fromLatin1(kKeychainEntries[i].key));
        job->setTextData(credentials.*(kKeychainEntries[i].field));
        connect(job, &QKeychain::Job::finished, this, [remaining, error, done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && error->isEmpty())
                *error = j->errorString();
            if (--*remaining == 0)
                done(*error);
        });
        job->start();
    }
}

void CredentialStore::clear(std::function<void(const QString &)> done)
{
    auto remaining = std::make_shared<int>(3);
    auto error = std::make_shared<QString>();
    for (const KeychainEntry &entry : kKeychainEntries) {
        auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
        job->setAutoDelete(true);
        job->setKey(QString::fromLatin1(entry.key));
        connect(job, &QKeychain::Job::finished, this, [remaining, error, done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound
                && error->isEmpty())
                *error = j->errorString();
            if (--*remaining == 0)
                done(*error);
        });
        job->start();
    }
}
