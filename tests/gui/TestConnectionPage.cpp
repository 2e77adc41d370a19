// The Connection page driven through its widgets, offscreen, against the simulated cluster: the
// fields filled by keyboard, Connect, the host key dialog, the live table and Next.
#include "ConnectSim.h"
#include "ConnectionController.h"
#include "ConnectionPage.h"
#include "ConnectionStatusModel.h"
#include "GuiTestSupport.h"
#include "HostKeyDialog.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace GuiTestSupport;

namespace {
constexpr int kConnectTimeoutMs = 60000;
}

class TestConnectionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void authChoiceEnablesItsFields();
    void keyboardConnectAskHostKeyAndContinue();
    void rejectedHostKeyShowsTheErrorAndKeepsNextDisabled();
    void everyControlHasAnAccessibleName();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QStringList stateColumn() const;
    void typeInto(QWidget *widget, const QString &text);
    HostKeyDialog *visibleHostKeyDialog() const;

    std::unique_ptr<SimCluster> m_sim;
    QTemporaryDir m_dir;
    WizardController *m_controller = nullptr;
    QWizard *m_wizard = nullptr;
};

void TestConnectionPage::initTestCase()
{
    isolateSettings();
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    m_sim = std::make_unique<SimCluster>(ConnectSim::topology());
    QVERIFY2(m_sim->up(&why), qPrintable(why));
}

void TestConnectionPage::init()
{
    QSettings().clear();
    m_wizard = new QWizard;
    m_controller = new WizardController(m_wizard);
    auto *page = new ConnectionPage(m_controller, m_wizard);
    page->setObjectName(QStringLiteral("connectionPage"));
    m_wizard->setPage(WizardPageId::Connect, page);
    auto *next = new QWizardPage(m_wizard);
    next->setObjectName(QStringLiteral("discoverPage"));
    m_wizard->setPage(WizardPageId::Discover, next);

    QSignalSpy imported(m_controller, &WizardController::importFinished);
    m_controller->loadConfigFile(m_sim->configYaml());
    QVERIFY(imported.wait());
    QVERIFY(m_controller->hasValidConfig());
    // What the page does not show (known_hosts, ~/.ssh/config) the tests set in the controller;
    // the first master's key is left out, so it is asked about.
    ConnectionSettings settings;
    settings.knownHostsPath = ConnectSim::knownHostsWithout(*m_sim, m_dir, { m_sim->masters().constFirst() },
                                                            QStringLiteral("known_hosts"));
    settings.useSshConfig = false;
    m_controller->connection()->setSettings(settings);

    m_wizard->show();
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
}

void TestConnectionPage::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    m_controller = nullptr;
}

QStringList TestConnectionPage::stateColumn() const
{
    const QAbstractItemModel *model = find<QTableView>("connectionTable")->model();
    QStringList states;
    for (int row = 0; row < model->rowCount(); ++row)
        states << model->index(row, ConnectionStatusModel::StateColumn).data().toString();
    return states;
}

void TestConnectionPage::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

HostKeyDialog *TestConnectionPage::visibleHostKeyDialog() const
{
    auto *dialog = m_wizard->findChild<HostKeyDialog *>(QStringLiteral("hostKeyDialog"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestConnectionPage::authChoiceEnablesItsFields()
{
    auto *keyFile = find<QLineEdit>("keyFile");
    auto *password = find<QLineEdit>("sshPassword");
    auto *passphrase = find<QLineEdit>("keyPassphrase");
    auto *sudoPassword = find<QLineEdit>("sudoPassword");

    find<QRadioButton>("authKey")->setFocus();
    QTest::keyClick(find<QRadioButton>("authKey"), Qt::Key_Space);
    QVERIFY(keyFile->isEnabled());
    QVERIFY(passphrase->isEnabled());
    QVERIFY(!password->isEnabled());
    QCOMPARE(m_controller->connection()->settings().auth, SshAuthMethod::KeyFile);

    // Alt+S: the password radio's mnemonic.
    QTest::keyClick(m_wizard, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(find<QRadioButton>("authPassword")->isChecked());
    QVERIFY(!keyFile->isEnabled());
    QVERIFY(!passphrase->isEnabled());
    QVERIFY(password->isEnabled());

    QVERIFY(!sudoPassword->isEnabled());
    auto *sudo = find<QComboBox>("sudoMode");
    sudo->setCurrentIndex(sudo->findData(int(SudoMode::Password)));
    QVERIFY(sudoPassword->isEnabled());

    // A typed secret shows where it lives, never in the settings.
    typeInto(password, QStringLiteral("typed-secret"));
    QCOMPARE(find<QLabel>("sshPasswordHint")->text(),
             SecretCache::tr("Kept in memory until the wizard closes; not saved in the system keychain."));
}

void TestConnectionPage::keyboardConnectAskHostKeyAndContinue()
{
    const QString password = ConnectSim::password(*m_sim);
    const QString stranger = m_sim->masters().constFirst();

    typeInto(find<QLineEdit>("sshUser"), QStringLiteral("emw-pass"));
    typeInto(find<QSpinBox>("sshPort"), QStringLiteral("2222"));
    auto *passwordRadio = find<QRadioButton>("authPassword");
    passwordRadio->setFocus();
    QTest::keyClick(passwordRadio, Qt::Key_Space);
    typeInto(find<QLineEdit>("sshPassword"), password);
    auto *sudo = find<QComboBox>("sudoMode");
    sudo->setFocus();
    while (sudo->currentData().toInt() != int(SudoMode::Password))
        QTest::keyClick(sudo, Qt::Key_Down);
    auto *sudoPassword = find<QLineEdit>("sudoPassword");
    typeInto(sudoPassword, password);

    const ConnectionSettings settings = m_controller->connection()->settings();
    QCOMPARE(settings.user, QStringLiteral("emw-pass"));
    QCOMPARE(settings.port, 2222);
    QCOMPARE(settings.auth, SshAuthMethod::Password);
    QCOMPARE(settings.sudo, SudoMode::Password);
    QVERIFY(!nextButton()->isEnabled());

    // Enter in a field connects, like the default Connect button.
    QTest::keyClick(sudoPassword, Qt::Key_Return);
    QTRY_VERIFY(!find<QPushButton>("connectButton")->isEnabled());

    HostKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleHostKeyDialog()) != nullptr, kConnectTimeoutMs);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hostKeyMaster"))->text(), stranger);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hostKeyHost"))->text(),
             stranger + QStringLiteral(":2222"));
    const QString keyType = dialog->findChild<QLabel *>(QStringLiteral("hostKeyType"))->text();
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hostKeyFingerprint"))->text(),
             ConnectSim::fingerprint(*m_sim, stranger, keyType));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hostKeyKnownHosts"))->text(),
             m_controller->connection()->settings().knownHostsPath);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("hostKeyReject"))->isDefault());
    QVERIFY(!nextButton()->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("hostKeyAcceptOnce")), Qt::LeftButton);
    const QString connected = ConnectionStatusModel::tr("Connected");
    QTRY_COMPARE_WITH_TIMEOUT(stateColumn(), QStringList(3, connected), kConnectTimeoutMs);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(find<QPushButton>("connectButton")->isEnabled());

    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(WizardPageId::Discover));
}

void TestConnectionPage::rejectedHostKeyShowsTheErrorAndKeepsNextDisabled()
{
    const SshTarget sim = m_sim->targets().constFirst();
    const QString stranger = m_sim->masters().constFirst();
    typeInto(find<QLineEdit>("sshUser"), QStringLiteral("emw-key"));
    typeInto(find<QSpinBox>("sshPort"), QString::number(sim.port));
    auto *keyRadio = find<QRadioButton>("authKey");
    keyRadio->setFocus();
    QTest::keyClick(keyRadio, Qt::Key_Space);
    typeInto(find<QLineEdit>("keyFile"), sim.keyFile);
    QTest::mouseClick(find<QPushButton>("connectButton"), Qt::LeftButton);

    HostKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleHostKeyDialog()) != nullptr, kConnectTimeoutMs);
    // Escape is a rejection.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(stateColumn().constFirst(), ConnectionStatusModel::tr("Failed"),
                              kConnectTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateColumn().mid(1), QStringList(2, ConnectionStatusModel::tr("Connected")),
                              kConnectTimeoutMs);
    const QAbstractItemModel *model = find<QTableView>("connectionTable")->model();
    QVERIFY(model->index(0, ConnectionStatusModel::ErrorColumn).data().toString().contains(stranger));
    QTRY_VERIFY(find<QPushButton>("connectButton")->isEnabled());
    QVERIFY(!nextButton()->isEnabled());
}

void TestConnectionPage::everyControlHasAnAccessibleName()
{
    const QWidget *page = find<ConnectionPage>("connectionPage");
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<const QAbstractButton *>(widget)
            || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTableView *>(widget);
        // Qt's own parts of a compound widget (the spin box's line edit, the table's corner
        // button) are named through their owner.
        bool insideCompound = false;
        for (const QWidget *up = widget->parentWidget(); up && up != page; up = up->parentWidget())
            insideCompound = insideCompound || qobject_cast<const QAbstractSpinBox *>(up)
                || qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractItemView *>(up);
        if (!interactive || insideCompound)
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestConnectionPage)
#include "TestConnectionPage.moc"
