#include "remote/RemoteScripts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The file scripts run locally with sh, step by step (the SSH tests run them remotely).
class TestRemoteScripts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void atomicWrite();
    void atomicWriteKeepsSymlink();
    void atomicWriteRefusesMissingFile();
    void backupThenAlready();
    void backupDiffers();
    void checksums();

private:
    int runScript(const QString &script, const QStringList &args, const QByteArray &input, QByteArray *out);
    QString file(const QString &name, const QByteArray &content);
    QByteArray read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRemoteScripts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

int TestRemoteScripts::runScript(const QString &script, const QStringList &args, const QByteArray &input,
                                 QByteArray *out)
{
    const QStringList argv = RemoteScripts::shArgv(script, args);
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished();
    if (out != nullptr)
        *out = process.readAllStandardOutput();
    return process.exitCode();
}

QString TestRemoteScripts::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QByteArray TestRemoteScripts::read(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void TestRemoteScripts::atomicWrite()
{
    const QString path = file(QStringLiteral("exhibitor env"), "old\n");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    const QFileDevice::Permissions modeBefore = QFileInfo(path).permissions();
    QByteArray out;
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(), { path }, "new\n", &out), 0);
    QCOMPARE(read(path), QByteArray("new\n"));
    QCOMPARE(RemoteScripts::checksums(out),
             QStringList { QString::fromLatin1(
                 QCryptographicHash::hash("new\n", QCryptographicHash::Sha256).toHex()) });
    QCOMPARE(QFileInfo(path).permissions(), modeBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("exhibitor env") });
}

void TestRemoteScripts::atomicWriteKeepsSymlink()
{
    const QString real = file(QStringLiteral("real"), "old\n");
    const QString link = m_dir->filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(real, link));
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(), { link }, "new\n", nullptr), 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(read(real), QByteArray("new\n"));
}

void TestRemoteScripts::atomicWriteRefusesMissingFile()
{
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(), { m_dir->filePath(QStringLiteral("none")) }, "x",
                       nullptr),
             int(RemoteScripts::NotRegularFile));
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::Files | QDir::Hidden));
}

void TestRemoteScripts::backupThenAlready()
{
    const QString path = file(QStringLiteral("exhibitor"), "A=1\n");
    QByteArray out;
    QCOMPARE(runScript(RemoteScripts::backupScript(), { path, path + QStringLiteral(".orig") }, {}, &out), 0);
    QVERIFY(out.contains("emw-backup=created"));
    QCOMPARE(RemoteScripts::checksums(out).size(), 2);
    QCOMPARE(read(path + QStringLiteral(".orig")), QByteArray("A=1\n"));
    QCOMPARE(runScript(RemoteScripts::backupScript(), { path, path + QStringLiteral(".orig") }, {}, &out), 0);
    QVERIFY(out.contains("emw-backup=already"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestRemoteScripts::backupDiffers()
{
    const QString path = file(QStringLiteral("exhibitor"), "A=2\n");
    const QString orig = file(QStringLiteral("exhibitor.orig"), "A=1\n");
    QCOMPARE(runScript(RemoteScripts::backupScript(), { path, orig }, {}, nullptr),
             int(RemoteScripts::BackupDiffers));
    QCOMPARE(read(orig), QByteArray("A=1\n"));
}

void TestRemoteScripts::checksums()
{
    const QByteArray sum(64, 'a');
    QCOMPARE(
        RemoteScripts::checksums("emw-backup=created\n" + sum + "  /x\n\\" + sum + "  /with\\nnewline\n"),
        (QStringList { QString::fromLatin1(sum), QString::fromLatin1(sum) }));
    QCOMPARE(RemoteScripts::checksums("garbage\n"), QStringList());
}

QTEST_GUILESS_MAIN(TestRemoteScripts)
#include "TestRemoteScripts.moc"
