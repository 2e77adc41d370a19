// MigrationJournal: JSON round trip, atomic save and load, the questions resume and rollback ask.
#include "migration/MigrationJournal.h"
#include "migration/RunLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

class TestMigrationJournal : public QObject
{
    Q_OBJECT

private:
    static MigrationJournal sample()
    {
        MigrationJournal journal;
        journal.runId = QStringLiteral("20240101-120000-ab");
        journal.clusterName = QStringLiteral("demo");
        journal.configFile = QStringLiteral("/tmp/config.yaml");
        journal.configSha256 = QStringLiteral("c0ffee");
        journal.masters = {QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.9")};
        journal.currentIds = {{QStringLiteral("10.0.0.10"), 7}, {QStringLiteral("10.0.0.9"), 2}};
        journal.phaseA = QStringLiteral("7:10.0.0.10,2:10.0.0.9");
        journal.phaseB = QStringLiteral("1:10.0.0.10,2:10.0.0.9");
        journal.phaseBNeeded = true;
        journal.originalSha256 = {{QStringLiteral("10.0.0.10"), QStringLiteral("aa")}};
        journal.backupSha256 = {{QStringLiteral("10.0.0.10"), QStringLiteral("aa")}};
        journal.state = MigrationJournal::State::Running;
        journal.created = QDateTime::fromString(QStringLiteral("2024-01-01T12:00:00.000Z"), Qt::ISODateWithMs);
        journal.record(QStringLiteral("backup"), QStringLiteral("10.0.0.10"), MigrationJournal::Status::Done, {},
                       QStringLiteral("aa"));
        journal.record(QStringLiteral("phaseA.write"), QStringLiteral("10.0.0.10"), MigrationJournal::Status::Done, {},
                       QStringLiteral("bb"));
        journal.record(QStringLiteral("phaseA.restart.0"), QStringLiteral("10.0.0.9"), MigrationJournal::Status::Started);
        journal.record(QStringLiteral("phaseA.restart.0"), QStringLiteral("10.0.0.9"), MigrationJournal::Status::Done);
        journal.record(QStringLiteral("phaseA.restart.1"), QStringLiteral("10.0.0.10"), MigrationJournal::Status::Started);
        return journal;
    }

private slots:
    void roundTrip()
    {
        const MigrationJournal journal = sample();
        QString error;
        const auto back = MigrationJournal::fromJson(journal.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), journal.toJson());
        QCOMPARE(back->currentIds, journal.currentIds);
        QCOMPARE(back->entries().size(), journal.entries().size());
        QCOMPARE(back->entries().last().status, MigrationJournal::Status::Started);
        QCOMPARE(back->state, MigrationJournal::State::Running);
        QCOMPARE(back->phaseBNeeded, true);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        MigrationJournal journal = sample();
        journal.setPath(dir.filePath(QStringLiteral("sub/journal.json")));
        QString error;
        QVERIFY2(journal.save(&error), qPrintable(error));
        const auto loaded = MigrationJournal::load(journal.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->path(), journal.path());
        QCOMPARE(loaded->toJson(), journal.toJson());
        // No temp file left beside it (renamed into place).
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"journal.json"_s});
        // The operator's alone: it names the cluster, its masters and what was done to them.
        QCOMPARE(QFileInfo(journal.path()).permissions() & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("sub"))).permissions() & kGroupOrOther,
                 QFileDevice::Permissions());
    }

    void saveRefusesASymbolicLink()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep");
        file.close();
        MigrationJournal journal = sample();
        journal.setPath(dir.filePath(QStringLiteral("journal.json")));
        QVERIFY(QFile::link(victim, journal.path()));
        QString error;
        QVERIFY(!journal.save(&error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep"));
    }

    void rejectsOtherFiles()
    {
        QString error;
        QVERIFY(!MigrationJournal::fromJson("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!MigrationJournal::fromJson(R"({"format": 99})", &error));
        QVERIFY(error.contains(QLatin1String("99")));
        QVERIFY(!MigrationJournal::load(QStringLiteral("/nonexistent/journal.json"), &error));
    }

    void questions()
    {
        const MigrationJournal journal = sample();
        QVERIFY(journal.isDone(QStringLiteral("backup"), QStringLiteral("10.0.0.10")));
        QVERIFY(!journal.isDone(QStringLiteral("backup")));
        QCOMPARE(journal.restartedMasters(Phase::PhaseA), (QStringList{u"10.0.0.9"_s, u"10.0.0.10"_s}));
        QCOMPARE(journal.restartsDone(Phase::PhaseA), QStringList{u"10.0.0.9"_s});
        QVERIFY(journal.restartedMasters(Phase::PhaseB).isEmpty());
        QCOMPARE(journal.mastersWritten(), QStringList{u"10.0.0.10"_s});
        const auto unfinished = journal.lastUnfinished();
        QVERIFY(unfinished);
        QCOMPARE(unfinished->op, QStringLiteral("phaseA.restart.1"));
        QCOMPARE(unfinished->master, QStringLiteral("10.0.0.10"));
    }

    void holdsNoFileContents()
    {
        // Checksums only: nothing of an env file (which may hold credentials) gets in.
        const QByteArray json = sample().toJson();
        QVERIFY(!json.contains("EXHIBITOR_"));
        QVERIFY(json.contains("\"checksum\": \"bb\""));
    }

    void defaultPathPerCluster()
    {
        const QString a = MigrationJournal::defaultPath(QStringLiteral("my cluster/1"), {u"10.0.0.1"_s, u"10.0.0.2"_s});
        const QString b = MigrationJournal::defaultPath(QStringLiteral("my cluster/1"), {u"10.0.0.2"_s, u"10.0.0.1"_s});
        const QString c = MigrationJournal::defaultPath(QStringLiteral("my cluster/1"), {u"10.0.0.3"_s});
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.endsWith(QLatin1String(".json")));
        QVERIFY(!QFileInfo(a).fileName().contains(QLatin1Char(' ')));
    }

    // "running" in a journal is a run in progress only while its run lock is held.
    void stateTextNowAsksTheRunLock()
    {
        QTemporaryDir dir;
        MigrationJournal journal = sample();
        journal.runId = QStringLiteral("20261207-074801-ab12");
        journal.setPath(dir.filePath(QStringLiteral("journal.json")));
        QCOMPARE(journal.stateTextNow(), QStringLiteral("interrupted (the app or the connection went away while it ran)"));
        journal.state = MigrationJournal::State::RollingBack;
        QCOMPARE(journal.stateTextNow(), QStringLiteral("a rollback was interrupted (the app or the connection went away)"));

        RunLock lock;
        QString error;
        QVERIFY2(lock.acquire(journal.path(), &error), qPrintable(error));
        lock.setRunId(journal.runId);
        const QString holder = RunLock::holder(journal.path())->describe();
        QVERIFY(holder.startsWith(QStringLiteral("run 20261207-074801-ab12 of ")));
        QCOMPARE(journal.stateTextNow(), QStringLiteral("rolling back now: ") + holder);
        journal.state = MigrationJournal::State::Running;
        QCOMPARE(journal.stateTextNow(), QStringLiteral("running now: ") + holder);
        journal.state = MigrationJournal::State::Failed;
        QCOMPARE(journal.stateTextNow(), journal.stateText());
    }
};

QTEST_GUILESS_MAIN(TestMigrationJournal)
#include "TestMigrationJournal.moc"
