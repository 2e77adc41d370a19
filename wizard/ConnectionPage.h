#pragma once

#include "CompleteSignal.h"

#include "remote/HostKeyInfo.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class ConnectionController;
class HostKeyDialog;
class InlineMessage;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class WizardController;

// Page 2: how to reach the masters over SSH (user, port, agent / key / password, sudo, whether
// to remember the secrets in the keychain), a Connect button and one live row per master
// (state, the route after ~/.ssh/config, the error). Unknown host keys are asked one at a time
// in a HostKeyDialog. Next is enabled only once every master is connected.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(WizardController *controller, QWidget *parent = nullptr);

    bool isComplete() const override;
    int nextId() const override;

private:
    void pushSettings();
    void showSettings();
    void showSecretStatus();
    void showConnectionState();
    void updateEnabled();
    void browseKeyFile();
    void startConnect();
    void askHostKey(const QString &master, const HostKeyInfo &info);
    void showNextHostKeyQuestion();
    void closeStaleHostKeyDialog();

    WizardController *m_wizard;
    ConnectionController *m_controller;
    bool m_showingSettings = false;

    QLineEdit *m_user;
    QSpinBox *m_port;
    QButtonGroup *m_authGroup;
    QRadioButton *m_authAuto;
    QRadioButton *m_authAgent;
    QRadioButton *m_authKey;
    QRadioButton *m_authPassword;
    QLineEdit *m_keyFile;
    QPushButton *m_browseKey;
    QLineEdit *m_passphrase;
    QLabel *m_passphraseHint;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QComboBox *m_sudo;
    QLineEdit *m_sudoPassword;
    QLabel *m_sudoPasswordHint;
    QCheckBox *m_remember;
    QPushButton *m_connect;
    QTableView *m_table;
    InlineMessage *m_message;

    QList<HostKeyInfo> m_hostKeyQueue;
    QPointer<HostKeyDialog> m_hostKeyDialog;
    CompleteSignal m_completeSignal;
};
