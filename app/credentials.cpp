#include "credentials.h"

#include "logging.h"

#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Whether a header name is `normalized` (lower case, '_' for '-'), ignoring case, the choice
// between '-' and '_', and surrounding blanks. Runs for every header of every request: no copies.
bool isNamed(QByteArrayView name, const char *normalized)
{
    name = name.trimmed();
    qsizetype i = 0;
    for (; i < name.size() && normalized[i] != '\0'; ++i) {
        char c = name[i];
        c = c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        if (c != normalized[i])
            return false;
    }
    return i == name.size() && normalized[i] == '\0';
}

struct CredentialHeader
{
    const char *name; // normalized spelling
    QString HubOsCredentials::*field;
};

const CredentialHeader kHeaders[] = {
    { "custom_hotel_id", &HubOsCredentials::hotelId },
    { "custom_access_token", &HubOsCredentials::accessToken },
    { "custom_password_token", &HubOsCredentials::passwordToken },
};

const char *const kKeychainKeys[] = { "hotel-id", "access-token", "password-token" };

} // namespace

bool Credentials::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Walk the longer input completely; the result folds in the length difference.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

CredentialCheck Credentials::verifyHeaders(
    const HttpHeaders &headers, const HubOsCredentials &expected)
{
    CredentialCheck check;
    check.ok = true;
    QStringList problems;
    for (const CredentialHeader &h : kHeaders) {
        QList<QByteArray> values;
        for (const auto &header : headers) {
            if (isNamed(header.first, h.name))
                values.append(header.second.trimmed());
        }
        const QByteArray want = (expected.*(h.field)).toUtf8();
        bool matches = values.size() == 1;
        // Always compare, even when the header is missing, so the timing says nothing.
        const bool equal = constantTimeEquals(values.value(0), want);
        matches = matches && equal && !want.isEmpty();
        if (!matches) {
            check.ok = false;
            const QString name = QString::fromLatin1(h.name);
            if (values.isEmpty())
                problems.append(name + u" missing"_s);
            else if (values.size() > 1)
                problems.append(name + u" sent more than once"_s);
            else if (want.isEmpty())
                problems.append(name + u" not configured in Hubbridge"_s);
            else
                problems.append(name + u" does not match"_s);
        }
    }
    check.detail = problems.join(u"; "_s);
    return check;
}

bool Credentials::isSecretHeader(const QByteArray &name)
{
    for (const CredentialHeader &h : kHeaders) {
        if (isNamed(name, h.name))
            return true;
    }
    for (const char *other : { "authorization", "proxy_authorization", "cookie", "x_hotel_id",
             "x_access_token", "x_password_token" }) {
        if (isNamed(name, other))
            return true;
    }
    return false;
}

HttpHeaders Credentials::redacted(const HttpHeaders &headers)
{
    HttpHeaders result;
    result.reserve(headers.size());
    for (const auto &header : headers) {
        result.append(
            { header.first, isSecretHeader(header.first) ? QByteArray(kRedacted) : header.second });
    }
    return result;
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::serviceName()
{
    return u"Hubbridge Hub OS"_s;
}

HubOsCredentials CredentialStore::fromEnvironment()
{
    HubOsCredentials c;
    c.hotelId = qEnvironmentVariable("HUBBRIDGE_HOTEL_ID");
    c.accessToken = qEnvironmentVariable("HUBBRIDGE_ACCESS_TOKEN");
    c.passwordToken = qEnvironmentVariable("HUBBRIDGE_PASSWORD_TOKEN");
    return c;
}

bool CredentialStore::environmentOverridesAll()
{
    return fromEnvironment().isComplete();
}

void CredentialStore::load(std::function<void(const HubOsCredentials &, const QString &)> done)
{
    const HubOsCredentials env = fromEnvironment();
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
        QString HubOsCredentials::*field = kHeaders[i].field;
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
        job->setKey(QString::fromLatin1(kKeychainKeys[i]));
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
        job->setKey(QString::fromLatin1(kKeychainKeys[i]));
        job->setTextData(credentials.*(kHeaders[i].field));
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
    for (const char *key : kKeychainKeys) {
        auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
        job->setAutoDelete(true);
        job->setKey(QString::fromLatin1(key));
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
