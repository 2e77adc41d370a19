#include "SshdFixture.h"
#include "remote/KnownHostsFile.h"

#include <QTemporaryDir>
#include <QTest>

// Finding a host's lines in known_hosts, plain and hashed (hashed by the real ssh-keygen -H).
class TestKnownHostsFile : public QObject
{
    Q_OBJECT

private slots:
    void hostField();
    void plainEntries();
    void patterns();
    void hashedEntries();
    void missingFile();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestKnownHostsFile::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("known_hosts_%1").arg(++m_files));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

void TestKnownHostsFile::hostField()
{
    QCOMPARE(KnownHostsFile::hostField(QStringLiteral("10.0.0.1"), 22), QStringLiteral("10.0.0.1"));
    QCOMPARE(KnownHostsFile::hostField(QStringLiteral("10.0.0.1"), 2222), QStringLiteral("[10.0.0.1]:2222"));
}

void TestKnownHostsFile::plainEntries()
{
    const QString path = write("# comment\n"
                               "10.0.0.1 ssh-ed25519 AAAAC3Nza1\n"
                               "\n"
                               "10.0.0.10,master-10 ecdsa-sha2-nistp256 AAAAE2Vj\n"
                               "[10.0.0.1]:2222 ssh-rsa AAAAB3Nz\n"
                               "@cert-authority *.example ssh-ed25519 AAAAC3Nza2\n"
                               "10.0.0.1 ssh-rsa AAAAB3Nz2\n");
    const auto entries = KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.1"), 22);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).line, 2);
    QCOMPARE(entries.at(0).keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(entries.at(1).line, 7);
    QCOMPARE(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.1"), 2222).value(0).line, 5);
    QCOMPARE(KnownHostsFile::entriesFor(path, QStringLiteral("master-10"), 22).value(0).line, 4);
    QVERIFY(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.100"), 22).isEmpty());
}

void TestKnownHostsFile::patterns()
{
    QVERIFY(KnownHostsFile::hostFieldMatches(QStringLiteral("10.0.0.*"), QStringLiteral("10.0.0.7"), 22));
    QVERIFY(KnownHostsFile::hostFieldMatches(QStringLiteral("10.0.0.?"), QStringLiteral("10.0.0.7"), 22));
    QVERIFY(!KnownHostsFile::hostFieldMatches(QStringLiteral("10.0.0.?"), QStringLiteral("10.0.0.77"), 22));
    QVERIFY(!KnownHostsFile::hostFieldMatches(QStringLiteral("10.0.0.*,!10.0.0.7"),
                                              QStringLiteral("10.0.0.7"), 22));
    QVERIFY(KnownHostsFile::hostFieldMatches(QStringLiteral("MASTER-1"), QStringLiteral("master-1"), 22));
    QVERIFY(!KnownHostsFile::hostFieldMatches(QStringLiteral("10.0.0.7"), QStringLiteral("10.0.0.7"), 2222));
}

void TestKnownHostsFile::hashedEntries()
{
    const QString path = write("10.0.0.1 ssh-ed25519 AAAAC3Nza1\n"
                               "[10.0.0.2]:2222 ssh-ed25519 AAAAC3Nza2\n");
    int code = -1;
    SshdFixture::run(QStringLiteral("ssh-keygen"), { QStringLiteral("-H"), QStringLiteral("-f"), path },
                     &code);
    QCOMPARE(code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("10.0.0"));

    const auto first = KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.1"), 22);
    QCOMPARE(first.size(), 1);
    QVERIFY(first.at(0).hashed);
    QCOMPARE(first.at(0).line, 1);
    QCOMPARE(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.2"), 2222).value(0).line, 2);
    QVERIFY(KnownHostsFile::entriesFor(path, QStringLiteral("10.0.0.2"), 22).isEmpty());
}

void TestKnownHostsFile::missingFile()
{
    QVERIFY(KnownHostsFile::entriesFor(m_dir.filePath(QStringLiteral("none")), QStringLiteral("h"), 22)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestKnownHostsFile)
#include "TestKnownHostsFile.moc"
