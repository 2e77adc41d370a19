#include "discovery/AzureSharedKey.h"

#include <QTest>

// The string to sign, line by line as Microsoft's "Authorize with Shared Key" lays it out; that
// Azurite accepts the resulting signatures is TestAzureSpecReader's part.
class TestAzureSharedKey : public QObject
{
    Q_OBJECT

private:
    static QDateTime time() { return QDateTime(QDate(2026, 12, 7), QTime(9, 45, 21), Qt::UTC); }

private slots:
    void dateIsRfc1123InEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(AzureSharedKey::msDate(time()), QByteArray("Mon, 07 Dec 2026 09:45:21 GMT"));
        QLocale::setDefault(QLocale::c());
    }

    void getOfABlobOnTheEmulatorNamesTheAccountTwice()
    {
        AzureSharedKey::Request request;
        request.path = "/devstoreaccount1/dcos-exhibitor/my-cluster";
        request.msHeaders = AzureSharedKey::headersFor(time());
        QCOMPARE(AzureSharedKey::stringToSign(QStringLiteral("devstoreaccount1"), request),
                 QByteArray("GET\n\n\n\n\n\n\n\n\n\n\n\n"
                            "x-ms-date:Mon, 07 Dec 2026 09:45:21 GMT\n"
                            "x-ms-version:2021-08-06\n"
                            "/devstoreaccount1/devstoreaccount1/dcos-exhibitor/my-cluster"));
    }

    void putWithLengthTypeHeadersAndQuery()
    {
        AzureSharedKey::Request request;
        request.method = "PUT";
        request.path = "/dcos-exhibitor";
        request.query = {{"restype", "container"}, {"Comp", "x"}};
        request.contentLength = 12;
        request.contentType = "text/plain";
        request.msHeaders = {{"X-Ms-Version", "2021-08-06"}, {"x-ms-blob-type", " BlockBlob "}};
        QCOMPARE(AzureSharedKey::stringToSign(QStringLiteral("acct"), request),
                 QByteArray("PUT\n\n\n12\n\ntext/plain\n\n\n\n\n\n\n"
                            "x-ms-blob-type:BlockBlob\n"
                            "x-ms-version:2021-08-06\n"
                            "/acct/dcos-exhibitor\ncomp:x\nrestype:container"));
    }

    void authorizationNamesTheAccountNotTheKey()
    {
        const QString key = QStringLiteral("a2V5LWJ5dGVzLW9mLWEtc3RvcmFnZS1hY2NvdW50LWtleQ==");
        AzureSharedKey::Request request;
        request.path = "/dcos-exhibitor/p";
        request.msHeaders = AzureSharedKey::headersFor(time());
        const QByteArray value = AzureSharedKey::authorization(QStringLiteral("acct"), key, request);
        QVERIFY(value.startsWith("SharedKey acct:"));
        QCOMPARE(QByteArray::fromBase64(value.mid(15)).size(), 32); // an HMAC-SHA256
        QVERIFY(!value.contains(key.toLatin1()));
        QVERIFY(!value.contains(QByteArray::fromBase64(key.toLatin1())));
    }

    void aKeyThatIsNotBase64SignsNothing()
    {
        AzureSharedKey::Request request;
        request.path = "/dcos-exhibitor/p";
        QVERIFY(AzureSharedKey::authorization(QStringLiteral("acct"), QStringLiteral("not base64!"), request).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAzureSharedKey)
#include "TestAzureSharedKey.moc"
