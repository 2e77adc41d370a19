// PrivateFile: the local files that may hold secrets (journal, report, the config.yaml written for
// DC/OS) are 0600 in 0700 directories and never written through a symbolic link; MigrationPaths
// keeps a report's directory inside the data directory whatever the run id says.
#include "migration/MigrationPaths.h"
#include "migration/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writePlain(const QString &path, const QByteArray &content, int mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

QStringList allEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022); // a desktop's usual umask: files would be 0644 without PrivateFile
    }

    void writesOwnerOnlyFilesInOwnerOnlyDirectories()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/config.static.yaml"_s);
        QString error;
        QVERIFY2(PrivateFile::write(path, "customer_key: secret\n", &error), qPrintable(error));
        QCOMPARE(read(path), QByteArray("customer_key: secret\n"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir.filePath(u"a"_s)), 0700);
        QCOMPARE(modeOf(dir.filePath(u"a/b"_s)), 0700);
        // Nothing else left beside it (no temp file).
        QCOMPARE(allEntries(dir.filePath(u"a/b"_s)), QStringList{u"config.static.yaml"_s});

        // An existing world-readable file is replaced by a private one.
        const QString old = dir.filePath(u"old.yaml"_s);
        writePlain(old, "old\n", 0644);
        QVERIFY2(PrivateFile::write(old, "new\n", &error), qPrintable(error));
        QCOMPARE(read(old), QByteArray("new\n"));
        QCOMPARE(modeOf(old), 0600);
    }

    void refusesALinkAtTheTarget()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim"_s);
        writePlain(victim, "keep\n", 0644);
        const QString link = dir.filePath(u"report.json"_s);
        QVERIFY(QFile::link(victim, link));

        QString error;
        QVERIFY(!PrivateFile::write(link, "secret\n", &error));
        QVERIFY2(error.contains(u"symbolic link"_s) && error.contains(link), qPrintable(error));
        QCOMPARE(read(victim), QByteArray("keep\n"));
        QCOMPARE(modeOf(victim), 0644);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(allEntries(dir.path()), (QStringList{u"report.json"_s, u"victim"_s}));
    }

    void refusesALinkAtTheDirectory()
    {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkdir(elsewhere));
        const QString linkedDir = dir.filePath(u"reports"_s);
        QVERIFY(QFile::link(elsewhere, linkedDir));

        QString error;
        QVERIFY(!PrivateFile::write(linkedDir + u"/report.json"_s, "secret\n", &error));
        QVERIFY2(error.contains(u"symbolic link"_s) && error.contains(linkedDir), qPrintable(error));
        QVERIFY(allEntries(elsewhere).isEmpty());
        QVERIFY(!PrivateFile::makeDir(linkedDir, &error));
        QVERIFY(error.contains(u"symbolic link"_s));
    }

    // Below the data directory a link is refused at any depth, and loose modes are tightened.
    void dataDirectoryIsKeptPrivate()
    {
        const QString data = MigrationPaths::dataDir();
        QVERIFY(data.contains(u".qttest"_s)); // test mode: never the operator's own
        QDir(data).removeRecursively();
        QVERIFY(QDir().mkpath(data + u"/journals"_s));
        QCOMPARE(::chmod(QFile::encodeName(data).constData(), 0755), 0);
        QCOMPARE(::chmod(QFile::encodeName(data + u"/journals"_s).constData(), 0755), 0);

        QString error;
        const QString journal = data + u"/journals/c-1.json"_s;
        QVERIFY2(PrivateFile::write(journal, "{}", &error), qPrintable(error));
        QCOMPARE(modeOf(data), 0700);
        QCOMPARE(modeOf(data + u"/journals"_s), 0700);
        QCOMPARE(modeOf(journal), 0600);

        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), data + u"/reports"_s));
        QVERIFY(!PrivateFile::write(data + u"/reports/x/report.json"_s, "{}", &error));
        QVERIFY2(error.contains(data + u"/reports"_s), qPrintable(error));
        QVERIFY(allEntries(elsewhere.path()).isEmpty());
        QDir(data).removeRecursively();
    }

    void reportDirStaysInTheDataDirectory_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("name");
        QTest::newRow("a run id") << u"20240101-120000-ab12"_s << u"20240101-120000-ab12-migrate"_s;
        QTest::newRow("no run id") << QString() << u"no-run-migrate"_s;
        QTest::newRow("climbing out") << u"../../x"_s << u"______x-migrate"_s;
        QTest::newRow("absolute") << u"/etc/cron.d/x"_s << u"_etc_cron_d_x-migrate"_s;
        QTest::newRow("a dot") << u"."_s << u"_-migrate"_s;
    }

    void reportDirStaysInTheDataDirectory()
    {
        QFETCH(QString, runId);
        QFETCH(QString, name);
        const QString dir = MigrationPaths::reportDir(runId, u"migrate"_s);
        QCOMPARE(dir, MigrationPaths::dataDir() + u"/reports/"_s + name);
        QCOMPARE(QDir::cleanPath(dir), dir);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "TestPrivateFile.moc"
