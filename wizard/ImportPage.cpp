#include "ImportPage.h"

#include "DemoCluster.h"
#include "InlineMessage.h"
#include "WizardController.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The one local file a drag carries, or an empty string when it carries anything else.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}
} // namespace

ImportPage::ImportPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_demo(new QPushButton(tr("Use the &demo's config.yaml"), this))
    , m_startDemo(new QPushButton(tr("S&tart the demo cluster"), this))
    , m_connectDemo(new QPushButton(tr("Connect to the r&unning demo"), this))
    , m_cancelDemo(new QPushButton(tr("Cancel the demo'&s start"), this))
    , m_demoLog(new QPlainTextEdit(this))
    , m_demoMessage(new InlineMessage(this))
    , m_recent(new QListWidget(this))
    , m_clearRecent(new QPushButton(tr("Cl&ear list"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    setTitle(tr("Import the cluster's configuration"));
    setSubTitle(tr("Open the config.yaml the cluster was installed with (genconf/config.yaml on the "
                   "bootstrap node). Nothing on the cluster changes until you confirm the migration."));
    setAcceptDrops(true);

    auto *pathLabel = new QLabel(tr("config.&yaml file:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("configPath"));
    m_path->setAccessibleName(tr("Path of config.yaml"));
    m_path->setPlaceholderText(tr("/path/to/genconf/config.yaml"));
    m_path->setClearButtonEnabled(true);
    // Let a dropped file reach the page (which loads it) instead of being pasted as text.
    m_path->setAcceptDrops(false);

    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for config.yaml"));
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_load->setAccessibleName(tr("Load config.yaml"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setAccessibleName(tr("Use the demo cluster's config.yaml only"));
    m_demo->setToolTip(tr("Loads the bundled demo cluster's config.yaml and the IDs its masters use, without "
                          "starting the cluster: enough to look at the plan."));
    m_startDemo->setObjectName(QStringLiteral("startDemoButton"));
    m_startDemo->setAccessibleName(tr("Start the demo cluster"));
    m_startDemo->setToolTip(
        tr("Starts a simulated cluster on this machine (real sshd and ZooKeeper per master) "
           "and sets everything up to migrate it. Needs root."));
    m_connectDemo->setObjectName(QStringLiteral("connectDemoButton"));
    m_connectDemo->setAccessibleName(tr("Connect to the running demo cluster"));
    m_connectDemo->setToolTip(tr("Uses a demo cluster that was started already, e.g. with sudo."));
    m_cancelDemo->setObjectName(QStringLiteral("cancelDemoButton"));
    m_cancelDemo->setAccessibleName(tr("Cancel starting the demo cluster"));
    m_cancelDemo->hide();
    // A package has no simulator (EMW_DEMO_CLUSTER off): only the demo's config.yaml is offered.
    m_startDemo->setVisible(DemoCluster::isBuiltIn());
    m_connectDemo->setVisible(DemoCluster::isBuiltIn());
    m_demoLog->setObjectName(QStringLiteral("demoLog"));
    m_demoLog->setAccessibleName(tr("Demo cluster progress"));
    m_demoLog->setReadOnly(true);
    m_demoLog->setMaximumBlockCount(500);
    m_demoLog->setMaximumHeight(m_demoLog->fontMetrics().height() * 6);
    m_demoLog->setTabChangesFocus(true);
    m_demoLog->hide();
    m_demoMessage->setObjectName(QStringLiteral("demoMessage"));

    auto *recentLabel = new QLabel(tr("&Recent clusters:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentConfigs"));
    m_recent->setAccessibleName(tr("Recent clusters"));
    m_recent->setToolTip(tr("Double-click or press Enter to load a config.yaml you opened before."));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 7);
    m_clearRecent->setObjectName(QStringLiteral("clearRecentButton"));
    m_clearRecent->setAccessibleName(tr("Clear the list of recent clusters"));

    auto *dropHint = new QLabel(tr("You can also drop a config.yaml onto this page."), this);
    dropHint->setEnabled(false); // shown greyed: a hint, not an instruction

    m_progress->setRange(0, 0); // indeterminate: reading takes as long as it takes
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_summary->setObjectName(QStringLiteral("configSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Loaded configuration"));
    m_error->setObjectName(QStringLiteral("importError"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    pathRow->addWidget(m_load);

    auto *recentRow = new QHBoxLayout;
    recentRow->addWidget(m_recent, 1);
    recentRow->addWidget(m_clearRecent, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addLayout(pathRow);
    layout->addWidget(dropHint);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demo);
    demoRow->addWidget(m_startDemo);
    demoRow->addWidget(m_connectDemo);
    demoRow->addWidget(m_cancelDemo);
    demoRow->addStretch(1);
    layout->addLayout(demoRow);
    layout->addWidget(m_demoLog);
    layout->addWidget(m_demoMessage);
    layout->addSpacing(layout->spacing());
    layout->addWidget(recentLabel);
    layout->addLayout(recentRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_load);
    setTabOrder(m_load, m_demo);
    setTabOrder(m_demo, m_startDemo);
    setTabOrder(m_startDemo, m_connectDemo);
    setTabOrder(m_connectDemo, m_cancelDemo);
    setTabOrder(m_cancelDemo, m_demoLog);
    setTabOrder(m_demoLog, m_recent);
    setTabOrder(m_recent, m_clearRecent);

    connect(m_path, &QLineEdit::returnPressed, this, &ImportPage::loadTypedPath);
    connect(m_load, &QPushButton::clicked, this, &ImportPage::loadTypedPath);
    connect(m_browse, &QPushButton::clicked, this, &ImportPage::browse);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_path->clear();
        m_controller->loadDemo();
    });
    DemoCluster *demo = m_controller->demo();
    connect(m_startDemo, &QPushButton::clicked, this, [this, demo] {
        m_demoLog->clear();
        m_path->clear();
        demo->start();
    });
    connect(m_connectDemo, &QPushButton::clicked, this, [this, demo] {
        m_path->clear();
        demo->connectToRunning();
    });
    connect(m_cancelDemo, &QPushButton::clicked, demo, &DemoCluster::cancel);
    connect(demo, &DemoCluster::progress, m_demoLog, [this](const QString &line) {
        m_demoLog->show();
        m_demoLog->appendPlainText(line);
    });
    connect(demo, &DemoCluster::stateChanged, this, &ImportPage::showDemoState);
    connect(demo, &DemoCluster::finished, this, &ImportPage::demoFinished);
    connect(m_recent, &QListWidget::itemActivated, this, &ImportPage::loadRecent);
    connect(m_clearRecent, &QPushButton::clicked, m_controller, &WizardController::clearRecentConfigs);

    connect(m_controller, &WizardController::busyChanged, this, &ImportPage::showControllerState);
    connect(m_controller, &WizardController::errorTextChanged, this, &ImportPage::showControllerState);
    connect(m_controller, &WizardController::configChanged, this, &ImportPage::showControllerState);
    connect(m_controller, &WizardController::recentConfigsChanged, this, &ImportPage::showRecentConfigs);
    showControllerState();
    showRecentConfigs();
}

bool ImportPage::isComplete() const
{
    return !m_controller->isBusy() && !m_controller->demo()->isBusy() && m_controller->hasValidConfig();
}

void ImportPage::showDemoState()
{
    const bool busy = m_controller->demo()->isBusy();
    m_startDemo->setEnabled(!busy);
    m_connectDemo->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_cancelDemo->setVisible(busy);
    m_progress->setVisible(busy || m_controller->isBusy());
    if (busy)
        m_demoMessage->clear();
    Q_EMIT completeChanged();
}

void ImportPage::demoFinished(bool ok, const QString &message)
{
    showDemoState();
    if (ok)
        m_demoMessage->setMessage(
            InlineMessage::Kind::Information,
            tr("The demo cluster runs on this machine; the connection settings to reach it "
               "are filled in."));
    else
        m_demoMessage->setMessage(InlineMessage::Kind::Error, message);
}

void ImportPage::loadPath(const QString &path)
{
    m_path->setText(path);
    m_controller->loadConfigFile(path);
}

void ImportPage::loadTypedPath()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setMessage(
            InlineMessage::Kind::Error,
            tr("Type the path of config.yaml, choose it with Browse, or use the demo cluster."));
        m_path->setFocus();
        return;
    }
    loadPath(path);
}

void ImportPage::browse()
{
    // open() rather than getOpenFileName(): the dialog is window-modal without a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Open config.yaml"), m_path->text(),
                                   tr("DC/OS configuration (*.yaml *.yml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportPage::loadPath);
    dialog->open();
}

void ImportPage::loadRecent(QListWidgetItem *item)
{
    if (item)
        loadPath(item->data(Qt::UserRole).toString());
}

void ImportPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFile(event->mimeData()).isEmpty())
        return QWizardPage::dragEnterEvent(event);
    event->acceptProposedAction();
}

void ImportPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return QWizardPage::dropEvent(event);
    event->acceptProposedAction();
    loadPath(path);
}

void ImportPage::showControllerState()
{
    m_progress->setVisible(m_controller->isBusy() || m_controller->demo()->isBusy());

    if (m_controller->isBusy() || !m_controller->hasValidConfig()) {
        m_summary->clear();
    } else {
        const ClusterConfig &config = m_controller->config();
        const QString what = m_controller->isDemo() ? tr("the demo cluster") : config.fileName();
        m_summary->setText(tr("Loaded %1: cluster \"%2\", %n master(s), Exhibitor storage backend \"%3\".",
                              nullptr, int(config.masterList().size()))
                               .arg(what, config.clusterName(), config.storageBackend()));
    }

    if (m_controller->errorText().isEmpty())
        m_error->clear();
    else
        m_error->setMessage(InlineMessage::Kind::Error, m_controller->errorText());

    Q_EMIT completeChanged();
}

void ImportPage::showRecentConfigs()
{
    m_recent->clear();
    for (const auto &path : m_controller->recentConfigs()) {
        auto *item = new QListWidgetItem(path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_clearRecent->setEnabled(m_recent->count() > 0);
}
