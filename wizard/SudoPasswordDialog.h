#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks for the sudo password again after a master refused it (RunController::sudoQuestion):
// names the master and the user it was tried as, and says that no sudo command is sent to any
// master until the operator answers, since every wrong password is a failed login that
// pam_faillock counts. Try again hands the new password over (tried on one master first, then
// on all); Cancel, Escape and closing the window stop the run. Open it with open(): it is
// window-modal without a nested event loop. The password lives only in the field and in what
// answered() hands over; the field is cleared once it is.
class SudoPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    SudoPasswordDialog(const QString &master, const QString &user, const QString &reason,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void answered(const QString &password);
    void cancelled();

private:
    void answer();

    QLineEdit *m_password;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    bool m_decided = false;
};
