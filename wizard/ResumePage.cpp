#include "ResumePage.h"

#include "InlineMessage.h"
#include "OffGuiThread.h"
#include "RunController.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "migration/MigrationJournal.h"
#include "migration/RunLock.h"
#include "migration/MigrationPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace {
const auto kDiscardedSuffix = QStringLiteral(".discarded.json");

bool isUnfinished(MigrationJournal::State state)
{
    switch (state) {
    case MigrationJournal::State::Running:
    case MigrationJournal::State::Failed:
    case MigrationJournal::State::Cancelled:
    case MigrationJournal::State::Interrupted:
    case MigrationJournal::State::RollingBack:
        return true;
    case MigrationJournal::State::NotStarted:
    case MigrationJournal::State::Completed:
    case MigrationJournal::State::RolledBack:
        return false;
    }
    return false;
}

struct ConfigCheck
{
    bool readable = false;
    QString error;
    QString sha256;
};

struct Rename
{
    QString newPath;
    QString error;
};
} // namespace

ResumePage::ResumePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_details(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume the run"), this))
    , m_rollback(new QPushButton(tr("R&oll back"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_message(new InlineMessage(this))
{
    setTitle(tr("An unfinished run was found"));
    setSubTitle(
        tr("A migration or rollback did not finish. Resume it where it stopped, roll the cluster back "
           "to how it was, or put the run aside."));

    m_details->setObjectName(QStringLiteral("resumeDetails"));
    m_details->setAccessibleName(tr("The unfinished run"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setAccessibleName(tr("Resume the unfinished run"));
    m_resume->setToolTip(
        tr("Connects to the masters again and continues after the last step that finished."));
    m_rollback->setObjectName(QStringLiteral("resumeRollbackButton"));
    m_rollback->setAccessibleName(tr("Roll the unfinished run back"));
    m_rollback->setToolTip(
        tr("Connects to the masters and restores every master's backed-up Exhibitor file."));
    m_discard->setObjectName(QStringLiteral("resumeDiscardButton"));
    m_discard->setAccessibleName(tr("Discard the unfinished run"));
    m_discard->setToolTip(tr("Keeps the journal, renamed, and starts a new migration. The cluster is left as "
                             "it is."));
    m_message->setObjectName(QStringLiteral("resumeMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    setTabOrder(m_resume, m_rollback);
    setTabOrder(m_rollback, m_discard);

    connect(m_resume, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_discard, &QPushButton::clicked, this, &ResumePage::askDiscard);
    showRuns({});
}

QString ResumePage::defaultJournalDir()
{
    return MigrationPaths::dataDir() + QStringLiteral("/journals");
}

QList<ResumePage::UnfinishedRun> ResumePage::findUnfinishedRuns(const QString &journalDir)
{
    QList<UnfinishedRun> runs;
    const QDir dir(journalDir);
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        if (name.endsWith(kDiscardedSuffix))
            continue;
        const auto journal = MigrationJournal::load(dir.filePath(name));
        if (!journal || !isUnfinished(journal->state))
            continue;
        UnfinishedRun run;
        run.journalPath = dir.filePath(name);
        run.clusterName = journal->clusterName;
        run.masters = journal->masters;
        run.configFile = journal->configFile;
        run.configSha256 = journal->configSha256;
        run.stateText = journal->stateTextNow();
        run.runningNow = RunLock::holder(run.journalPath).has_value();
        run.updated = journal->updated;
        if (const auto entry = journal->lastUnfinished()) {
            run.stoppedAt
                = entry->master.isEmpty() ? entry->op : tr("%1 on %2").arg(entry->op, entry->master);
            if (!entry->message.isEmpty())
                run.stoppedAt += QStringLiteral(": ") + entry->message;
        }
        runs << run;
    }
    std::sort(runs.begin(), runs.end(),
              [](const UnfinishedRun &a, const UnfinishedRun &b) { return a.updated > b.updated; });
    return runs;
}

void ResumePage::scan(const QString &journalDir)
{
    m_journalDir = journalDir;
    runOffGuiThread(
        this, [journalDir] { return findUnfinishedRuns(journalDir); },
        [this](const QList<UnfinishedRun> &runs) {
            showRuns(runs);
            Q_EMIT scanFinished(!runs.isEmpty());
        });
}

void ResumePage::showRuns(const QList<UnfinishedRun> &runs)
{
    m_runs = runs;
    m_chosen = false;
    m_message->clear();
    const bool any = !runs.isEmpty();
    m_resume->setEnabled(any);
    m_rollback->setEnabled(any);
    m_discard->setEnabled(any);
    if (!any) {
        m_details->setText(tr("No unfinished run."));
        Q_EMIT completeChanged();
        return;
    }
    const UnfinishedRun &run = runs.constFirst();
    QStringList lines;
    lines << tr("Cluster: %1").arg(run.clusterName);
    lines << tr("Masters: %1").arg(run.masters.join(QStringLiteral(", ")));
    lines << tr("State: %1").arg(run.stateText);
    lines << tr("Stopped at: %1").arg(run.stoppedAt.isEmpty() ? tr("between two steps") : run.stoppedAt);
    lines << tr("Last change: %1").arg(QLocale().toString(run.updated.toLocalTime(), QLocale::LongFormat));
    lines << tr("config.yaml: %1").arg(run.configFile);
    if (runs.size() > 1)
        lines << tr("%n more unfinished run(s) will be shown after this one.", nullptr, int(runs.size() - 1));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_resume->setDefault(true);
    if (run.runningNow) {
        // Resuming, rolling back or discarding under a run that goes on would act on its journal.
        m_resume->setEnabled(false);
        m_rollback->setEnabled(false);
        m_discard->setEnabled(false);
        m_message->setMessage(InlineMessage::Kind::Warning,
                              tr("This run is going on now, from another window or the command line. Wait for it "
                                 "to end, then open the wizard again to resume or roll it back."));
    }
    Q_EMIT completeChanged();
}

int ResumePage::nextId() const
{
    // Always Connect (Next stays disabled until a choice): -1 would make QWizard offer Finish.
    return WizardPageId::Connect;
}

bool ResumePage::isComplete() const
{
    return m_chosen;
}

void ResumePage::choose(bool rollback)
{
    if (m_runs.isEmpty())
        return;
    m_resume->setEnabled(false);
    m_rollback->setEnabled(false);
    m_discard->setEnabled(false);
    const UnfinishedRun run = m_runs.constFirst();
    runOffGuiThread(
        this,
        [path = run.configFile] {
            ConfigCheck check;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                check.error = file.errorString();
                return check;
            }
            check.readable = true;
            check.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
            return check;
        },
        [this, run, rollback](const ConfigCheck &check) {
            if (!check.readable) {
                showRuns(m_runs);
                m_message->setMessage(
                    InlineMessage::Kind::Error,
                    tr("Cannot read the run's config.yaml %1: %2").arg(run.configFile, check.error));
                return;
            }
            if (run.configSha256.isEmpty() || check.sha256 == run.configSha256)
                return continueWith(rollback);

            auto *box
                = new QMessageBox(QMessageBox::Warning, tr("config.yaml changed"),
                                  tr("%1 changed since the run started. The run's plan came from the old "
                                     "content; continue with the file as it is now?")
                                      .arg(run.configFile),
                                  QMessageBox::NoButton, this);
            box->setObjectName(QStringLiteral("configChangedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            auto *go = box->addButton(tr("&Continue"), QMessageBox::AcceptRole);
            go->setObjectName(QStringLiteral("continueButton"));
            box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
            box->setDefaultButton(QMessageBox::Cancel);
            connect(box, &QMessageBox::finished, this, [this, box, go, rollback] {
                if (box->clickedButton() == go) {
                    continueWith(rollback);
                } else {
                    showRuns(m_runs);
                }
            });
            m_message->setMessage(InlineMessage::Kind::Warning,
                                  tr("The config.yaml changed since the run started."));
            box->open();
        });
}

void ResumePage::continueWith(bool rollback)
{
    const UnfinishedRun run = m_runs.constFirst();
    m_controller->run()->setIntent(rollback ? RunController::Intent::Rollback
                                            : RunController::Intent::Resume);
    connect(
        m_controller, &WizardController::importFinished, this,
        [this, run] {
            if (!m_controller->hasValidConfig()) {
                showRuns(m_runs);
                m_message->setMessage(InlineMessage::Kind::Error,
                                      tr("The run's config.yaml %1 cannot be used:\n%2")
                                          .arg(run.configFile, m_controller->errorText()));
                return;
            }
            m_chosen = true;
            Q_EMIT completeChanged();
            if (wizard() && wizard()->currentPage() == this && wizard()->page(WizardPageId::Connect))
                wizard()->next();
        },
        Qt::SingleShotConnection);
    m_controller->loadConfigFile(run.configFile);
}

void ResumePage::askDiscard()
{
    if (m_runs.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard the unfinished run?"),
        tr("The cluster stays as the run left it; a new migration starts from what the "
           "masters run now. The journal is kept as %1.")
            .arg(QFileInfo(m_runs.constFirst().journalPath).completeBaseName() + kDiscardedSuffix),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDiscardButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            discard();
    });
    box->open();
}

void ResumePage::discard()
{
    const QString path = m_runs.constFirst().journalPath;
    m_discard->setEnabled(false);
    runOffGuiThread(
        this,
        [path] {
            Rename rename;
            QString target = path.chopped(5) + kDiscardedSuffix;
            // Never replace an older discarded journal: both are records of what happened.
            for (int n = 2; QFile::exists(target); ++n)
                target = path.chopped(5) + QStringLiteral(".%1").arg(n) + kDiscardedSuffix;
            QFile file(path);
            if (file.rename(target))
                rename.newPath = target;
            else
                rename.error = file.errorString();
            return rename;
        },
        [this, path](const Rename &rename) {
            if (!rename.error.isEmpty()) {
                showRuns(m_runs);
                m_message->setMessage(InlineMessage::Kind::Error,
                                      tr("Cannot rename the journal %1: %2").arg(path, rename.error));
                return;
            }
            QList<UnfinishedRun> rest = m_runs;
            rest.removeFirst();
            showRuns(rest);
            Q_EMIT discarded(rename.newPath);
            if (rest.isEmpty() && wizard()) {
                wizard()->setStartId(WizardPageId::Import);
                wizard()->restart();
            }
        });
}
