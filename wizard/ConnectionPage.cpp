#include "ConnectionPage.h"

#include "ConnectionController.h"
#include "ConnectionStatusModel.h"
#include "HostKeyDialog.h"
#include "InlineMessage.h"
#include "RunController.h"
#include "WizardController.h"
#include "remote/MasterConnections.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLineEdit *secretEdit(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *hintLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // greyed: a hint, not an instruction
    return label;
}

QWidget *withHint(QWidget *field, QLabel *hint, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}
} // namespace

ConnectionPage::ConnectionPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(controller)
    , m_controller(controller->connection())
    , m_user(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_authGroup(new QButtonGroup(this))
    , m_authAuto(new QRadioButton(tr("&Automatic: the agent, then the keys from ~/.ssh/config"), this))
    , m_authAgent(new QRadioButton(tr("SSH a&gent only"), this))
    , m_authKey(new QRadioButton(tr("&Key file"), this))
    , m_authPassword(new QRadioButton(tr("Pa&ssword"), this))
    , m_keyFile(new QLineEdit(this))
    , m_browseKey(new QPushButton(tr("Bro&wse…"), this))
    , m_passphrase(secretEdit("keyPassphrase", tr("Key passphrase"), this))
    , m_passphraseHint(hintLabel("keyPassphraseHint", this))
    , m_password(secretEdit("sshPassword", tr("SSH password"), this))
    , m_passwordHint(hintLabel("sshPasswordHint", this))
    , m_sudo(new QComboBox(this))
    , m_sudoPassword(secretEdit("sudoPassword", tr("Password for sudo"), this))
    , m_sudoPasswordHint(hintLabel("sudoPasswordHint", this))
    , m_remember(new QCheckBox(tr("R&emember the passwords in the system keychain"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_table(new QTableView(this))
    , m_message(new InlineMessage(this))
{
    setTitle(tr("Connect to the masters"));
    setSubTitle(
        tr("The wizard logs in to every master over SSH, checks each host key against known_hosts and "
           "runs what needs root through sudo. Nothing is changed on the masters."));

    m_user->setObjectName(QStringLiteral("sshUser"));
    m_user->setAccessibleName(tr("SSH user"));
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else your local user name"));
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setAccessibleName(tr("SSH port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("from ~/.ssh/config, else 22"));

    const std::pair<QRadioButton *, SshAuthMethod> radios[] = { { m_authAuto, SshAuthMethod::Auto },
                                                                { m_authAgent, SshAuthMethod::Agent },
                                                                { m_authKey, SshAuthMethod::KeyFile },
                                                                { m_authPassword, SshAuthMethod::Password } };
    for (const auto &[radio, method] : radios)
        m_authGroup->addButton(radio, int(method));
    m_authAuto->setObjectName(QStringLiteral("authAuto"));
    m_authAuto->setAccessibleName(tr("Log in automatically with the agent or the keys from ~/.ssh/config"));
    m_authAgent->setObjectName(QStringLiteral("authAgent"));
    m_authAgent->setAccessibleName(tr("Log in with the SSH agent only"));
    m_authKey->setObjectName(QStringLiteral("authKey"));
    m_authKey->setAccessibleName(tr("Log in with a key file"));
    m_authPassword->setObjectName(QStringLiteral("authPassword"));
    m_authPassword->setAccessibleName(tr("Log in with a password"));

    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    m_browseKey->setObjectName(QStringLiteral("browseKeyButton"));
    m_browseKey->setAccessibleName(tr("Browse for the private key file"));

    m_sudo->setObjectName(QStringLiteral("sudoMode"));
    m_sudo->setAccessibleName(tr("How to become root"));
    m_sudo->addItem(tr("No sudo: the user is root"), int(SudoMode::None));
    m_sudo->addItem(tr("sudo without a password"), int(SudoMode::Passwordless));
    m_sudo->addItem(tr("sudo with a password"), int(SudoMode::Password));

    m_remember->setObjectName(QStringLiteral("rememberSecrets"));
    m_remember->setAccessibleName(tr("Remember the passwords in the system keychain"));
    m_remember->setToolTip(tr("Passwords are never written to the settings file; without this they are "
                              "kept in memory until the wizard closes."));

    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect to all masters"));
    m_connect->setDefault(true);

    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setAccessibleName(tr("Connection state of each master"));
    m_table->setModel(m_controller->statusModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectionStatusModel::ErrorColumn,
                                                      QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("connectionMessage"));

    auto *userLabel = new QLabel(tr("SSH &user:"), this);
    userLabel->setBuddy(m_user);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *keyLabel = new QLabel(tr("Private key f&ile:"), this);
    keyLabel->setBuddy(m_keyFile);
    auto *passphraseLabel = new QLabel(tr("Key passp&hrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto *passwordLabel = new QLabel(tr("SSH passwo&rd:"), this);
    passwordLabel->setBuddy(m_password);
    auto *sudoLabel = new QLabel(tr("Su&do:"), this);
    sudoLabel->setBuddy(m_sudo);
    auto *sudoPasswordLabel = new QLabel(tr("Password for sud&o:"), this);
    sudoPasswordLabel->setBuddy(m_sudoPassword);
    auto *tableLabel = new QLabel(tr("&Masters:"), this);
    tableLabel->setBuddy(m_table);

    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    userRow->addWidget(portLabel);
    userRow->addWidget(m_port);

    auto *authBox = new QGroupBox(tr("Log in with"), this);
    auto *authLayout = new QVBoxLayout(authBox);
    for (const auto &[radio, method] : radios) {
        Q_UNUSED(method)
        authLayout->addWidget(radio);
    }

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browseKey);

    auto *form = new QFormLayout;
    form->addRow(userLabel, userRow);
    form->addRow(authBox);
    form->addRow(keyLabel, keyRow);
    form->addRow(passphraseLabel, withHint(m_passphrase, m_passphraseHint, this));
    form->addRow(passwordLabel, withHint(m_password, m_passwordHint, this));
    form->addRow(sudoLabel, m_sudo);
    form->addRow(sudoPasswordLabel, withHint(m_sudoPassword, m_sudoPasswordHint, this));
    form->addRow(m_remember);

    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(tableLabel);
    connectRow->addStretch(1);
    connectRow->addWidget(m_connect);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(connectRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    QWidget *order[] = { m_user,         m_port,         m_authAuto,  m_authAgent,  m_authKey,
                         m_authPassword, m_keyFile,      m_browseKey, m_passphrase, m_password,
                         m_sudo,         m_sudoPassword, m_remember,  m_connect,    m_table };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_user, &QLineEdit::textEdited, this, &ConnectionPage::pushSettings);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionPage::pushSettings);
    connect(m_authGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            pushSettings();
    });
    connect(m_keyFile, &QLineEdit::textEdited, this, &ConnectionPage::pushSettings);
    connect(m_sudo, &QComboBox::currentIndexChanged, this, &ConnectionPage::pushSettings);
    connect(m_remember, &QCheckBox::toggled, this, &ConnectionPage::pushSettings);
    connect(m_browseKey, &QPushButton::clicked, this, &ConnectionPage::browseKeyFile);

    connect(m_passphrase, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setSecret(SecretStore::Kind::KeyPassphrase, text); });
    connect(m_password, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setSecret(SecretStore::Kind::SshPassword, text); });
    connect(m_sudoPassword, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setSecret(SecretStore::Kind::SudoPassword, text); });

    // Enter in any field connects, as the default button would.
    for (QLineEdit *edit : { m_user, m_keyFile, m_passphrase, m_password, m_sudoPassword })
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionPage::startConnect);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionPage::startConnect);

    connect(m_controller, &ConnectionController::settingsChanged, this, &ConnectionPage::showSettings);
    connect(m_controller, &ConnectionController::secretStatusChanged, this,
            &ConnectionPage::showSecretStatus);
    connect(m_controller, &ConnectionController::connectionStateChanged, this,
            &ConnectionPage::showConnectionState);
    connect(m_controller, &ConnectionController::busyChanged, this, &ConnectionPage::showConnectionState);
    connect(m_controller, &ConnectionController::hostKeyQuestion, this, &ConnectionPage::askHostKey);
    connect(m_controller->statusModel(), &QAbstractItemModel::dataChanged, m_table,
            &QTableView::resizeRowsToContents);
    connect(m_controller->statusModel(), &QAbstractItemModel::modelReset, m_table,
            &QTableView::resizeRowsToContents);

    showSettings();
    showConnectionState();
}

bool ConnectionPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->isComplete();
}

int ConnectionPage::nextId() const
{
    return m_wizard->run()->pageAfterConnection();
}

void ConnectionPage::pushSettings()
{
    if (m_showingSettings)
        return;
    ConnectionSettings settings = m_controller->settings(); // keeps what the page does not show
    settings.user = m_user->text().trimmed();
    settings.port = m_port->value();
    settings.auth = SshAuthMethod(m_authGroup->checkedId());
    settings.keyFile = m_keyFile->text().trimmed();
    settings.sudo = SudoMode(m_sudo->currentData().toInt());
    settings.rememberSecrets = m_remember->isChecked();
    m_controller->setSettings(settings);
    updateEnabled();
}

void ConnectionPage::showSettings()
{
    m_showingSettings = true;
    const ConnectionSettings settings = m_controller->settings();
    if (m_user->text().trimmed() != settings.user)
        m_user->setText(settings.user);
    m_port->setValue(settings.port);
    if (QAbstractButton *radio = m_authGroup->button(int(settings.auth)))
        radio->setChecked(true);
    if (m_keyFile->text().trimmed() != settings.keyFile)
        m_keyFile->setText(settings.keyFile);
    m_sudo->setCurrentIndex(m_sudo->findData(int(settings.sudo)));
    m_remember->setChecked(settings.rememberSecrets);
    m_showingSettings = false;
    updateEnabled();
    showSecretStatus();
}

void ConnectionPage::showSecretStatus()
{
    m_passphraseHint->setText(m_controller->secretStatusText(SecretStore::Kind::KeyPassphrase));
    m_passwordHint->setText(m_controller->secretStatusText(SecretStore::Kind::SshPassword));
    m_sudoPasswordHint->setText(m_controller->secretStatusText(SecretStore::Kind::SudoPassword));
    // A secret from the keychain is used without showing it: say so where it would be typed.
    const auto placeholder = [this](SecretStore::Kind kind) {
        return m_controller->hasSecret(kind) ? tr("(known: type to replace it)") : QString();
    };
    m_passphrase->setPlaceholderText(placeholder(SecretStore::Kind::KeyPassphrase));
    m_password->setPlaceholderText(placeholder(SecretStore::Kind::SshPassword));
    m_sudoPassword->setPlaceholderText(placeholder(SecretStore::Kind::SudoPassword));
}

void ConnectionPage::showConnectionState()
{
    updateEnabled();
    closeStaleHostKeyDialog();

    const ConnectionStatusModel *model = m_controller->statusModel();
    const QStringList masters = model->masters();
    int connected = 0;
    int failed = 0;
    for (const QString &master : masters) {
        connected += model->state(master) == SshState::Connected;
        failed += model->state(master) == SshState::Failed;
    }
    if (m_controller->isBusy()) {
        m_message->setMessage(
            InlineMessage::Kind::Information,
            tr("Connecting: %1 of %n master(s) connected.", nullptr, int(masters.size())).arg(connected));
    } else if (m_controller->isComplete()) {
        m_message->setMessage(
            InlineMessage::Kind::Information,
            tr("All %n master(s) connected. Continue with Next.", nullptr, int(masters.size())));
    } else if (failed > 0) {
        m_message->setMessage(InlineMessage::Kind::Error,
                              tr("%1 of %n master(s) could not be connected; the Error column says why and "
                                 "what to do. Fix it, then press Connect again.",
                                 nullptr, int(masters.size()))
                                  .arg(failed));
    } else {
        m_message->clear();
    }
    m_completeSignal.update(this, wizard());
}

void ConnectionPage::updateEnabled()
{
    const bool busy = m_controller->isBusy();
    const auto auth = SshAuthMethod(m_authGroup->checkedId());
    const bool keyFile = auth == SshAuthMethod::KeyFile;
    for (QWidget *widget : { static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_port),
                             static_cast<QWidget *>(m_authAuto), static_cast<QWidget *>(m_authAgent),
                             static_cast<QWidget *>(m_authKey), static_cast<QWidget *>(m_authPassword),
                             static_cast<QWidget *>(m_sudo), static_cast<QWidget *>(m_remember) })
        widget->setEnabled(!busy);
    m_keyFile->setEnabled(!busy && keyFile);
    m_browseKey->setEnabled(!busy && keyFile);
    // Auto may meet an encrypted default identity, which needs the passphrase too.
    m_passphrase->setEnabled(!busy && (keyFile || auth == SshAuthMethod::Auto));
    m_password->setEnabled(!busy && auth == SshAuthMethod::Password);
    m_sudoPassword->setEnabled(!busy && SudoMode(m_sudo->currentData().toInt()) == SudoMode::Password);
    m_connect->setEnabled(!busy && m_wizard->hasValidConfig());
}

void ConnectionPage::browseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the private key"), m_keyFile->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    // Key files are hidden in ~/.ssh and have no extension.
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_keyFile->setText(path);
        pushSettings();
    });
    dialog->open();
}

void ConnectionPage::startConnect()
{
    if (m_controller->isBusy() || !m_wizard->hasValidConfig())
        return;
    pushSettings();
    m_hostKeyQueue.clear();
    m_controller->connectAll();
}

void ConnectionPage::askHostKey(const QString &master, const HostKeyInfo &info)
{
    HostKeyInfo question = info;
    question.master = master;
    m_hostKeyQueue.append(question);
    showNextHostKeyQuestion();
}

void ConnectionPage::showNextHostKeyQuestion()
{
    // One dialog at a time: the other masters wait for their turn (and go on connecting).
    if (m_hostKeyDialog || m_hostKeyQueue.isEmpty())
        return;
    const HostKeyInfo info = m_hostKeyQueue.takeFirst();
    if (m_controller->statusModel()->state(info.master) != SshState::AwaitingHostKeyDecision)
        return showNextHostKeyQuestion();
    auto *dialog = new HostKeyDialog(info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HostKeyDialog::decided, m_controller, &ConnectionController::answerHostKey);
    connect(dialog, &QDialog::finished, this, [this] {
        m_hostKeyDialog.clear();
        QMetaObject::invokeMethod(this, &ConnectionPage::showNextHostKeyQuestion, Qt::QueuedConnection);
    });
    m_hostKeyDialog = dialog;
    dialog->open();
}

void ConnectionPage::closeStaleHostKeyDialog()
{
    // The master gave up waiting (or the connections were reset): the question is moot.
    if (m_hostKeyDialog
        && m_controller->statusModel()->state(m_hostKeyDialog->info().master)
            != SshState::AwaitingHostKeyDecision)
        m_hostKeyDialog->reject();
}
