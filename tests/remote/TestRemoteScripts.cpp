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
    void atomicWriteReplacesSymlink();
    void atomicWriteRefusesMissingFile();
    void atomicWriteRefusesShortInput_data();
    void atomicWriteRefusesShortInput();
    void backupThenAlready();
    void backupDiffers();
    void checksums();
    void lockCreatedOnceThenHeld();
    void lockTakenOverOnlyWithTheBytesShown();
    void lockRemovedOnlyWhileOurs();

private:
    static QStringList writeArgs(const QString &path, const QByteArray &content);
    int runScript(const QString &script, const QStringList &args, const QByteArray &input, QByteArray *out);
    QString file(const QString &name, const QByteArray &content);
    QByteArray read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRemoteScripts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

// The target, then the size and sha256 of the content the script must receive.
QStringList TestRemoteScripts::writeArgs(const QString &path, const QByteArray &content)
{
    return { path, QString::number(content.size()),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) };
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
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(), writeArgs(path, "new\n"), "new\n", &out), 0);
    QCOMPARE(read(path), QByteArray("new\n"));
    QCOMPARE(RemoteScripts::checksums(out),
             QStringList { QString::fromLatin1(
                 QCryptographicHash::hash("new\n", QCryptographicHash::Sha256).toHex()) });
    QCOMPARE(QFileInfo(path).permissions(), modeBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("exhibitor env") });
}

void TestRemoteScripts::atomicWriteReplacesSymlink()
{
    // DC/OS's env file links into a content-addressed package, which is never written.
    const QString real = file(QStringLiteral("real"), "old\n");
    const QString link = m_dir->filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(real, link));
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(), writeArgs(link, "new\n"), "new\n", nullptr), 0);
    QVERIFY(!QFileInfo(link).isSymLink());
    QCOMPARE(read(link), QByteArray("new\n"));
    QCOMPARE(read(real), QByteArray("old\n"));
}

void TestRemoteScripts::atomicWriteRefusesMissingFile()
{
    QCOMPARE(runScript(RemoteScripts::atomicWriteScript(),
                       writeArgs(m_dir->filePath(QStringLiteral("none")), "x"), "x", nullptr),
             int(RemoteScripts::NotRegularFile));
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::Files | QDir::Hidden));
}

void TestRemoteScripts::atomicWriteRefusesShortInput_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << QByteArray("EXHIBITOR_BACKEND=STA");
    QTest::newRow("same size, other bytes") << QByteArray("EXHIBITOR_BACKEND=STATIK\n");
}

// What a dropped connection looks like to the script: stdin ends early, as an ordinary EOF.
void TestRemoteScripts::atomicWriteRefusesShortInput()
{
    QFETCH(QByteArray, received);
    const QString path = file(QStringLiteral("exhibitor"), "EXHIBITOR_BACKEND=ZK\n");
    const QByteArray sent = "EXHIBITOR_BACKEND=STATIC\n";
    const QStringList argv = RemoteScripts::shArgv(RemoteScripts::atomicWriteScript(), writeArgs(path, sent));
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    process.write(received);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), int(RemoteScripts::ContentMismatch));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("expected " + QByteArray::number(sent.size()) + " bytes"), err.constData());
    QCOMPARE(read(path), QByteArray("EXHIBITOR_BACKEND=ZK\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("exhibitor") });
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

// The run lock file: created with its directory, 0644, the record checked; a second creation is
// refused and shows the lock in the way, which stays as it was.
void TestRemoteScripts::lockCreatedOnceThenHeld()
{
    const QString path = m_dir->filePath(QStringLiteral("run/exhibitor-migration/run.lock"));
    const QByteArray first = "{\"run_id\":\"a\"}\n";
    QByteArray out;
    QCOMPARE(runScript(RemoteScripts::lockCreateScript(), writeArgs(path, first), first, &out), 0);
    QCOMPARE(read(path), first);
    // 0644: any account on the master may read who holds it.
    QCOMPARE(QFileInfo(path).permissions() & 0x0777,
             QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    QCOMPARE(RemoteScripts::checksums(out), QStringList{writeArgs(path, first).at(2)});

    const QByteArray second = "{\"run_id\":\"b\"}\n";
    QCOMPARE(runScript(RemoteScripts::lockCreateScript(), writeArgs(path, second), second, &out),
             int(RemoteScripts::LockHeld));
    QCOMPARE(out, "emw-lock=held\n" + first);
    QCOMPARE(read(path), first);
    // A cut-short record never becomes the lock.
    QFile::remove(path);
    QCOMPARE(runScript(RemoteScripts::lockCreateScript(), writeArgs(path, second), second.left(4), nullptr),
             int(RemoteScripts::ContentMismatch));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestRemoteScripts::lockTakenOverOnlyWithTheBytesShown()
{
    const QString path = file(QStringLiteral("run.lock"), "stale\n");
    const QByteArray ours = "ours\n";
    const QString otherSha = writeArgs(path, "other\n").at(2);
    QByteArray out;
    QCOMPARE(runScript(RemoteScripts::lockCreateScript(), writeArgs(path, ours) << otherSha, ours, &out),
             int(RemoteScripts::LockHeld));
    QCOMPARE(read(path), "stale\n");
    const QString staleSha = writeArgs(path, "stale\n").at(2);
    QCOMPARE(runScript(RemoteScripts::lockCreateScript(), writeArgs(path, ours) << staleSha, ours, &out), 0);
    QCOMPARE(read(path), ours);
}

void TestRemoteScripts::lockRemovedOnlyWhileOurs()
{
    const QString path = file(QStringLiteral("run.lock"), "theirs\n");
    const QString oursSha = writeArgs(path, "ours\n").at(2);
    QByteArray out;
    QCOMPARE(runScript(RemoteScripts::lockRemoveScript(), {path, oursSha}, {}, &out), int(RemoteScripts::LockHeld));
    QCOMPARE(out, "emw-lock=held\ntheirs\n");
    QCOMPARE(read(path), "theirs\n");
    file(QStringLiteral("run.lock"), "ours\n");
    QCOMPARE(runScript(RemoteScripts::lockRemoveScript(), {path, oursSha}, {}, &out), 0);
    QVERIFY(out.contains("emw-lock=removed"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(runScript(RemoteScripts::lockRemoveScript(), {path, oursSha}, {}, &out), 0);
    QVERIFY(out.contains("emw-lock=absent"));
}

QTEST_GUILESS_MAIN(TestRemoteScripts)
#include "TestRemoteScripts.moc"
