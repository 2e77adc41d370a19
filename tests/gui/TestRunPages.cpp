// The run pages in the real wizard, offscreen, on the simulated cluster (127.0.64.x): started at
// Preflight with the config, connection settings and discovered IDs the earlier pages would
// leave, then driven by clicking Next and the commit buttons as an operator would; a failed
// rollback offered again from the Summary.
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "MigrationWizard.h"
#include "RunSim.h"
#include "SudoPasswordDialog.h"
#include "TimelineView.h"
#include "WizardPageId.h"

#include "migration/RunLock.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kPhaseTimeout = 120000;

void click(QAbstractButton *button)
{
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

int logLines(QWizard &wizard)
{
    auto *view = wizard.currentPage()->findChild<QListView *>(u"logView"_s);
    return view ? view->model()->rowCount() : -1;
}

// Shown at Preflight, the first run page (RunSim::prepare did what the earlier pages do).
bool openAtPreflight(QWizard &wizard)
{
    wizard.setStartId(WizardPageId::Preflight);
    wizard.restart();
    wizard.show();
    return QTest::qWaitForWindowExposed(&wizard);
}

// On a Confirm page: the masters and the commands are named; commit only after the tick.
void confirm(QWizard &wizard, Phase phase, const QStringList &masters, const QString &command)
{
    const QString key = phaseKey(phase);
    auto *plan = wizard.currentPage()->findChild<QPlainTextEdit *>(u"confirmPlan_"_s + key);
    QVERIFY(plan);
    auto *expect = wizard.currentPage()->findChild<QLabel *>(u"confirmExpectations_"_s + key);
    QVERIFY(expect);
    for (const QString &master : masters)
        QVERIFY2(expect->text().contains(master), qPrintable(master));
    if (!command.isEmpty()) {
        for (const QString &master : masters)
            QVERIFY2(plan->toPlainText().contains(master + u"$ "_s), qPrintable(plan->toPlainText()));
        QVERIFY2(plan->toPlainText().contains(command), qPrintable(plan->toPlainText()));
    }
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->findChild<QCheckBox *>(u"confirmUnderstood_"_s + key),
                             1000);
    auto *understood = wizard.currentPage()->findChild<QCheckBox *>(u"confirmUnderstood_"_s + key);
    QVERIFY(!commit->isEnabled());
    // The keyboard, as an operator without a mouse would tick it.
    understood->setFocus();
    QTest::keyClick(understood, Qt::Key_Space);
    QVERIFY(understood->isChecked());
    QTRY_VERIFY(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
}

// The sim's password user (tests/cluster-sim/topologies: sudo asks for its login password),
// logging in with its password, with sudoPassword as the sudo password the wizard holds.
void usePasswordUser(WizardController *controller, const SimCluster &sim, const QString &sudoPassword)
{
    ConnectionController *connection = controller->connection();
    ConnectionSettings settings = connection->settings();
    settings.user = sim.passwordUser();
    settings.auth = SshAuthMethod::Password;
    settings.keyFile.clear();
    settings.sudo = SudoMode::Password;
    connection->setSettings(settings);
    connection->setSecret(SecretStore::Kind::SshPassword, sim.password());
    connection->setSecret(SecretStore::Kind::SudoPassword, sudoPassword);
}

// pam_faillock's count of failed sudo logins on every master; where: the masters with any.
int failedSudoLogins(const SimCluster &sim, QStringList *where = nullptr)
{
    int total = 0;
    for (const QString &master : sim.masters()) {
        const int failed = sim.failedSudoLogins(master);
        if (failed < 0)
            return -1;
        if (failed > 0 && where)
            *where << master;
        total += failed;
    }
    return total;
}

// The dialog that asks for the sudo password again, once it is on screen.
SudoPasswordDialog *sudoDialog(QWizard &wizard)
{
    auto *dialog = wizard.findChild<SudoPasswordDialog *>(u"sudoPasswordDialog"_s);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}
} // namespace

class TestRunPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSupport::isolateSettings();
        QString why;
        if (!SimCluster::available(&why))
            QSKIP(qPrintable(why));
    }

    // A stale lock file on the masters (a colleague's run on another workstation whose ZooKeeper
    // session is gone): Preflight stops naming it and offers to take it over; the question names
    // the holder, and Take over runs preflight again, which passes with this run's record in every
    // master's lock file.
    void preflightTakesOverAStaleLockOnlyWhenChosen()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        RunLock::Holder stale;
        stale.runId = u"20261206-221500-0bad"_s;
        stale.pid = 4242;
        stale.user = u"bob"_s;
        stale.host = u"colleague-laptop"_s;
        stale.since = QDateTime(QDate(2026, 12, 6), QTime(22, 15, 0), QTimeZone::utc());
        for (const QString &master : sim.masters())
            QVERIFY(sim.writeLockFile(master, stale.toRecord()));
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        QVERIFY(openAtPreflight(wizard));
        auto *message = wizard.currentPage()->findChild<InlineMessage *>(u"preflightMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), kPhaseTimeout);
        QVERIFY2(message->text().contains(u"is left from %1 (on %2), which looks over"_s.arg(
                     stale.describe(), sim.masters().join(u", "_s))),
                 qPrintable(message->text()));
        auto *takeOver = wizard.currentPage()->findChild<QPushButton *>(u"takeOverStaleLockButton"_s);
        QVERIFY(takeOver);
        QTRY_VERIFY(takeOver->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        for (const QString &master : sim.masters())
            QCOMPARE(sim.lockFile(master), stale.toRecord());

        click(takeOver);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(u"takeOverStaleLockBox"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(stale.describe()), qPrintable(box->text()));
        click(box->findChild<QPushButton *>(u"confirmTakeOverButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kPhaseTimeout);
        QVERIFY(!takeOver->isVisible());
        for (const QString &master : sim.masters()) {
            const auto holder = RunLock::Holder::fromRecord(sim.lockFile(master));
            QVERIFY2(holder, qPrintable(master));
            QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        }
    }

    // Another run of the cluster (here: a lock held by this process, as a CLI or a second wizard
    // would hold it) holds the run lock: Preflight says who and since when, and stays closed.
    void preflightRefusedWhileAnotherRunHoldsTheLock()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        const QString journalPath = wizard.controller()->run()->baseOptions().journalPath;
        QVERIFY(!journalPath.isEmpty());
        RunLock other;
        QVERIFY2(other.acquire(journalPath, &error), qPrintable(error));
        other.setRunId(u"20261207-074801-ab12"_s);
        const QString holder = RunLock::holder(journalPath)->describe();

        QVERIFY(openAtPreflight(wizard));
        auto *message = wizard.currentPage()->findChild<InlineMessage *>(u"preflightMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), kPhaseTimeout);
        QCOMPARE(message->text(), u"Another run of this cluster holds %1: %2. Wait for it to end, or stop it there."_s
                                      .arg(RunLock::pathFor(journalPath), holder));
        QVERIFY(holder.startsWith(u"run 20261207-074801-ab12 of "_s));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!QFile::exists(journalPath));
        QCOMPARE(sim.envFiles(), before);
    }

    // A wrong sudo password: preflight stops after one failed sudo login on one master (no other
    // master is asked), and a dialog asks again, naming that master and the user, with the field
    // hidden. Stop the run ends it there, with no further sudo anywhere. Try again with the right
    // password passes preflight on every master without another failed login; the password is
    // never written to the wizard's settings.
    void wrongSudoPasswordIsAskedAgain()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QCOMPARE(failedSudoLogins(sim), 0);
        const QString wrong = u"not-the-sudo-password"_s;

        {
            // Stop the run.
            QTemporaryDir dir;
            MigrationWizard wizard;
            QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
            usePasswordUser(wizard.controller(), sim, wrong);
            QVERIFY(openAtPreflight(wizard));
            SudoPasswordDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = sudoDialog(wizard)) != nullptr, kPhaseTimeout);
            QStringList where;
            QCOMPARE(failedSudoLogins(sim, &where), 1);
            const QString intro = dialog->findChild<QLabel *>(u"sudoPasswordIntro"_s)->text();
            // The master as its session names it, e.g. "127.0.64.11 (127.0.64.11:2222)".
            QVERIFY2(intro.startsWith(u"sudo on %1"_s.arg(where.first())), qPrintable(intro));
            QVERIFY2(intro.contains(u" did not accept the sudo password of %1.\n"_s.arg(sim.passwordUser())),
                     qPrintable(intro));
            QVERIFY2(intro.contains(u"No sudo command is sent to any master until you answer"_s), qPrintable(intro));
            QCOMPARE(dialog->findChild<QLineEdit *>(u"sudoPasswordField"_s)->echoMode(), QLineEdit::Password);
            RunController *run = wizard.controller()->run();
            QVERIFY(!run->hasFinished());
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

            click(dialog->findChild<QPushButton *>(u"sudoPasswordCancel"_s));
            QTRY_VERIFY(run->hasFinished());
            QCOMPARE(run->outcome(), RunOutcome::Failed);
            QVERIFY2(run->outcomeMessage().endsWith(
                         u"The sudo password was not entered again: no further sudo command was sent to any master."_s),
                     qPrintable(run->outcomeMessage()));
            auto *message = wizard.currentPage()->findChild<InlineMessage *>(u"preflightMessage"_s);
            QTRY_COMPARE(message->text(), run->outcomeMessage());
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QCOMPARE(failedSudoLogins(sim), 1);
        }

        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        usePasswordUser(wizard.controller(), sim, wrong);
        QVERIFY(openAtPreflight(wizard));
        SudoPasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = sudoDialog(wizard)) != nullptr, kPhaseTimeout);
        QCOMPARE(failedSudoLogins(sim), 2); // one more: this wizard's single trial
        auto *state = wizard.currentPage()->findChild<QLabel *>(u"preflightState"_s);
        QVERIFY2(state->text().contains(u"No sudo command is sent to any master until you enter it again."_s),
                 qPrintable(state->text()));

        auto *field = dialog->findChild<QLineEdit *>(u"sudoPasswordField"_s);
        auto *retry = dialog->findChild<QPushButton *>(u"sudoPasswordRetry"_s);
        QVERIFY(!retry->isEnabled());
        QTest::keyClicks(field, sim.password());
        click(retry);
        QTRY_VERIFY(sudoDialog(wizard) == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kPhaseTimeout);
        // sudo then authenticated on every master, which resets its tally (pam_faillock forgets a
        // user's failures once the user authenticates): no master has a failure left.
        QCOMPARE(failedSudoLogins(sim), 0);
        // The run started again: its checks alone are listed, sudo passed on every master.
        auto *checks = wizard.currentPage()->findChild<QTreeWidget *>(u"preflightChecks"_s);
        QStringList sudoPassedOn;
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = checks->topLevelItem(i);
            QVERIFY2(item->data(0, Qt::UserRole).toBool(), qPrintable(item->text(0) + u": "_s + item->text(2)));
            if (item->text(0) == u"sudo works"_s)
                sudoPassedOn << item->text(1);
        }
        sudoPassedOn.sort();
        QStringList masters = sim.masters();
        masters.sort();
        QCOMPARE(sudoPassedOn, masters);
        // Kept in memory for this run, never in the settings.
        QVERIFY(wizard.controller()->connection()->hasSecret(SecretStore::Kind::SudoPassword));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(sim.password()), qPrintable(key));
        QCOMPARE(sim.envFiles(), before);

        RunController *run = wizard.controller()->run();
        run->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run->hasFinished(), kPhaseTimeout);
    }

    void migrateThenRollBackAfterPhaseA()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        QVERIFY(wizard.controller()->plan().phaseBNeeded());
        const QStringList masters = wizard.controller()->plan().masters();
        QVERIFY(openAtPreflight(wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QAbstractButton *rollback = wizard.button(QWizard::CustomButton1);

        // Preflight: the checks arrive, each with its icon; Next once they all passed.
        QCOMPARE(wizard.currentId(), int(WizardPageId::Preflight));
        auto *checks = wizard.currentPage()->findChild<QTreeWidget *>(u"preflightChecks"_s);
        QVERIFY(checks);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        QVERIFY(checks->topLevelItemCount() > 5);
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            // Drawn, not just named: the SVG icon engine renders the status mark.
            QVERIFY(!checks->topLevelItem(i)->icon(0).pixmap(32).isNull());
            QVERIFY(checks->topLevelItem(i)->data(0, Qt::UserRole).toBool());
        }
        QVERIFY(!rollback->isVisible()); // nothing changed yet
        click(next);

        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmBackup));
        confirm(wizard, Phase::Backup, masters, u"cp -p"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunBackup));
        QTRY_VERIFY(rollback->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        QVERIFY(logLines(wizard) > 0);
        click(next);

        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmPhaseA));
        QVERIFY(rollback->isVisible());
        confirm(wizard, Phase::PhaseA, masters, u"systemctl start --no-block dcos-exhibitor"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunPhaseA));
        // While the phase runs: Next disabled, the log grows, Pause offered.
        QVERIFY(!next->isEnabled());
        const int linesAtStart = logLines(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(logLines(wizard) > linesAtStart + 5, kPhaseTimeout);
        QVERIFY(wizard.currentPage()->findChild<QAbstractButton *>(u"runPause_phaseA"_s)->isEnabled());
        // Closing mid-phase asks first; "Keep running" (the default) leaves the wizard and the run alone.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QMessageBox *closeBox = nullptr;
        QTRY_VERIFY((closeBox = wizard.findChild<QMessageBox *>(u"closeDuringRunBox"_s)) && closeBox->isVisible());
        QCOMPARE(closeBox->defaultButton()->objectName(), u"keepRunningButton"_s);
        QTest::mouseClick(closeBox->findChild<QAbstractButton *>(u"keepRunningButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(u"closeDuringRunBox"_s));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunPhaseA));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        QVERIFY(wizard.currentPage()->findChild<QLabel *>(u"runQuorum_phaseA"_s)->text().contains(u"yes"_s));
        // The run's write probe reached the page through the runner's signal: writes acknowledged.
        const auto *probeWrites = wizard.currentPage()->findChild<QLabel *>(u"liveClientsWrites_phaseA"_s);
        QVERIFY(probeWrites && probeWrites->isVisible());
        QVERIFY2(probeWrites->text().toLongLong() > 0, qPrintable(probeWrites->text()));
        click(next);

        // Phase B's confirmation warns of the expected log lines and the quorum change.
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmPhaseB));
        auto *expect = wizard.currentPage()->findChild<QLabel *>(u"confirmExpectations_phaseB"_s);
        QVERIFY(expect->text().contains(u"ZooKeeperServer not running"_s));
        QVERIFY(expect->text().contains(u"quorum change"_s));
        // Its estimate rests on Phase A's restarts (the leader's was left to Phase B).
        const QString estimate = wizard.currentPage()->findChild<QLabel *>(u"confirmEstimate_phaseB"_s)->text();
        QVERIFY2(estimate.contains(u"%1 restart(s), one at a time"_s.arg(masters.size())), qPrintable(estimate));
        QVERIFY2(estimate.contains(u"Quorum change: at the restart of "_s), qPrintable(estimate));
        QVERIFY2(estimate.contains(u"Based on %1 restart(s) measured in this run"_s.arg(masters.size() - 1)),
                 qPrintable(estimate));

        // Roll back instead: its own confirmation, then its run view, then the Summary.
        click(rollback);
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmRollback));
        QVERIFY(!rollback->isVisible());
        confirm(wizard, Phase::Rollback, masters, QString());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunRollback));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout * 2);
        QCOMPARE(wizard.controller()->run()->outcome(), RunOutcome::Succeeded);
        for (const QString &master : masters)
            QCOMPARE(sim.envFile(master), before.value(master));
        click(next);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Summary));
    }

    // A rollback refused by a stale lock file (a colleague's, written over this run's own while
    // the migration waited): the rollback's page offers the take-over, asks naming the holder, and
    // the rollback then runs to its end and removes its lock files.
    void rollbackTakesOverAStaleLockOnlyWhenChosen()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        const QStringList masters = wizard.controller()->plan().masters();
        QVERIFY(openAtPreflight(wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QAbstractButton *rollback = wizard.button(QWizard::CustomButton1);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        confirm(wizard, Phase::Backup, masters, u"cp -p"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmPhaseA));
        RunLock::Holder stale;
        stale.runId = u"20261206-221500-0bad"_s;
        stale.pid = 4242;
        stale.user = u"bob"_s;
        stale.host = u"colleague-laptop"_s;
        stale.since = QDateTime(QDate(2026, 12, 6), QTime(22, 15, 0), QTimeZone::utc());
        for (const QString &master : masters)
            QVERIFY(sim.writeLockFile(master, stale.toRecord()));

        click(rollback);
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmRollback));
        confirm(wizard, Phase::Rollback, masters, QString());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunRollback));
        RunController *run = wizard.controller()->run();
        auto *takeOver = wizard.currentPage()->findChild<QPushButton *>(u"runTakeOver_rollback"_s);
        QVERIFY(takeOver);
        QTRY_VERIFY_WITH_TIMEOUT(takeOver->isVisible(), kPhaseTimeout);
        QCOMPARE(run->outcome(), RunOutcome::Failed);
        auto *message = wizard.currentPage()->findChild<InlineMessage *>(u"runMessage_rollback"_s);
        QVERIFY2(message->text().contains(u"is left from %1"_s.arg(stale.describe())), qPrintable(message->text()));
        for (const QString &master : masters)
            QCOMPARE(sim.lockFile(master), stale.toRecord());

        click(takeOver);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(u"takeOverStaleLockBox"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(stale.describe()), qPrintable(box->text()));
        click(box->findChild<QPushButton *>(u"confirmTakeOverButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(run->hasFinished() && run->outcome() == RunOutcome::Succeeded, kPhaseTimeout * 2);
        QVERIFY(!takeOver->isVisible());
        QCOMPARE(sim.envFiles(), before);
        for (const QString &master : masters)
            QVERIFY2(!sim.lockFileExists(master), qPrintable(master));
    }

    // A rollback that fails (here a ZooKeeper that does not start) is offered again from the
    // Summary, with a word on why; the second one restores every master.
    void failedRollbackOfferedAgain()
    {
        SimCluster sim(u"run-pages"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        MigrationOptions options = wizard.controller()->run()->baseOptions();
        options.gateTimeoutMs = 12000;
        wizard.controller()->run()->setBaseOptions(options);
        const QStringList masters = wizard.controller()->plan().masters();
        QVERIFY(openAtPreflight(wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QAbstractButton *rollback = wizard.button(QWizard::CustomButton1);

        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        for (const auto &[phase, command] : { std::pair{ Phase::Backup, u"cp -p"_s },
                                              std::pair{ Phase::PhaseA, u"systemctl start --no-block dcos-exhibitor"_s } }) {
            confirm(wizard, phase, masters, command);
            if (QTest::currentTestFailed())
                return;
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
            click(next);
        }
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmPhaseB));

        // Phase A restarted the followers, so the rollback restarts them: one will not start.
        const QString leader = simLeader(sim);
        QString broken;
        for (const QString &master : masters) {
            if (master != leader && broken.isEmpty())
                broken = master;
        }
        QVERIFY(sim.fault(broken, u"zk-fail-start"_s));
        click(rollback);
        confirm(wizard, Phase::Rollback, masters, QString());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunRollback));
        QVERIFY(!rollback->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout * 2);
        QCOMPARE(wizard.controller()->run()->outcome(), RunOutcome::Failed);
        click(next);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Summary));
        auto *result = wizard.currentPage()->findChild<QLabel *>(u"summaryResult"_s);
        QTRY_VERIFY(result->text().startsWith(u"The rollback failed."_s));
        QVERIFY2(result->text().contains(broken), qPrintable(result->text()));
        auto *message = wizard.currentPage()->findChild<InlineMessage *>(u"summaryMessage"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Roll back"_s), qPrintable(message->text()));
        QVERIFY(rollback->isVisible());

        // The operator fixes the master and rolls back again.
        QVERIFY(sim.fault(broken, u"zk-ok"_s));
        click(rollback);
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmRollback));
        confirm(wizard, Phase::Rollback, masters, QString());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunRollback));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout * 2);
        QCOMPARE(wizard.controller()->run()->outcome(), RunOutcome::Succeeded);
        click(next);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Summary));
        QTRY_VERIFY(result->text().startsWith(u"The rollback succeeded."_s));
        QVERIFY(!message->isVisible());
        QVERIFY(!rollback->isVisible());
        for (const QString &master : masters)
            QCOMPARE(sim.envFile(master), before.value(master));
    }

    void phaseBSkippedWhenNotNeeded()
    {
        SimCluster sim(u"run-pages-canonical"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        MigrationWizard wizard;
        QVERIFY(RunSim::prepare(wizard.controller(), sim, dir));
        QVERIFY(!wizard.controller()->plan().phaseBNeeded());
        const QStringList masters = wizard.controller()->plan().masters();
        QVERIFY(openAtPreflight(wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        confirm(wizard, Phase::Backup, masters, u"cp -p"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        // Without Phase B every master restarts in Phase A, the leader last.
        const QString estimateA = wizard.currentPage()->findChild<QLabel *>(u"confirmEstimate_phaseA"_s)->text();
        QVERIFY2(estimateA.contains(u"%1 restart(s), one at a time: "_s.arg(masters.size())), qPrintable(estimateA));
        QVERIFY2(estimateA.contains(u"Based on DC/OS's usual timing"_s), qPrintable(estimateA));
        confirm(wizard, Phase::PhaseA, masters, u"systemctl start --no-block dcos-exhibitor"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        click(next);
        // No Phase B: straight to Verify's confirmation.
        QCOMPARE(wizard.currentId(), int(WizardPageId::ConfirmVerify));
        const QString estimateVerify = wizard.currentPage()->findChild<QLabel *>(u"confirmEstimate_verify"_s)->text();
        QVERIFY2(estimateVerify.contains(u"Based on how long preflight took"_s), qPrintable(estimateVerify));
        confirm(wizard, Phase::Verify, masters, QString());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard.currentId(), int(WizardPageId::RunVerify));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kPhaseTimeout);
        QCOMPARE(wizard.controller()->run()->outcome(), RunOutcome::Succeeded);
        click(next);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Summary));
        for (const QString &master : masters)
            QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=STATIC"));

        // The Summary's timeline: one restart per master, each step by step, settled.
        auto *timeline = wizard.currentPage()->findChild<TimelineView *>(u"timelineView"_s);
        QTRY_VERIFY(timeline->isVisible());
        QCOMPARE(timeline->model().restartCount(), int(masters.size()));
        for (const auto &lane : timeline->model().lanes()) {
            QCOMPARE(lane.restarts.size(), 1);
            QVERIFY2(lane.restarts.first().settled, qPrintable(lane.master));
        }
        const QString description = timeline->accessibleDescription();
        for (const QString &master : masters)
            QVERIFY2(description.contains(master + u": 1 restart(s): Phase A restart, "_s), qPrintable(description));
        QVERIFY2(description.contains(u"ZooKeeper up after"_s) && description.contains(u"caught up after"_s),
                 qPrintable(description));
        // Beside Phase A's actual figures, what its confirmation page estimated.
        auto *timings = wizard.currentPage()->findChild<QTableWidget *>(u"summaryTimings"_s);
        bool phaseARow = false;
        for (int row = 0; row < timings->rowCount(); ++row) {
            if (timings->item(row, 0)->text() != phaseTitle(Phase::PhaseA))
                continue;
            phaseARow = true;
            QCOMPARE(timings->item(row, 2)->text(), QString::number(masters.size()));
            QVERIFY2(timings->item(row, 4)->text().startsWith(u"%1 restart(s), about "_s.arg(masters.size())),
                     qPrintable(timings->item(row, 4)->text()));
        }
        QVERIFY(phaseARow);
        QVERIFY(!timings->isColumnHidden(4));
    }
};

QTEST_MAIN(TestRunPages)
#include "TestRunPages.moc"
