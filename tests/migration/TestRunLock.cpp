// RunLock: the local run lock next to a cluster's journal: one holder at a time, the refusal
// names who holds it and since when, and a lock whose process ended is free again.
#include "migration/RunLock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestRunLock : public QObject
{
    Q_OBJECT

private slots:
    void recordRoundTrip();
    void recordRejectsOthers_data();
    void recordRejectsOthers();
    void describeNamesHolderAndTime();
    void secondRunIsRefusedWithTheHolder();
    void freeAgainWhenItsProcessEnds();
    void symbolicLinkRefused();
};

void TestRunLock::recordRoundTrip()
{
    RunLock::Holder holder;
    holder.runId = QStringLiteral("20261207-074801-ab12");
    holder.pid = 4711;
    holder.user = QStringLiteral("alice");
    holder.host = QStringLiteral("ws1");
    holder.since = QDateTime(QDate(2026, 12, 7), QTime(7, 48, 1), Qt::UTC);
    const auto parsed = RunLock::Holder::fromRecord(holder.toRecord());
    QVERIFY(parsed);
    QCOMPARE(parsed->runId, holder.runId);
    QCOMPARE(parsed->pid, 4711);
    QCOMPARE(parsed->user, holder.user);
    QCOMPARE(parsed->host, holder.host);
    QCOMPARE(parsed->since, holder.since);
}

void TestRunLock::recordRejectsOthers_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("empty (holder still starting)") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("4711\nws1\nexhibitor-migrate\n");
    QTest::newRow("no pid") << QByteArray(R"({"user":"a","host":"h","since":"2026-12-07T07:48:01Z"})");
    QTest::newRow("no time") << QByteArray(R"({"pid":1,"user":"a","host":"h"})");
}

void TestRunLock::recordRejectsOthers()
{
    QFETCH(QByteArray, record);
    QVERIFY(!RunLock::Holder::fromRecord(record));
}

void TestRunLock::describeNamesHolderAndTime()
{
    RunLock::Holder holder;
    holder.runId = QStringLiteral("20261207-074801-ab12");
    holder.pid = 4711;
    holder.user = QStringLiteral("alice");
    holder.host = QStringLiteral("ws1");
    holder.since = QDateTime(QDate(2026, 12, 7), QTime(7, 48, 1), Qt::UTC);
    QCOMPARE(holder.describe(), QStringLiteral("run 20261207-074801-ab12 of alice on ws1 (process 4711) since "
                                               "2026-12-07 07:48:01 UTC"));
    QCOMPARE(RunLock::refusal(QStringLiteral("/d/c.json.lock"), holder),
             QStringLiteral("Another run of this cluster holds /d/c.json.lock: run 20261207-074801-ab12 of alice on "
                            "ws1 (process 4711) since 2026-12-07 07:48:01 UTC. Wait for it to end, or stop it there."));
    holder.runId.clear();
    QCOMPARE(holder.describe(), QStringLiteral("alice on ws1 (process 4711) since 2026-12-07 07:48:01 UTC"));
}

void TestRunLock::secondRunIsRefusedWithTheHolder()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journals/c.json"));
    QVERIFY(!RunLock::holder(journal));

    RunLock first;
    QString error;
    QVERIFY2(first.acquire(journal, &error), qPrintable(error));
    first.setRunId(QStringLiteral("20261207-074801-ab12"));
    QCOMPARE(QFile::permissions(RunLock::pathFor(journal)),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    const auto holder = RunLock::holder(journal);
    QVERIFY(holder);
    QCOMPARE(holder->runId, QStringLiteral("20261207-074801-ab12"));
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    RunLock second;
    QVERIFY(!second.acquire(journal, &error));
    QVERIFY(!second.isHeld());
    QVERIFY2(error.startsWith(QStringLiteral("Another run of this cluster holds %1: run 20261207-074801-ab12 of ")
                                  .arg(RunLock::pathFor(journal))),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(process %1) since ").arg(QCoreApplication::applicationPid())),
             qPrintable(error));

    first.release();
    QVERIFY(!RunLock::holder(journal));
    QVERIFY2(second.acquire(journal, &error), qPrintable(error));
}

void TestRunLock::freeAgainWhenItsProcessEnds()
{
    // Another process holds the lock (util-linux flock(1) takes the same flock(2) lock; -o: only
    // it, not the command it waits for) and is killed without releasing it, as a crashed run.
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("c.json"));
    QProcess holderProcess;
    holderProcess.start(QStringLiteral("flock"), {QStringLiteral("-n"), QStringLiteral("-o"),
                                                  RunLock::pathFor(journal), QStringLiteral("cat")});
    QVERIFY(holderProcess.waitForStarted());
    QTRY_VERIFY(RunLock::holder(journal).has_value());

    RunLock lock;
    QString error;
    QVERIFY(!lock.acquire(journal, &error));
    QCOMPARE(error, QStringLiteral("Another run of this cluster holds %1 (it is starting). Wait for it to end, or stop "
                                   "it.")
                        .arg(RunLock::pathFor(journal)));

    holderProcess.kill();
    QVERIFY(holderProcess.waitForFinished());
    holderProcess.closeWriteChannel(); // cat, its command, ends too
    QVERIFY(!RunLock::holder(journal));
    QVERIFY2(lock.acquire(journal, &error), qPrintable(error));
}

void TestRunLock::symbolicLinkRefused()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("c.json"));
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QFile::link(elsewhere, RunLock::pathFor(journal)));
    RunLock lock;
    QString error;
    QVERIFY(!lock.acquire(journal, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot open the run lock %1: ").arg(RunLock::pathFor(journal))),
             qPrintable(error));
    QVERIFY(!QFile::exists(elsewhere));
}

QTEST_GUILESS_MAIN(TestRunLock)
#include "TestRunLock.moc"
