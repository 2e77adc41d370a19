// Preflight's pure parts: the ZooKeeper super credentials file of DC/OS Enterprise.
#include "migration/PreflightChecks.h"

#include <QTest>

class TestPreflightChecks : public QObject
{
    Q_OBJECT

private slots:
    void parseSuperCredentials_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("credentials");
        QTest::newRow("bare value") << QByteArray("super:s3cr3t\n") << QByteArray("super:s3cr3t");
        QTest::newRow("env line") << QByteArray("ZK_SUPER_CREDENTIALS=super:s3cr3t\n") << QByteArray("super:s3cr3t");
        QTest::newRow("quoted, comment first") << QByteArray("# written by the installer\nZK_SUPER='super:a=b'\n")
                                               << QByteArray("super:a=b");
        QTest::newRow("password with =") << QByteArray("super:x=y\n") << QByteArray("super:x=y");
        QTest::newRow("empty") << QByteArray("\n") << QByteArray();
        QTest::newRow("no user") << QByteArray("justapassword\n") << QByteArray();
    }

    void parseSuperCredentials()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, credentials);
        QCOMPARE(PreflightChecks::parseSuperCredentials(content), credentials);
    }
};

QTEST_GUILESS_MAIN(TestPreflightChecks)
#include "TestPreflightChecks.moc"
