// The local run lock as operators meet it: a second exhibitor-migrate migrate of a cluster while
// the first waits at its question before the backup is refused before it reads or writes the
// journal, naming the first run, and status tells the running run from an interrupted one. On
// the simulated cluster run-controls (127.0.63.x).
#include "SimCluster.h"

#include "migration/MigrationJournal.h"
#include "migration/RunLock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate");
constexpr int kRunTimeout = 300000;

QProcessEnvironment cEnvironment()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cEnvironment());
    process.start(kBinary, arguments);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(kRunTimeout) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRunLockCommand : public QObject
{
    Q_OBJECT

private slots:
    void secondRunRefusedWhileTheFirstAsks();
};

void TestRunLockCommand::secondRunRefusedWhileTheFirstAsks()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("run-controls"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.json"));
    const SshTarget target = sim.targets().first();
    const QStringList common{QStringLiteral("--config"),      sim.configYaml(),
                             QStringLiteral("--user"),        target.user,
                             QStringLiteral("--port"),        QString::number(target.port),
                             QStringLiteral("--identity"),    target.keyFile,
                             QStringLiteral("--known-hosts"), target.knownHostsPath,
                             QStringLiteral("--journal"),     journalPath};

    // 1. The first run passes preflight and asks before the backup (its stdin stays open).
    QProcess first;
    first.setProcessEnvironment(cEnvironment());
    QByteArray pending;
    bool asking = false;
    QString runId;
    connect(&first, &QProcess::readyReadStandardOutput, &first, [&] {
        pending += first.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("confirm"))
                asking = true;
        }
    });
    QSignalSpy finished(&first, &QProcess::finished);
    const auto stopFirst = qScopeGuard([&first] {
        if (first.state() != QProcess::NotRunning) {
            first.kill();
            first.waitForFinished();
        }
    });
    first.start(kBinary, QStringList{QStringLiteral("migrate")} + common +
                             QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QTRY_VERIFY_WITH_TIMEOUT(asking || !finished.isEmpty(), kRunTimeout);
    QVERIFY2(asking, first.readAllStandardError().constData());
    const auto journal = MigrationJournal::load(journalPath);
    QVERIFY(journal);
    runId = journal->runId;
    const QByteArray journalBytes = fileContent(journalPath);

    // 2. A second migrate of the cluster: refused, naming the first, before it touches anything.
    const Result second = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--yes")} + common);
    QVERIFY2(second.out.isEmpty(), qPrintable(second.out));
    QCOMPARE(second.exitCode, 1);
    const QString refusal = QStringLiteral("Another run of this cluster holds %1: run %2 of ")
                                .arg(RunLock::pathFor(journalPath), runId);
    QVERIFY2(second.err.contains(refusal), qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("(process %1) since ").arg(first.processId())), qPrintable(second.err));
    QVERIFY2(!second.err.contains(QLatin1String("connected")), qPrintable(second.err));
    QCOMPARE(fileContent(journalPath), journalBytes);

    // 3. status (read-only, no lock) says the run is running now, and whose it is.
    const Result running = run(QStringList{QStringLiteral("status")} + common);
    QVERIFY2(running.out.contains(QStringLiteral("Journal %1: run %2, running now: run %2 of ").arg(journalPath, runId)),
             qPrintable(running.out + running.err));

    // 4. The first run is told no: it ends, and its lock with it.
    first.write("n\n");
    QVERIFY(finished.wait(kRunTimeout));
    QVERIFY(!RunLock::holder(journalPath));
    QCOMPARE(sim.envFiles(), before);
}

QTEST_GUILESS_MAIN(TestRunLockCommand)
#include "TestRunLockCommand.moc"
