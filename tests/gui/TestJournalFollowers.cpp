// JournalFollowers on the simulated cluster journal-follow (tests/gui/topologies/journal-follow.yaml,
// 127.0.81.x): during a run's phase the log pane shows every master's live journal (Exhibitor's
// start lines after each restart), the stream filter hides and isolates them, the follows are
// gone from the masters once the run rests; a follow that sudo refuses warns once.
#include "DiscoveryTestSupport.h"
#include "GuiTestSupport.h"
#include "JournalFollowers.h"
#include "LogPane.h"
#include "RunLogModel.h"
#include "RunSim.h"
#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>

#include <memory>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kPhaseTimeout = 120000;

QString readLink(const QString &path)
{
    char buffer[256] = {};
    const ssize_t size = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    return size > 0 ? QString::fromLocal8Bit(buffer, size) : QString();
}

// The journalctl processes running on the sim's masters: every process in a master's mount
// namespace whose command line names journalctl (the sim's journalctl, and sudo in front of it).
int journalProcesses(const SimCluster &sim)
{
    const QString stateDir = sim.status().value(u"state_dir"_s).toString();
    QSet<QString> namespaces;
    for (const QString &master : sim.masters()) {
        struct stat info {};
        if (::stat(QFile::encodeName(stateDir + u"/ns/"_s + master).constData(), &info) == 0)
            namespaces << u"mnt:[%1]"_s.arg(quint64(info.st_ino));
    }
    int count = 0;
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid.toInt() <= 0)
            continue;
        QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("journalctl"))
            continue;
        if (namespaces.contains(readLink(u"/proc/"_s + pid + u"/ns/mnt"_s)))
            ++count;
    }
    return count;
}

QStringList journalLines(const RunLogModel *log, const QString &master)
{
    QStringList lines;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->line(row).stream == LogStream::Journal && log->line(row).master == master)
            lines << log->line(row).text;
    }
    return lines;
}

QList<LogLine> warnings(const RunLogModel *log)
{
    QList<LogLine> lines;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->line(row).stream == LogStream::Warning)
            lines << log->line(row);
    }
    return lines;
}

bool connectAll(MasterConnections *connections)
{
    QSignalSpy settled(connections, &MasterConnections::allSettled);
    connections->connectAll();
    return settled.wait(60000) && connections->connectedCount() == int(connections->sessions().size());
}
} // namespace

class TestJournalFollowers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!SimCluster::available(&why))
            QSKIP(qPrintable(why));
        GuiTestSupport::isolateSettings();
        m_sim = std::make_unique<SimCluster>(DiscoveryTestSupport::topology(u"journal-follow"_s));
        QString error;
        QVERIFY2(m_sim->up(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void journalsDuringPhase()
    {
        QTemporaryDir dir;
        WizardController controller;
        QVERIFY(RunSim::prepare(&controller, *m_sim, dir));
        // The Connection page's connections, as the operator left them.
        MasterConnections *connections = controller.connection()->connections();
        connections->setTargets(m_sim->targets());
        QVERIFY(connectAll(connections));
        qInfo("connected");
        RunController *run = controller.run();
        QSignalSpy finished(run, &RunController::runFinished);
        QSignalSpy followFailed(run->journal(), &JournalFollowers::followFailed);

        run->start();
        // As on the run pages, which are shown once the run started (the master filter lists
        // the run's masters).
        LogPane pane(run->log());
        pane.resize(900, 400);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::Backup, kPhaseTimeout);
        qInfo("preflight done");
        // Resting at a confirmation: no follow.
        QCOMPARE(run->journal()->activeCount(), 0);
        run->confirmPhase(Phase::Backup);
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::PhaseA, kPhaseTimeout);
        qInfo("backup done");
        QMap<QString, double> startedBefore;
        for (const QString &master : m_sim->masters())
            startedBefore.insert(master, m_sim->unitSince(master));
        run->confirmPhase(Phase::PhaseA);
        QTRY_COMPARE_WITH_TIMEOUT(run->journal()->activeCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(journalProcesses(*m_sim) > 0, true, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::PhaseB, kPhaseTimeout);
        run->log()->flush();
        // Every master's journal is in the log (the settle gates' srvr polls at least); each
        // master Phase A restarted shows its Exhibitor's start on the static ensemble
        // (DESIGN.md §2), live from its own journal.
        int restarted = 0;
        for (const QString &master : m_sim->masters()) {
            QVERIFY2(!journalLines(run->log(), master).isEmpty(), qPrintable(master));
            if (m_sim->unitSince(master) <= startedBefore.value(master))
                continue;
            ++restarted;
            QVERIFY2(!journalLines(run->log(), master)
                          .filter(u"Exhibitor configured for static ZK ensemble"_s)
                          .isEmpty(),
                     qPrintable(master));
        }
        QVERIFY(restarted >= 2);
        qInfo("phase A done");
        // The follows stop when the run rests, on the masters too (sudo and journalctl end).
        QCOMPARE(run->journal()->activeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(journalProcesses(*m_sim), 0, 15000);
        // No follow failed (the run's own warnings are the engine's business).
        QCOMPARE(followFailed.size(), 0);
        for (const LogLine &line : warnings(run->log()))
            QVERIFY2(!line.text.contains(u"live journal"_s), qPrintable(line.text));

        // The pane: journal lines shown by default, in their own style; the stream filter hides
        // them and shows them alone; the master filter applies to them.
        auto *streams = pane.findChild<QComboBox *>(u"logStreamFilter"_s);
        auto *masters = pane.findChild<QComboBox *>(u"logMasterFilter"_s);
        QVERIFY(streams && masters);
        QCOMPARE(streams->currentIndex(), 0);
        const int all = pane.visibleLines();
        QVERIFY(pane.visibleText().contains(u"[journal]"_s));
        const QModelIndex journalRow = [&] {
            for (int row = 0; row < run->log()->rowCount(); ++row) {
                if (run->log()->line(row).stream == LogStream::Journal)
                    return run->log()->index(row);
            }
            return QModelIndex();
        }();
        QVERIFY(journalRow.isValid());
        QVERIFY(journalRow.data(Qt::ForegroundRole).value<QColor>().isValid());
        QCOMPARE(journalRow.data(RunLogModel::StreamRole).toInt(), int(LogStream::Journal));

        streams->setCurrentIndex(streams->count() - 2); // without the journals
        QVERIFY(pane.visibleLines() < all);
        QVERIFY(!pane.visibleText().contains(u"[journal]"_s));
        QVERIFY(pane.visibleText().contains(u"[command]"_s));
        streams->setCurrentIndex(streams->count() - 1); // the journals only
        QVERIFY(pane.visibleLines() > 0);
        for (const QString &line : pane.visibleText().split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(line.contains(u" [journal] "_s), qPrintable(line));
            QVERIFY2(!line.contains(u"-- Logs begin at"_s), qPrintable(line)); // journalctl's header, not the unit's
        }
        const QString second = m_sim->masters().at(1); // restarted: a follower
        QVERIFY(masters->findData(second) > 0);
        masters->setCurrentIndex(masters->findData(second));
        QVERIFY(pane.visibleLines() > 0);
        for (const QString &line : pane.visibleText().split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.contains(u" "_s + second + u" [journal] "_s), qPrintable(line));
        QVERIFY(pane.findNext(u"static ZK ensemble"_s));
        masters->setCurrentIndex(0);
        streams->setCurrentIndex(0);
        QCOMPARE(pane.visibleLines(), all);

        run->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kPhaseTimeout);
        QCOMPARE(run->journal()->activeCount(), 0);
        QCOMPARE(journalProcesses(*m_sim), 0);
    }

    void followThatSudoRefusesWarnsOnce()
    {
        MasterConnections connections;
        connections.setTargets(m_sim->targets());
        QVERIFY(connectAll(&connections));
        const QString refused = m_sim->masters().constFirst();
        QVERIFY(m_sim->fault(refused, u"sudo-refuse"_s));
        RunLogModel log;
        log.setMasters(m_sim->masters());
        JournalFollowers followers(&log);
        QSignalSpy failed(&followers, &JournalFollowers::followFailed);

        followers.start(connections.sessions(), u"dcos-exhibitor"_s);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), refused);
        // The others follow on.
        for (const QString &master : m_sim->masters().mid(1))
            QVERIFY2(followers.isFollowing(master), qPrintable(master));
        QVERIFY(!followers.isFollowing(refused));
        // The next phase starts the follows again: not the failed one, so no second warning.
        followers.start(connections.sessions(), u"dcos-exhibitor"_s);
        QCOMPARE(followers.activeCount(), 2);
        QVERIFY(!failed.wait(3000));
        log.flush();
        const QList<LogLine> warned = warnings(&log);
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.first().master, refused);
        QVERIFY2(warned.first().text.contains(refused), qPrintable(warned.first().text));
        QVERIFY2(warned.first().text.contains(u"sudo"_s, Qt::CaseInsensitive), qPrintable(warned.first().text));
        QVERIFY(journalLines(&log, refused).isEmpty());

        // A new run tries it again (and sudo works again there).
        QVERIFY(m_sim->fault(refused, u"sudo-ok"_s));
        followers.reset();
        QCOMPARE(followers.activeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(journalProcesses(*m_sim), 0, 15000);
        followers.start(connections.sessions(), u"dcos-exhibitor"_s);
        QCOMPARE(followers.activeCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(journalProcesses(*m_sim) > 0, 10000);
        followers.stop();
        QCOMPARE(followers.activeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(journalProcesses(*m_sim), 0, 15000);
        QCOMPARE(failed.size(), 1);
    }

private:
    std::unique_ptr<SimCluster> m_sim;
};

QTEST_MAIN(TestJournalFollowers)
#include "TestJournalFollowers.moc"
