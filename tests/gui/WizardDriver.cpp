#include "WizardDriver.h"

#include "ConnectionController.h"
#include "ConnectionStatusModel.h"
#include "MigrationWizard.h"
#include "ResumePage.h"
#include "RunController.h"
#include "RunLogModel.h"
#include "RunMastersModel.h"
#include "SummaryPage.h"
#include "TableTestSupport.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "config/Ensemble.h"
#include "discovery/DiscoveryModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <optional>

namespace {
constexpr int kConnectTimeoutMs = 60000;
constexpr int kDiscoveryTimeoutMs = 90000;
constexpr int kPhaseTimeoutMs = 180000;
constexpr int kRollbackTimeoutMs = 300000;

struct PhasePages
{
    int confirm;
    int run;
    const char *shotName; // docs/screenshots/<confirm-...>.png
};

PhasePages pagesOf(Phase phase)
{
    switch (phase) {
    case Phase::Backup:
        return { WizardPageId::ConfirmBackup, WizardPageId::RunBackup, "backup" };
    case Phase::PhaseA:
        return { WizardPageId::ConfirmPhaseA, WizardPageId::RunPhaseA, "phase-a" };
    case Phase::PhaseB:
        return { WizardPageId::ConfirmPhaseB, WizardPageId::RunPhaseB, "phase-b" };
    case Phase::Verify:
        return { WizardPageId::ConfirmVerify, WizardPageId::RunVerify, "verify" };
    default:
        return { WizardPageId::ConfirmRollback, WizardPageId::RunRollback, "rollback" };
    }
}

// The phase whose Run page this is, if it is one.
std::optional<Phase> runPagePhase(int id)
{
    for (const Phase phase :
         { Phase::Backup, Phase::PhaseA, Phase::PhaseB, Phase::Verify, Phase::Rollback }) {
        if (pagesOf(phase).run == id)
            return phase;
    }
    return std::nullopt;
}

using TableTestSupport::clickHeader;
using TableTestSupport::column;
} // namespace

EventLoopHeartbeat::EventLoopHeartbeat(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopHeartbeat::tick);
}

void EventLoopHeartbeat::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_longestNs = 0;
    m_ticks = 0;
    m_timer.start();
}

void EventLoopHeartbeat::stop()
{
    tick(); // a stall right before stop() counts too
    m_timer.stop();
}

void EventLoopHeartbeat::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (now - m_lastNs > m_longestNs) {
        m_longestNs = now - m_lastNs;
        m_longestLabel = m_label;
    }
    m_lastNs = now;
    ++m_ticks;
}

WizardDriver::WizardDriver(MigrationWizard *wizard, const WizardDriverCluster &cluster,
                           const QString &workDir)
    : m_wizard(wizard)
    , m_cluster(cluster)
    , m_workDir(workDir)
{
    // The size the screenshots are taken at, small enough for the README.
    m_wizard->resize(1000, 760);
    m_connections << QObject::connect(m_wizard, &QWizard::currentIdChanged, m_wizard, [this](int id) {
        if (id != -1 && (m_pages.isEmpty() || m_pages.constLast() != id))
            m_pages << id;
        if (m_heartbeat)
            m_heartbeat->setLabel(
                QStringLiteral("page %1 (%2)")
                    .arg(id)
                    .arg(m_wizard->currentPage() ? m_wizard->currentPage()->objectName() : QString()));
    });
    // Lines that reach the log while the Run page shows its phase still running: the operator
    // watches the phase happen, not a log dumped at its end.
    m_connections << QObject::connect(m_wizard->controller()->run()->log(), &QAbstractItemModel::rowsInserted,
                                      m_wizard, [this](const QModelIndex &, int first, int last) {
                                          const auto phase = runPagePhase(m_wizard->currentId());
                                          if (phase && !m_wizard->button(QWizard::NextButton)->isEnabled())
                                              m_linesWhileRunning[*phase] += last - first + 1;
                                      });
    // Where the run keeps its journal and report: the work dir, never the operator's data dir.
    MigrationOptions options = m_wizard->controller()->run()->baseOptions();
    options.journalPath = QDir(m_workDir).filePath(QStringLiteral("journals/run.json"));
    options.reportDir = QDir(m_workDir).filePath(QStringLiteral("report"));
    options.configOutPath = QDir(m_workDir).filePath(QStringLiteral("config.static.yaml"));
    m_wizard->controller()->run()->setBaseOptions(options);
}

WizardDriver::~WizardDriver()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

bool WizardDriver::fail(const QString &what)
{
    m_error = QStringLiteral("on page %1: %2").arg(m_wizard->currentId()).arg(what);
    return false;
}

bool WizardDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    // Not QTest::qWaitFor: it sleeps up to 10 ms between rounds of events, which the heartbeat
    // would count as the wizard's stall. An event loop that checks every 2 ms leaves the GUI
    // thread to the wizard, as QApplication::exec() would.
    if (condition())
        return true;
    if (m_heartbeat)
        m_heartbeat->setLabel(QStringLiteral("page %1, while waiting").arg(m_wizard->currentId()));
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

bool WizardDriver::click(QAbstractButton *button, const QString &what)
{
    if (!button || !button->isVisible())
        return fail(what + QStringLiteral(" is not shown"));
    if (!button->isEnabled())
        return fail(what + QStringLiteral(" is disabled"));
    const int page = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    // A stall that ends at the next tick is this click's handling (e.g. the next page's set-up).
    if (m_heartbeat)
        m_heartbeat->setLabel(QStringLiteral("page %1, clicking %2").arg(page).arg(what));
    return true;
}

bool WizardDriver::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    if (!waitFor([widget] { return widget->hasFocus(); }, 5000))
        return fail(widget->objectName() + QStringLiteral(" takes no focus"));
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
    return true;
}

template<typename T> T *WizardDriver::find(const QString &name) const
{
    return m_wizard->currentPage() ? m_wizard->currentPage()->findChild<T *>(name) : nullptr;
}

void WizardDriver::shot(const QString &name) const
{
    if (m_screenshotDir.isEmpty())
        return;
    QCoreApplication::processEvents(); // the last state change painted
    m_wizard->grab().save(QDir(m_screenshotDir).filePath(name + QStringLiteral(".png")));
    if (m_heartbeat)
        m_heartbeat->skipGap();
}

void WizardDriver::shotWithDialog(const QString &name, QWidget *dialog) const
{
    if (m_screenshotDir.isEmpty())
        return;
    QCoreApplication::processEvents();
    // The dialog is a window of its own: drawn over the wizard's centre as a window manager would.
    QPixmap page = m_wizard->grab();
    const QPixmap top = dialog->grab();
    QPainter painter(&page);
    painter.fillRect(page.rect(), QColor(0, 0, 0, 60));
    const QPoint at((page.width() - top.width()) / 2, (page.height() - top.height()) / 2);
    painter.setPen(QColor(60, 60, 60));
    painter.drawRect(QRect(at - QPoint(1, 1), top.size() + QSize(1, 1)));
    painter.drawPixmap(at, top);
    painter.end();
    page.save(QDir(m_screenshotDir).filePath(name + QStringLiteral(".png")));
    if (m_heartbeat)
        m_heartbeat->skipGap();
}

int WizardDriver::logRows() const
{
    auto *view = find<QListView>(QStringLiteral("logView"));
    return view && view->model() ? view->model()->rowCount() : -1;
}

bool WizardDriver::importConfig()
{
    for (const QString &master : m_cluster.masters)
        m_before.insert(master, m_cluster.envFile(master));
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (m_wizard->currentId() != WizardPageId::Import)
        return fail(QStringLiteral("the wizard does not start on the Import page"));
    if (next->isEnabled())
        return fail(QStringLiteral("Next is enabled before a config.yaml is loaded"));
    // The path typed into the page's own field, Enter loads it.
    auto *path = find<QLineEdit>(QStringLiteral("configPath"));
    if (!path)
        return fail(QStringLiteral("no config.yaml field"));
    if (!typeInto(path, m_cluster.configYaml))
        return false;
    QTest::keyClick(path, Qt::Key_Return);
    if (!waitFor([next] { return next->isEnabled(); }, 10000))
        return fail(QStringLiteral("the config.yaml was not accepted: ")
                    + m_wizard->controller()->errorText());
    auto *summary = find<QLabel>(QStringLiteral("configSummary"));
    if (!summary || !summary->text().contains(QFileInfo(m_cluster.configYaml).fileName()))
        return fail(QStringLiteral("the page does not say which file it loaded"));
    shot(QStringLiteral("import"));
    if (!click(next, QStringLiteral("Next")))
        return false;
    return m_wizard->currentId() == WizardPageId::Connect
        || fail(QStringLiteral("Next did not go to Connection"));
}

bool WizardDriver::connectAll()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (next->isEnabled())
        return fail(QStringLiteral("Next is enabled before anything is connected"));
    // What the page does not show: known_hosts (without the first master, so its key is asked
    // about once) and no ~/.ssh/config.
    QByteArray kept;
    QFile all(m_cluster.target.knownHostsPath);
    if (!all.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the sim's known_hosts"));
    const QString stranger = m_cluster.masters.constFirst();
    for (const QByteArray &line : all.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('[' + stranger.toUtf8() + ']'))
            kept += line + '\n';
    }
    const QString knownHosts = QDir(m_workDir).filePath(QStringLiteral("known_hosts"));
    QFile out(knownHosts);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size())
        return fail(QStringLiteral("cannot write known_hosts"));
    out.close();
    ConnectionController *connection = m_wizard->controller()->connection();
    ConnectionSettings settings = connection->settings();
    settings.knownHostsPath = knownHosts;
    settings.useSshConfig = false;
    connection->setSettings(settings);

    // The rest by keyboard, as on the page.
    auto *user = find<QLineEdit>(QStringLiteral("sshUser"));
    auto *port = find<QSpinBox>(QStringLiteral("sshPort"));
    auto *keyRadio = find<QRadioButton>(QStringLiteral("authKey"));
    auto *keyFile = find<QLineEdit>(QStringLiteral("keyFile"));
    auto *sudo = find<QComboBox>(QStringLiteral("sudoMode"));
    if (!user || !port || !keyRadio || !keyFile || !sudo)
        return fail(QStringLiteral("the Connection page lacks a field"));
    if (!typeInto(user, m_cluster.target.user) || !typeInto(port, QString::number(m_cluster.target.port)))
        return false;
    keyRadio->setFocus();
    QTest::keyClick(keyRadio, Qt::Key_Space);
    if (!keyRadio->isChecked() || !keyFile->isEnabled())
        return fail(QStringLiteral("Space did not choose the key file"));
    if (!typeInto(keyFile, m_cluster.target.keyFile))
        return false;
    sudo->setFocus();
    const int wanted = sudo->findData(int(SudoMode::Passwordless));
    while (sudo->currentIndex() != wanted)
        QTest::keyClick(sudo, sudo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    const ConnectionSettings typed = connection->settings();
    if (typed.user != m_cluster.target.user || typed.port != m_cluster.target.port
        || typed.auth != SshAuthMethod::KeyFile || typed.keyFile != m_cluster.target.keyFile
        || typed.sudo != SudoMode::Passwordless)
        return fail(QStringLiteral("what was typed did not reach the settings"));

    auto *connect = find<QAbstractButton>(QStringLiteral("connectButton"));
    if (!click(connect, QStringLiteral("Connect")))
        return false;
    if (connect->isEnabled())
        return fail(QStringLiteral("Connect stays enabled while connecting"));
    QWidget *dialog = nullptr;
    if (!waitFor(
            [&] {
                dialog = m_wizard->findChild<QWidget *>(QStringLiteral("hostKeyDialog"));
                return dialog && dialog->isVisible();
            },
            kConnectTimeoutMs))
        return fail(QStringLiteral("no host key question for ") + stranger);
    auto *master = dialog->findChild<QLabel *>(QStringLiteral("hostKeyMaster"));
    if (!master || master->text() != stranger)
        return fail(QStringLiteral("the host key dialog does not name ") + stranger);
    if (next->isEnabled())
        return fail(QStringLiteral("Next is enabled while a host key is in question"));
    shotWithDialog(QStringLiteral("connection-host-key"), dialog);
    if (!click(dialog->findChild<QAbstractButton *>(QStringLiteral("hostKeyAcceptOnce")),
               QStringLiteral("Accept once")))
        return false;

    auto *table = find<QTableView>(QStringLiteral("connectionTable"));
    const QStringList connected(int(m_cluster.masters.size()), ConnectionStatusModel::tr("Connected"));
    if (!waitFor([&] { return column(table, ConnectionStatusModel::StateColumn) == connected; },
                 kConnectTimeoutMs))
        return fail(QStringLiteral("not every row says Connected: ")
                    + column(table, ConnectionStatusModel::StateColumn).join(QStringLiteral(", ")));
    if (!waitFor([next] { return next->isEnabled(); }, 5000))
        return fail(QStringLiteral("Next stays disabled with every master connected"));
    shot(QStringLiteral("connection"));
    if (!click(next, QStringLiteral("Next")))
        return false;
    return m_wizard->currentId() == WizardPageId::Discover
        || fail(QStringLiteral("Next did not go to Discovery"));
}

bool WizardDriver::discover()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (next->isEnabled())
        return fail(QStringLiteral("Next is enabled before discovery finished"));
    if (!waitFor([next] { return next->isEnabled(); }, kDiscoveryTimeoutMs))
        return fail(QStringLiteral("discovery did not finish with every ID agreed"));
    auto *table = find<QTableView>(QStringLiteral("discoveryTable"));
    if (!table || table->model()->rowCount() != m_cluster.masters.size())
        return fail(QStringLiteral("the table does not list every master"));

    // The IP header sorts the rows as DC/OS numbers the masters: as strings.
    clickHeader(table->horizontalHeader(), DiscoveryModel::Ip);
    if (m_heartbeat)
        m_heartbeat->setLabel(QStringLiteral("page %1, sorting by IP").arg(m_wizard->currentId()));
    QStringList sorted = m_cluster.masters;
    std::sort(sorted.begin(), sorted.end());
    if (table->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder
        || column(table, DiscoveryModel::Ip) != sorted)
        return fail(QStringLiteral("the IP column is not in DC/OS order: ")
                    + column(table, DiscoveryModel::Ip).join(QStringLiteral(", ")));
    QStringList ids;
    QStringList canonical;
    for (int i = 0; i < sorted.size(); ++i) {
        ids << QString::number(m_cluster.ids.value(sorted.at(i)));
        canonical << QStringLiteral("%1:%2").arg(i + 1).arg(sorted.at(i));
    }
    if (column(table, DiscoveryModel::CurrentId) != ids)
        return fail(QStringLiteral("discovered IDs ") + column(table, DiscoveryModel::CurrentId).join(u',')
                    + QStringLiteral(", the masters run ") + ids.join(u','));

    // The preview shows the plan's ensembles; Phase B is DC/OS's own numbering.
    const MigrationPlan &plan = m_wizard->controller()->plan();
    auto *phaseA = find<QLineEdit>(QStringLiteral("phaseAEnsemble"));
    auto *phaseB = find<QLineEdit>(QStringLiteral("phaseBEnsemble"));
    if (!phaseA || phaseA->text() != plan.phaseA().toString()
        || phaseA->text() != Ensemble::withIds(m_cluster.masters, m_cluster.ids).toString())
        return fail(QStringLiteral("Phase A preview ") + (phaseA ? phaseA->text() : QString()));
    if (!phaseB || phaseB->text() != plan.phaseB().toString() || phaseB->text() != canonical.join(u','))
        return fail(QStringLiteral("Phase B preview ") + (phaseB ? phaseB->text() : QString()));
    if (!plan.phaseBNeeded())
        return fail(QStringLiteral("the cluster's IDs need no Phase B; the flow would not cover it"));
    shot(QStringLiteral("discovery"));
    if (!click(next, QStringLiteral("Next")))
        return false;
    return m_wizard->currentId() == WizardPageId::Preflight
        || fail(QStringLiteral("Next did not go to Preflight"));
}

bool WizardDriver::preflight()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (m_wizard->button(QWizard::CustomButton1)->isVisible())
        return fail(QStringLiteral("Roll back is offered before anything changed"));
    if (!waitFor([next] { return next->isEnabled(); }, kPhaseTimeoutMs))
        return fail(QStringLiteral("preflight did not pass: ")
                    + m_wizard->controller()->run()->outcomeMessage());
    auto *checks = find<QTreeWidget>(QStringLiteral("preflightChecks"));
    if (!checks || checks->topLevelItemCount() < 5)
        return fail(QStringLiteral("the checks are not listed"));
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        if (!checks->topLevelItem(i)->data(0, Qt::UserRole).toBool())
            return fail(QStringLiteral("check failed: ") + checks->topLevelItem(i)->text(0));
    }
    shot(QStringLiteral("preflight"));
    if (!click(next, QStringLiteral("Next")))
        return false;
    return m_wizard->currentId() == WizardPageId::ConfirmBackup
        || fail(QStringLiteral("Next did not go to the backup's confirmation"));
}

bool WizardDriver::runPhase(Phase phase)
{
    const PhasePages pages = pagesOf(phase);
    const QString key = phaseKey(phase);
    const QString shotName = QString::fromLatin1(pages.shotName);
    if (m_wizard->currentId() != pages.confirm)
        return fail(QStringLiteral("not on the confirmation of ") + key);
    QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QAbstractButton *rollback = m_wizard->button(QWizard::CustomButton1);
    const bool changedSomething = phase != Phase::Backup && phase != Phase::Rollback;
    if (rollback->isVisible() != changedSomething)
        return fail(
            QStringLiteral("Roll back is %1 on the confirmation of %2")
                .arg(rollback->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"), key));
    auto *understood = find<QCheckBox>(QStringLiteral("confirmUnderstood_") + key);
    if (!understood || !commit->isVisible())
        return fail(QStringLiteral("no confirmation to tick for ") + key);
    if (commit->isEnabled())
        return fail(QStringLiteral("the commit button is enabled before the tick"));
    shot(QStringLiteral("confirm-") + shotName);
    understood->setFocus();
    QTest::keyClick(understood, Qt::Key_Space);
    if (!waitFor([commit] { return commit->isEnabled(); }, kPhaseTimeoutMs))
        return fail(QStringLiteral("the commit button stays disabled after the tick"));
    const int linesBefore = m_wizard->controller()->run()->log()->rowCount();
    if (!click(commit, commit->text()))
        return false;
    if (m_wizard->currentId() != pages.run)
        return fail(QStringLiteral("the commit did not show the run page of ") + key);
    // Until the phase is done there is nowhere to go but Pause, Cancel and Roll back.
    if (next->isEnabled())
        return fail(QStringLiteral("Next is enabled while %1 runs").arg(key));
    if (m_wizard->button(QWizard::BackButton)->isEnabled())
        return fail(QStringLiteral("Back is enabled while %1 runs").arg(key));
    if (phase == Phase::PhaseA || phase == Phase::PhaseB) {
        // Mid-phase, the operator sees restarts happening in the log and the masters' table;
        // the screenshot is taken once a master restarts or settles.
        RunController *run = m_wizard->controller()->run();
        const auto restarting = [run] {
            for (const QString &master : run->masters()->masters()) {
                const auto state = run->masters()->state(master);
                if (state == RunMastersModel::State::Restarting || state == RunMastersModel::State::Settling)
                    return true;
            }
            return false;
        };
        if (!waitFor(
                [&] {
                    return (run->log()->rowCount() > linesBefore + 5 && restarting()) || next->isEnabled();
                },
                kPhaseTimeoutMs))
            return fail(QStringLiteral("no log lines while %1 runs").arg(key));
        if (!next->isEnabled())
            shot(QStringLiteral("run-") + shotName);
    }
    if (!waitFor([next] { return next->isEnabled(); },
                 phase == Phase::Rollback ? kRollbackTimeoutMs : kPhaseTimeoutMs))
        return fail(QStringLiteral("%1 did not finish: %2")
                        .arg(key, m_wizard->controller()->run()->outcomeMessage()));
    if (m_linesWhileRunning.value(phase) <= 0)
        return fail(QStringLiteral("no log line arrived while %1 ran").arg(key));
    if (logRows() <= 0)
        return fail(QStringLiteral("the run page's log is empty"));
    if (phase == Phase::Rollback) {
        if (m_wizard->controller()->run()->outcome() != RunOutcome::Succeeded)
            return fail(QStringLiteral("the rollback failed: ")
                        + m_wizard->controller()->run()->outcomeMessage());
        shot(QStringLiteral("run-rollback"));
    } else if (!rollback->isVisible()) {
        return fail(QStringLiteral("Roll back is not offered after %1").arg(key));
    }
    if (phase == Phase::Backup) {
        // The journal of a run that waits for Phase A: what the Resume page finds after a crash.
        m_keptJournal = QDir(m_workDir).filePath(QStringLiteral("resume/run.json"));
        QDir().mkpath(QFileInfo(m_keptJournal).path());
        QFile::remove(m_keptJournal);
        QFile::copy(m_wizard->controller()->run()->baseOptions().journalPath, m_keptJournal);
    }
    return click(next, QStringLiteral("Next"));
}

bool WizardDriver::migrationSummary()
{
    if (m_wizard->currentId() != WizardPageId::Summary)
        return fail(QStringLiteral("Verify's Next did not show the Summary"));
    auto *result = find<QLabel>(QStringLiteral("summaryResult"));
    auto *quorum = find<QLabel>(QStringLiteral("summaryQuorum"));
    const QString succeeded = SummaryPage::tr("The migration succeeded.");
    if (!result || !waitFor([&] { return result->text().startsWith(succeeded); }, 10000))
        return fail(QStringLiteral("the result says ") + (result ? result->text() : QString()));
    // The quorum window: how long the ensemble could not serve (Phase B's renumbering).
    if (!quorum || quorum->text().isEmpty())
        return fail(QStringLiteral("the time without quorum is not shown"));
    if (!m_wizard->button(QWizard::CustomButton1)->isVisible())
        return fail(QStringLiteral("Roll back is not offered after the migration"));
    if (m_wizard->button(QWizard::BackButton)->isVisible())
        return fail(QStringLiteral("Back is offered on the Summary, after the run is over"));
    shot(QStringLiteral("summary"));
    return true;
}

bool WizardDriver::migrate()
{
    if (!importConfig() || !connectAll() || !discover() || !preflight())
        return false;
    for (const Phase phase : { Phase::Backup, Phase::PhaseA, Phase::PhaseB, Phase::Verify }) {
        if (!runPhase(phase))
            return false;
    }
    return migrationSummary();
}

bool WizardDriver::rollBack()
{
    QAbstractButton *rollback = m_wizard->button(QWizard::CustomButton1);
    if (!click(rollback, QStringLiteral("Roll back")))
        return false;
    if (m_wizard->currentId() != WizardPageId::ConfirmRollback)
        return fail(QStringLiteral("Roll back did not ask for a confirmation"));
    if (!runPhase(Phase::Rollback))
        return false;
    if (m_wizard->currentId() != WizardPageId::Summary)
        return fail(QStringLiteral("the rollback's Next did not show the Summary"));
    auto *result = find<QLabel>(QStringLiteral("summaryResult"));
    const QString succeeded = SummaryPage::tr("The rollback succeeded.");
    if (!result || !waitFor([&] { return result->text().startsWith(succeeded); }, 10000))
        return fail(QStringLiteral("the result says ") + (result ? result->text() : QString()));
    if (m_wizard->button(QWizard::BackButton)->isVisible())
        return fail(QStringLiteral("Back is offered on the Summary after the rollback"));
    shot(QStringLiteral("summary-rollback"));
    for (const QString &master : m_cluster.masters) {
        if (m_cluster.envFile(master) != m_before.value(master))
            return fail(QStringLiteral("%1's env file differs from before the migration").arg(master));
    }
    return true;
}

bool WizardDriver::resumePageScreenshot()
{
    if (m_keptJournal.isEmpty() || !QFile::exists(m_keptJournal))
        return fail(QStringLiteral("no journal was kept from the run"));
    MigrationWizard second;
    second.resize(m_wizard->size());
    second.show();
    auto *page = second.findChild<ResumePage *>(QStringLiteral("resumePage"));
    if (!page)
        return fail(QStringLiteral("the wizard has no Resume page"));
    page->scan(QFileInfo(m_keptJournal).path());
    if (!waitFor([&] { return second.currentId() == WizardPageId::Resume; }, 10000))
        return fail(QStringLiteral("the Resume page did not find the unfinished run"));
    if (!m_screenshotDir.isEmpty()) {
        QCoreApplication::processEvents();
        second.grab().save(QDir(m_screenshotDir).filePath(QStringLiteral("resume.png")));
    }
    return true;
}
