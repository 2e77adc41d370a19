#include "SupportBundlePanel.h"

#include "InlineMessage.h"
#include "RunController.h"
#include "WizardController.h"

#include "migration/MigrationRunner.h"
#include "support/SupportBundleRunner.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

SupportBundlePanel::SupportBundlePanel(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_runner(new SupportBundleRunner(this))
    , m_intro(new QLabel(this))
    , m_create(new QPushButton(tr("Create support bundle"), this))
    , m_open(new QPushButton(tr("Open folder"), this))
    , m_message(new InlineMessage(this))
{
    m_intro->setWordWrap(true);
    m_intro->setText(tr("For a support request: every master's env file, zoo.cfg, myid, the end of its journal and "
                        "ZooKeeper's answers, with config.yaml and this run's report. Secrets are redacted; known "
                        "failure messages are explained in findings.txt."));
    m_create->setObjectName(QStringLiteral("createSupportBundle"));
    m_create->setToolTip(tr("Reads from every master over SSH; changes nothing."));
    m_open->setObjectName(QStringLiteral("openSupportBundle"));
    m_open->setEnabled(false);
    m_message->setObjectName(QStringLiteral("supportBundleMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_create, &QPushButton::clicked, this, &SupportBundlePanel::createBundle);
    connect(m_open, &QPushButton::clicked, this, &SupportBundlePanel::openFolder);
    connect(m_runner, &SupportBundleRunner::finished, this, &SupportBundlePanel::onFinished);
    setVisible(false);
}

void SupportBundlePanel::setRun(const QString &reportDir, bool failed)
{
    m_reportDir = reportDir;
    setVisible(failed);
}

bool SupportBundlePanel::isBusy() const
{
    return m_runner->isRunning();
}

void SupportBundlePanel::createBundle()
{
    if (m_runner->isRunning())
        return;
    const MigrationSetup setup = m_controller->run()->setup();
    SupportBundleRequest request;
    request.targets = setup.targets;
    request.options = setup.options;
    request.clusterName = setup.clusterName;
    request.configYamlPath = m_controller->config().fileName();
    request.journalPath = MigrationRunner::journalPath(setup);
    request.runReportDir = m_reportDir;
    request.outDir = m_outputDir;
    if (!setup.zkSuperCredentials.isEmpty())
        request.extraSecrets << setup.zkSuperCredentials;
    m_create->setEnabled(false);
    m_open->setEnabled(false);
    m_message->setMessage(InlineMessage::Kind::Information,
                          tr("Collecting from %n master(s)…", nullptr, int(request.targets.size())));
    m_runner->start(request);
}

void SupportBundlePanel::onFinished(const SupportBundleResult &result)
{
    m_create->setEnabled(true);
    if (!result.ok) {
        m_message->setMessage(InlineMessage::Kind::Error,
                              tr("The support bundle could not be written: %1").arg(result.error));
        Q_EMIT bundleFinished(false, QString(), 0);
        return;
    }
    m_bundleDir = result.dir;
    m_open->setEnabled(true);
    QString text = tr("Support bundle written to %1: %n known failure(s) found (findings.txt).", nullptr,
                      int(result.findings.size()))
                       .arg(result.dir);
    if (const int unreachable = result.unreachableCount())
        text += QLatin1Char(' ') + tr("%n master(s) could not be reached; the bundle says which.", nullptr, unreachable);
    text += QLatin1Char(' ') + tr("Secrets are redacted; read the files before you send them.");
    m_message->setMessage(result.unreachableCount() ? InlineMessage::Kind::Warning : InlineMessage::Kind::Information,
                          text);
    Q_EMIT bundleFinished(true, result.dir, int(result.findings.size()));
}

void SupportBundlePanel::openFolder()
{
    if (!m_bundleDir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_bundleDir));
}
