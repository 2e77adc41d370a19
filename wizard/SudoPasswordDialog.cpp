#include "SudoPasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SudoPasswordDialog::SudoPasswordDialog(const QString &master, const QString &user, const QString &reason,
                                       QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_cancel(new QPushButton(tr("&Stop the run"), this))
{
    setObjectName(QStringLiteral("sudoPasswordDialog"));
    setWindowTitle(tr("sudo password for %1").arg(user));
    setAccessibleName(tr("sudo password refused on %1").arg(master));

    auto *intro = new QLabel(tr("sudo on %1 did not accept the sudo password of %2.\n"
                                "No sudo command is sent to any master until you answer: each wrong "
                                "password counts as a failed login there, and masters lock the account "
                                "after a few.\n"
                                "The password you enter is tried on one master first, then used on all of "
                                "them.")
                                 .arg(master, user),
                             this);
    intro->setObjectName(QStringLiteral("sudoPasswordIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *detail = new QLabel(reason, this);
    detail->setObjectName(QStringLiteral("sudoPasswordReason"));
    detail->setWordWrap(true);
    detail->setTextFormat(Qt::PlainText);
    detail->setVisible(!reason.isEmpty());

    m_password->setObjectName(QStringLiteral("sudoPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("sudo password of %1").arg(user));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("sudo &password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);

    m_retry->setObjectName(QStringLiteral("sudoPasswordRetry"));
    m_retry->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("sudoPasswordCancel"));
    m_cancel->setAccessibleName(tr("Stop the run without sending a sudo password"));
    m_retry->setDefault(true);
    m_cancel->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_retry, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(detail);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_retry->setEnabled(!text.isEmpty()); });
    connect(m_retry, &QPushButton::clicked, this, &SudoPasswordDialog::answer);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Escape and the window's close button stop the run too: the run never waits unanswered.
    connect(this, &QDialog::rejected, this, [this] {
        m_password->clear();
        if (m_decided)
            return;
        m_decided = true;
        Q_EMIT cancelled();
    });
    m_password->setFocus();
}

void SudoPasswordDialog::answer()
{
    if (m_decided || m_password->text().isEmpty())
        return;
    m_decided = true;
    const QString password = m_password->text();
    m_password->clear();
    Q_EMIT answered(password);
    accept();
}
