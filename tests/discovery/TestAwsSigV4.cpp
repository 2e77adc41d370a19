#include "discovery/AwsSigV4.h"

#include <QTest>

// The signer against the worked example of the S3 API reference ("Signature Calculations for the
// Authorization Header: Transferring Payload in a Single Chunk", Example: GET Object): its
// canonical request, string to sign and signature are published there. s3rver checks only the key
// ID of a Version 4 request, so this is what proves the signature S3 would compute.
class TestAwsSigV4 : public QObject
{
    Q_OBJECT

private:
    static AwsSigV4::Request example()
    {
        AwsSigV4::Request request;
        request.path = "/test.txt";
        request.host = "examplebucket.s3.amazonaws.com";
        request.headers = {{"range", "bytes=0-9"},
                           {"x-amz-content-sha256", AwsSigV4::emptyPayloadHash()},
                           {"x-amz-date", "20130524T000000Z"}};
        return request;
    }
    static QDateTime exampleTime() { return QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC); }

private slots:
    void canonicalRequestOfTheGetObjectExample()
    {
        QCOMPARE(AwsSigV4::canonicalRequest(example()),
                 QByteArray("GET\n/test.txt\n\n"
                            "host:examplebucket.s3.amazonaws.com\n"
                            "range:bytes=0-9\n"
                            "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                            "x-amz-date:20130524T000000Z\n\n"
                            "host;range;x-amz-content-sha256;x-amz-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void stringToSignOfTheGetObjectExample()
    {
        QCOMPARE(AwsSigV4::stringToSign(example(), exampleTime(), QStringLiteral("us-east-1"), QStringLiteral("s3")),
                 QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    }

    void authorizationOfTheGetObjectExample()
    {
        QCOMPARE(AwsSigV4::authorization(example(), exampleTime(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                         QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                                         QStringLiteral("us-east-1")),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void theSecretIsNotInTheAuthorization()
    {
        const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        const QByteArray value = AwsSigV4::authorization(example(), exampleTime(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                                         secret, QStringLiteral("us-east-1"));
        QVERIFY(!value.contains(secret.toUtf8()));
    }

    void headersForAGet()
    {
        const auto headers = AwsSigV4::headersFor(exampleTime());
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(0).first, QByteArray("x-amz-content-sha256"));
        QCOMPARE(headers.at(1), qMakePair(QByteArray("x-amz-date"), QByteArray("20130524T000000Z")));
        const auto withToken = AwsSigV4::headersFor(exampleTime(), QStringLiteral("token"));
        QCOMPARE(withToken.last(), qMakePair(QByteArray("x-amz-security-token"), QByteArray("token")));
    }

    void pathEncoding()
    {
        QCOMPARE(AwsSigV4::encodePath(QStringLiteral("/my-bucket/a b+c/d~e_f.g")),
                 QByteArray("/my-bucket/a%20b%2Bc/d~e_f.g"));
        QCOMPARE(AwsSigV4::encodePath(QStringLiteral("\u00e9")), QByteArray("%C3%A9"));
    }
};

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "TestAwsSigV4.moc"
