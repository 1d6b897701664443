// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for Credentials (Duve's custom headers, constant-time comparison, redaction) and
// CredentialStore::fromEnvironment.

#include "core/config/credentialstore.h"
#include "core/duve/duvecredentials.h"
#include "core/net/httpheaders.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HttpHeaders withHeader(HttpHeaders headers, const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return headers;
}

HttpHeaders without(const HttpHeaders &headers, const QByteArray &name)
{
    HttpHeaders result;
    for (const auto &h : headers) {
        if (h.first != name)
            result.append(h);
    }
    return result;
}

HttpHeaders replaced(HttpHeaders headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first == name)
            h.second = value;
    }
    return headers;
}

// The detail must never show a value: neither the configured ones nor what was sent.
bool leaksValue(const QString &detail, const QList<QByteArray> &values)
{
    for (const QByteArray &v : values) {
        if (!v.isEmpty() && detail.contains(QString::fromUtf8(v), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<QByteArray> secretsOf(const HubOsCredentials &c)
{
    return { c.hotelId.toUtf8(), c.accessToken.toUtf8(), c.passwordToken.toUtf8() };
}

const char *const kEnvNames[]
    = { "HUBBRIDGE_HOTEL_ID", "HUBBRIDGE_ACCESS_TOKEN", "HUBBRIDGE_PASSWORD_TOKEN" };

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void acceptsBothSpellingsAnyCase_data();
    void acceptsBothSpellingsAnyCase();
    void acceptsAmongOtherHeaders();
    void rejectsMissingHeader_data();
    void rejectsMissingHeader();
    void rejectsWrongValue_data();
    void rejectsWrongValue();
    void rejectsDuplicatedHeader();
    void rejectsEverythingWhenNothingConfigured();
    void rejectsWhenPartlyConfigured();
    void rejectsNoHeaders();
    void constantTimeEquals();
    void secretHeaderNames();
    void redacted();
    void fromEnvironment();

private:
    QList<QByteArray> m_savedEnv;
};

void TestCredentials::initTestCase()
{
    for (const char *name : kEnvNames)
        m_savedEnv.append(qgetenv(name));
}

void TestCredentials::cleanupTestCase()
{
    for (int i = 0; i < 3; ++i) {
        if (m_savedEnv[i].isNull())
            qunsetenv(kEnvNames[i]);
        else
            qputenv(kEnvNames[i], m_savedEnv[i]);
    }
}

void TestCredentials::cleanup()
{
    for (const char *name : kEnvNames)
        qunsetenv(name);
}

void TestCredentials::acceptsBothSpellingsAnyCase_data()
{
    QTest::addColumn<QByteArray>("hotel");
    QTest::addColumn<QByteArray>("access");
    QTest::addColumn<QByteArray>("password");

    QTest::newRow("underscore") << QByteArray("custom_hotel_id")
                                << QByteArray("custom_access_token")
                                << QByteArray("custom_password_token");
    QTest::newRow("hyphen") << QByteArray("custom-hotel-id") << QByteArray("custom-access-token")
                            << QByteArray("custom-password-token");
    QTest::newRow("upper underscore")
        << QByteArray("CUSTOM_HOTEL_ID") << QByteArray("CUSTOM_ACCESS_TOKEN")
        << QByteArray("CUSTOM_PASSWORD_TOKEN");
    QTest::newRow("title hyphen") << QByteArray("Custom-Hotel-Id")
                                  << QByteArray("Custom-Access-Token")
                                  << QByteArray("Custom-Password-Token");
    QTest::newRow("mixed spellings")
        << QByteArray("custom_hotel_id") << QByteArray("Custom-Access-Token")
        << QByteArray("cUsToM_pAsSwOrD-tOkEn");
}

void TestCredentials::acceptsBothSpellingsAnyCase()
{
    QFETCH(QByteArray, hotel);
    QFETCH(QByteArray, access);
    QFETCH(QByteArray, password);
    const HubOsCredentials c = TestSupport::testCredentials();
    const HttpHeaders headers { { hotel, c.hotelId.toUtf8() }, { access, c.accessToken.toUtf8() },
        { password, c.passwordToken.toUtf8() } };
    const CredentialCheck check = DuveCredentials::verifyHeaders(headers, c);
    QVERIFY2(check.ok, qPrintable(check.detail));
    QVERIFY(check.detail.isEmpty());
}

void TestCredentials::acceptsAmongOtherHeaders()
{
    const HubOsCredentials c = TestSupport::testCredentials();
    HttpHeaders headers { { "Host", "bridge.hotel.example" },
        { "Content-Type", "application/json" } };
    headers += TestSupport::duveHeaders(c, true);
    headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("Duve-Webhooks/1.0")));
    QVERIFY(DuveCredentials::verifyHeaders(headers, c).ok);

    // Surrounding whitespace in a value is not part of it.
    HttpHeaders padded = TestSupport::duveHeaders(c);
    padded[0].second = " " + padded[0].second + " ";
    QVERIFY(DuveCredentials::verifyHeaders(padded, c).ok);
}

void TestCredentials::rejectsMissingHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("hotel id") << QByteArray("custom_hotel_id");
    QTest::newRow("access token") << QByteArray("custom_access_token");
    QTest::newRow("password token") << QByteArray("custom_password_token");
}

void TestCredentials::rejectsMissingHeader()
{
    QFETCH(QByteArray, header);
    const HubOsCredentials c = TestSupport::testCredentials();
    for (bool hyphen : { false, true }) {
        const HttpHeaders all = TestSupport::duveHeaders(c, hyphen);
        QByteArray sentName = header;
        if (hyphen)
            sentName.replace('_', '-');
        const CredentialCheck check = DuveCredentials::verifyHeaders(without(all, sentName), c);
        QVERIFY(!check.ok);
        QVERIFY2(check.detail.contains(QString::fromLatin1(header)), qPrintable(check.detail));
        QVERIFY2(check.detail.contains(u"missing"_s), qPrintable(check.detail));
        QVERIFY2(!leaksValue(check.detail, secretsOf(c)), qPrintable(check.detail));
        // Only the missing header is named.
        for (const auto &h : TestSupport::duveHeaders(c)) {
            if (h.first != header)
                QVERIFY2(
                    !check.detail.contains(QString::fromLatin1(h.first)), qPrintable(check.detail));
        }
    }
}

void TestCredentials::rejectsWrongValue_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("hotel id") << QByteArray("custom_hotel_id") << QByteArray("hotel-test-43");
    QTest::newRow("access token prefix")
        << QByteArray("custom_access_token") << QByteArray("access-TEST-7f3a9");
    QTest::newRow("access token longer")
        << QByteArray("custom_access_token") << QByteArray("access-TEST-7f3a9c0");
    QTest::newRow("access token case")
        << QByteArray("custom_access_token") << QByteArray("ACCESS-test-7F3A9C");
    QTest::newRow("password token empty") << QByteArray("custom_password_token") << QByteArray();
    QTest::newRow("password token swapped")
        << QByteArray("custom_password_token") << QByteArray("access-TEST-7f3a9c");
    QTest::newRow("hotel id with nul")
        << QByteArray("custom_hotel_id") << QByteArray("hotel-test-42\0x", 15);
}

void TestCredentials::rejectsWrongValue()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const HubOsCredentials c = TestSupport::testCredentials();
    const CredentialCheck check
        = DuveCredentials::verifyHeaders(replaced(TestSupport::duveHeaders(c), header, value), c);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QString::fromLatin1(header)), qPrintable(check.detail));
    QVERIFY2(!leaksValue(check.detail, secretsOf(c) + QList<QByteArray> { value }),
        qPrintable(check.detail));
}

void TestCredentials::rejectsDuplicatedHeader()
{
    const HubOsCredentials c = TestSupport::testCredentials();
    const QByteArray token = c.accessToken.toUtf8();

    // Same value twice, in both spellings, or in two letter cases: still ambiguous.
    const QList<HttpHeaders> cases {
        withHeader(TestSupport::duveHeaders(c), "custom_access_token", token),
        withHeader(TestSupport::duveHeaders(c), "custom-access-token", token),
        withHeader(TestSupport::duveHeaders(c), "CUSTOM_ACCESS_TOKEN", token),
        withHeader(TestSupport::duveHeaders(c), "custom_access_token", "wrong"),
    };
    for (const HttpHeaders &headers : cases) {
        const CredentialCheck check = DuveCredentials::verifyHeaders(headers, c);
        QVERIFY(!check.ok);
        QVERIFY2(check.detail.contains(u"custom_access_token"_s), qPrintable(check.detail));
        QVERIFY2(check.detail.contains(u"more than once"_s), qPrintable(check.detail));
        QVERIFY2(!check.detail.contains(u"hotel"_s), qPrintable(check.detail));
        QVERIFY2(!leaksValue(check.detail, secretsOf(c) + QList<QByteArray> { "wrong" }),
            qPrintable(check.detail));
    }
}

void TestCredentials::rejectsEverythingWhenNothingConfigured()
{
    const HubOsCredentials none;
    QVERIFY(!none.isComplete());
    const QList<HttpHeaders> cases {
        {},
        TestSupport::duveHeaders(TestSupport::testCredentials()),
        TestSupport::duveHeaders(none), // the three headers, sent empty
        TestSupport::duveHeaders(none, true),
    };
    for (const HttpHeaders &headers : cases) {
        const CredentialCheck check = DuveCredentials::verifyHeaders(headers, none);
        QVERIFY(!check.ok);
        QVERIFY(!check.detail.isEmpty());
        QVERIFY2(!leaksValue(check.detail, secretsOf(TestSupport::testCredentials())),
            qPrintable(check.detail));
        for (const char *name :
            { "custom_hotel_id", "custom_access_token", "custom_password_token" })
            QVERIFY2(check.detail.contains(QString::fromLatin1(name)), qPrintable(check.detail));
    }
    const CredentialCheck emptySent
        = DuveCredentials::verifyHeaders(TestSupport::duveHeaders(none), none);
    QVERIFY2(emptySent.detail.contains(u"not configured"_s), qPrintable(emptySent.detail));
}

void TestCredentials::rejectsWhenPartlyConfigured()
{
    HubOsCredentials partial = TestSupport::testCredentials();
    partial.passwordToken.clear();
    HttpHeaders headers = TestSupport::duveHeaders(partial); // password header present, empty
    const CredentialCheck check = DuveCredentials::verifyHeaders(headers, partial);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(u"custom_password_token"_s), qPrintable(check.detail));
    QVERIFY2(!check.detail.contains(u"custom_hotel_id"_s), qPrintable(check.detail));
    QVERIFY2(!leaksValue(check.detail, secretsOf(partial)), qPrintable(check.detail));
}

void TestCredentials::rejectsNoHeaders()
{
    const HubOsCredentials c = TestSupport::testCredentials();
    const CredentialCheck check = DuveCredentials::verifyHeaders({}, c);
    QVERIFY(!check.ok);
    for (const char *name : { "custom_hotel_id", "custom_access_token", "custom_password_token" })
        QVERIFY2(check.detail.contains(QString::fromLatin1(name)), qPrintable(check.detail));
    QVERIFY(!leaksValue(check.detail, secretsOf(c)));

    // Look-alike names do not count.
    const HttpHeaders lookAlike { { "custom_hotel", c.hotelId.toUtf8() },
        { "x-custom-access-token", c.accessToken.toUtf8() },
        { "custom password token", c.passwordToken.toUtf8() } };
    const CredentialCheck other = DuveCredentials::verifyHeaders(lookAlike, c);
    QVERIFY(!other.ok);
    QVERIFY(!leaksValue(other.detail, secretsOf(c)));
}

void TestCredentials::constantTimeEquals()
{
    using DuveCredentials::constantTimeEquals;
    QVERIFY(constantTimeEquals("", ""));
    QVERIFY(constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(constantTimeEquals(QByteArray(), ""));
    QVERIFY(constantTimeEquals("secret", "secret"));
    QVERIFY(constantTimeEquals(QByteArray("\0\xff\x80", 3), QByteArray("\0\xff\x80", 3)));
    QVERIFY(!constantTimeEquals("secret", "Secret"));
    QVERIFY(!constantTimeEquals("secret", "secreT"));
    QVERIFY(!constantTimeEquals("secret", "secre"));
    QVERIFY(!constantTimeEquals("secre", "secret"));
    QVERIFY(!constantTimeEquals("", "a"));
    QVERIFY(!constantTimeEquals("a", ""));
    QVERIFY(!constantTimeEquals(QByteArray(), "a"));
    // Trailing NULs are not padding: a longer input never equals a shorter one.
    QVERIFY(!constantTimeEquals("abc", QByteArray("abc\0", 4)));
    QVERIFY(!constantTimeEquals(QByteArray("\0", 1), ""));
    QVERIFY(!constantTimeEquals(QByteArray("\0\0", 2), QByteArray("\0", 1)));
    // A length difference that is a multiple of 256 must not cancel out.
    QVERIFY(!constantTimeEquals(QByteArray(256, 'a'), QByteArray(512, 'a')));
    QVERIFY(!constantTimeEquals(QByteArray(256, '\0'), QByteArray()));
    QVERIFY(constantTimeEquals(QByteArray(4096, 'z'), QByteArray(4096, 'z')));
    QByteArray last(4096, 'z');
    last[4095] = 'y';
    QVERIFY(!constantTimeEquals(QByteArray(4096, 'z'), last));
}

void TestCredentials::secretHeaderNames()
{
    using Http::isSecretHeader;
    for (const char *name : { "custom_hotel_id", "custom-hotel-id", "CUSTOM_HOTEL_ID",
             "custom_access_token", "Custom-Access-Token", "custom_password_token",
             "custom-password-token", "Authorization", "authorization", "Proxy-Authorization",
             "Cookie", "X-Hotel-Id", "x_hotel_id", "X-Access-Token", "x-access-token",
             "X-Password-Token", " X-Password-Token " })
        QVERIFY2(isSecretHeader(name), name);
    for (const char *name : { "Content-Type", "Host", "User-Agent", "Accept", "Content-Length",
             "X-Request-Id", "Idempotency-Key", "custom_hotel", "X-Forwarded-For",
             "custom_hotel_ids", "Cookies", "", " " })
        QVERIFY2(!isSecretHeader(name), name);
}

void TestCredentials::redacted()
{
    const HttpHeaders headers {
        { "Host", "bridge.example:8080" },
        { "custom_hotel_id", "hotel-test-42" },
        { "Custom-Access-Token", "access-TEST-7f3a9c" },
        { "CUSTOM-PASSWORD-TOKEN", "password-TEST-b81e44" },
        { "custom-hotel-id", "hotel-test-42" },
        { "Authorization", "Bearer abc.def.ghi" },
        { "Proxy-Authorization", "Basic dXNlcjpwYXNz" },
        { "Cookie", "session=s3cr3t" },
        { "X-Hotel-Id", "hotel-test-42" },
        { "X-Access-Token", "access-TEST-7f3a9c" },
        { "x-password-token", "password-TEST-b81e44" },
        { "Content-Type", "application/json" },
        { "X-Request-Id", "req-123" },
        { "Content-Length", "" },
    };
    const HttpHeaders out = Http::redacted(headers);
    QCOMPARE(out.size(), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QCOMPARE(out[i].first, headers[i].first); // names and order kept
        const bool secret = i >= 1 && i <= 10;
        QCOMPARE(out[i].second, secret ? QByteArray("***") : headers[i].second);
    }
    QCOMPARE(QByteArray(Http::kRedacted), QByteArray("***"));

    // No secret survives anywhere.
    QByteArray all;
    for (const auto &h : out)
        all += h.first + ": " + h.second + "\n";
    for (const char *secret :
        { "hotel-test-42", "access-TEST", "password-TEST", "abc.def", "dXNlcjpwYXNz", "s3cr3t" })
        QVERIFY2(!all.contains(secret), all.constData());

    QVERIFY(Http::redacted({}).isEmpty());
}

void TestCredentials::fromEnvironment()
{
    QVERIFY(qunsetenv("HUBBRIDGE_HOTEL_ID"));
    QVERIFY(qunsetenv("HUBBRIDGE_ACCESS_TOKEN"));
    QVERIFY(qunsetenv("HUBBRIDGE_PASSWORD_TOKEN"));
    HubOsCredentials c = HubOsCredentials::fromEnvironment();
    QVERIFY(c.hotelId.isEmpty());
    QVERIFY(c.accessToken.isEmpty());
    QVERIFY(c.passwordToken.isEmpty());
    QVERIFY(!c.isComplete());
    QVERIFY(!CredentialStore::environmentOverridesAll());

    QVERIFY(qputenv("HUBBRIDGE_HOTEL_ID", "env-hotel-1"));
    c = HubOsCredentials::fromEnvironment();
    QCOMPARE(c.hotelId, u"env-hotel-1"_s);
    QVERIFY(c.accessToken.isEmpty());
    QVERIFY(!CredentialStore::environmentOverridesAll());

    QVERIFY(qputenv("HUBBRIDGE_ACCESS_TOKEN", "env-access-\xc3\xa9"));
    QVERIFY(qputenv("HUBBRIDGE_PASSWORD_TOKEN", "env-password-3"));
    c = HubOsCredentials::fromEnvironment();
    QCOMPARE(c.hotelId, u"env-hotel-1"_s);
    QCOMPARE(c.accessToken, QStringLiteral("env-access-\u00e9"));
    QCOMPARE(c.passwordToken, u"env-password-3"_s);
    QVERIFY(c.isComplete());
    QVERIFY(CredentialStore::environmentOverridesAll());

    // The environment credentials verify Duve's headers like any others.
    QVERIFY(DuveCredentials::verifyHeaders(TestSupport::duveHeaders(c, true), c).ok);

    QVERIFY(qputenv("HUBBRIDGE_PASSWORD_TOKEN", ""));
    QVERIFY(HubOsCredentials::fromEnvironment().passwordToken.isEmpty());
    QVERIFY(!CredentialStore::environmentOverridesAll());
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
