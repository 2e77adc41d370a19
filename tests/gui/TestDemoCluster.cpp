// DemoCluster through the Welcome page: without root it says so and shows the command; as root
// it starts a real simulated cluster (tests/gui/topologies/gui-demo.yaml, 127.0.65.x) with
// progress and ends with that cluster's config.yaml loaded and the SSH settings that reach it.
#include "ConnectionController.h"
#include "DemoCluster.h"
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "MigrationWizard.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace GuiTestSupport;

namespace {
const auto kTopology = QStringLiteral(EMW_SOURCE_DIR "/tests/gui/topologies/gui-demo.yaml");

void simDown()
{
    QProcess sim;
    sim.start(DemoCluster::simTool(), { QStringLiteral("down"), kTopology });
    sim.waitForFinished(120000);
}
} // namespace

class TestDemoCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void withoutRootShowsTheCommand();
    void connectWithoutARunningDemoSaysSo();
    void startsTheDemoWithProgress();
    void cancelStopsTheStart();

private:
    bool simUsable(QString *why) const;
    QPushButton *button(const char *name) const;
    QString demoMessage() const;

    MigrationWizard *m_wizard = nullptr;
    DemoCluster *m_demo = nullptr;
};

bool TestDemoCluster::simUsable(QString *why) const
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("the simulated cluster needs root");
        return false;
    }
    for (const char *path : { "/usr/sbin/sshd", "/usr/share/java/zookeeper.jar" }) {
        if (!QFileInfo::exists(QString::fromLatin1(path))) {
            *why = QStringLiteral("%1 is missing").arg(QString::fromLatin1(path));
            return false;
        }
    }
    return true;
}

void TestDemoCluster::initTestCase()
{
    isolateSettings();
    QVERIFY(DemoCluster::isAvailable());
    // This test's addresses only: the bundled demo (127.0.1.x) is never started here.
    qputenv("EMW_SIM_SSH_PORT", "2222");
}

void TestDemoCluster::init()
{
    m_wizard = new MigrationWizard;
    m_demo = m_wizard->controller()->demo();
    m_demo->setTopology(kTopology);
    m_demo->setProfile(QStringLiteral("fast"));
    m_wizard->show();
}

void TestDemoCluster::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
}

void TestDemoCluster::cleanupTestCase()
{
    QString why;
    if (simUsable(&why))
        simDown();
}

QPushButton *TestDemoCluster::button(const char *name) const
{
    auto *widget = m_wizard->findChild<QPushButton *>(QLatin1String(name));
    if (!widget)
        qFatal("no button named %s", name);
    return widget;
}

QString TestDemoCluster::demoMessage() const
{
    return m_wizard->findChild<InlineMessage *>(QStringLiteral("demoMessage"))->text();
}

void TestDemoCluster::withoutRootShowsTheCommand()
{
    m_demo->setAssumeNotRoot(true);
    m_demo->setTopology(QStringLiteral("default"));
    QSignalSpy finished(m_demo, &DemoCluster::finished);
    QTest::mouseClick(button("startDemoButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_demo->state(), DemoCluster::State::Failed);
    const QString message = demoMessage();
    QVERIFY2(message.contains(QLatin1String("needs root")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("sudo "))
                 && message.contains(QLatin1String("tests/cluster-sim/sim up default")),
             qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Connect to the running demo")));
    QVERIFY(button("connectDemoButton")->isEnabled());
    QVERIFY(!m_wizard->controller()->hasConfig());
}

void TestDemoCluster::connectWithoutARunningDemoSaysSo()
{
    QString why;
    if (!simUsable(&why))
        QSKIP(qPrintable(why));
    simDown();
    m_demo->setAssumeNotRoot(true);
    QSignalSpy finished(m_demo, &DemoCluster::finished);
    QTest::mouseClick(button("connectDemoButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString message = demoMessage();
    QVERIFY2(message.contains(QLatin1String("No running demo cluster found")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("sudo ")), qPrintable(message));
    QVERIFY(!m_wizard->controller()->hasConfig());
}

void TestDemoCluster::startsTheDemoWithProgress()
{
    QString why;
    if (!simUsable(&why))
        QSKIP(qPrintable(why));
    QSignalSpy progress(m_demo, &DemoCluster::progress);
    QSignalSpy finished(m_demo, &DemoCluster::finished);
    QTest::mouseClick(button("startDemoButton"), Qt::LeftButton);
    QTRY_VERIFY(button("cancelDemoButton")->isVisible());
    QVERIFY(!button("startDemoButton")->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(progress.count() >= 3);
    const QString log = m_wizard->findChild<QPlainTextEdit *>(QStringLiteral("demoLog"))->toPlainText();
    QVERIFY2(log.contains(QLatin1String("up in")) && log.contains(QLatin1String("ready")), qPrintable(log));
    QVERIFY(!button("cancelDemoButton")->isVisible());

    WizardController *controller = m_wizard->controller();
    QVERIFY(controller->hasValidConfig());
    QCOMPARE(controller->config().clusterName(), QStringLiteral("gui-demo"));
    QCOMPARE(controller->config().masterList(),
             QStringList({ QStringLiteral("127.0.65.11"), QStringLiteral("127.0.65.12"),
                           QStringLiteral("127.0.65.13") }));
    const ConnectionSettings settings = controller->connection()->settings();
    QCOMPARE(settings.user, QStringLiteral("emw-key"));
    QCOMPARE(settings.port, 2222);
    QCOMPARE(settings.auth, SshAuthMethod::KeyFile);
    QCOMPARE(settings.sudo, SudoMode::Passwordless);
    QVERIFY2(QFileInfo(settings.keyFile).isFile(), qPrintable(settings.keyFile));
    QVERIFY2(QFileInfo(settings.knownHostsPath).isFile(), qPrintable(settings.knownHostsPath));
    QVERIFY(!settings.useSshConfig);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // A second wizard finds the running demo (what an operator without root does).
    cleanup();
    init();
    m_demo->setAssumeNotRoot(true);
    QSignalSpy again(m_demo, &DemoCluster::finished);
    QTest::mouseClick(button("connectDemoButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 60000);
    QVERIFY2(again.first().first().toBool(), qPrintable(again.first().at(1).toString()));
    QCOMPARE(m_wizard->controller()->config().clusterName(), QStringLiteral("gui-demo"));
    // Without root the sim's key is out of reach: the password user, its password in SecretCache.
    const ConnectionSettings byPassword = m_wizard->controller()->connection()->settings();
    QCOMPARE(byPassword.port, 2222);
    QCOMPARE(byPassword.user, QStringLiteral("emw-pass"));
    QCOMPARE(byPassword.auth, SshAuthMethod::Password);
    QCOMPARE(byPassword.sudo, SudoMode::Password);
    QVERIFY(QFileInfo(byPassword.knownHostsPath).size() > 0);
    QVERIFY(m_wizard->controller()->connection()->hasSecret(SecretStore::Kind::SshPassword));
    QVERIFY(m_wizard->controller()->connection()->hasSecret(SecretStore::Kind::SudoPassword));
}

void TestDemoCluster::cancelStopsTheStart()
{
    QString why;
    if (!simUsable(&why))
        QSKIP(qPrintable(why));
    simDown();
    QSignalSpy progress(m_demo, &DemoCluster::progress);
    QSignalSpy finished(m_demo, &DemoCluster::finished);
    QTest::mouseClick(button("startDemoButton"), Qt::LeftButton);
    QTRY_VERIFY(button("cancelDemoButton")->isVisible());
    QTest::mouseClick(button("cancelDemoButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_demo->state(), DemoCluster::State::Idle);
    QVERIFY(button("startDemoButton")->isEnabled());
    QVERIFY(!m_wizard->controller()->hasConfig());
}

QTEST_MAIN(TestDemoCluster)
#include "TestDemoCluster.moc"
