#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The three values Hub OS hands a hotel. Duve sends them back in its custom headers, and the
// bridge sends them to Hub OS. They live in the OS keychain or the environment, never on disk.
struct HubOsCredentials
{
    QString hotelId;
    QString accessToken;
    QString passwordToken;

    bool isComplete() const
    {
        return !hotelId.isEmpty() && !accessToken.isEmpty() && !passwordToken.isEmpty();
    }
};

// Result of comparing Duve's custom headers against the configured credentials.
struct CredentialCheck
{
    bool ok = false;
    QString detail; // for staff: which header was missing or wrong, never a value
};

namespace Credentials {

// Compares the custom_hotel_id / custom_access_token / custom_password_token headers (any case,
// underscore or hyphen spelling) with `expected`, in time independent of where they differ.
CredentialCheck verifyHeaders(const HttpHeaders &headers, const HubOsCredentials &expected);

// Byte comparison whose duration depends only on the lengths, not on the contents.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// True for header names whose values are secrets (Duve's custom credential headers in both
// spellings, Hub OS credential headers, Authorization, Cookie).
bool isSecretHeader(const QByteArray &name);

// The headers with every secret value replaced by "***".
HttpHeaders redacted(const HttpHeaders &headers);

inline constexpr char kRedacted[] = "***";

} // namespace Credentials

// Reads and writes the Hub OS credentials in the OS keychain (QtKeychain). The environment
// variables HUBBRIDGE_HOTEL_ID, HUBBRIDGE_ACCESS_TOKEN and HUBBRIDGE_PASSWORD_TOKEN override the
// keychain value by value (for servers and tests).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static HubOsCredentials fromEnvironment();
    static bool environmentOverridesAll();

    // Asynchronous; `done` runs in this object's thread. `error` is empty on success and says
    // plainly what went wrong otherwise (e.g. no keychain service on this machine).
    void load(std::function<void(const HubOsCredentials &, const QString &error)> done);
    void save(const HubOsCredentials &credentials, std::function<void(const QString &error)> done);
    void clear(std::function<void(const QString &error)> done);

    static QString serviceName();
};
