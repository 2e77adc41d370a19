#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(const QString &text, const char *objectName, const QString &accessibleName,
                   QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    // Selectable, so the fingerprint can be copied and compared with what the administrator sent.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_acceptOnce(new QPushButton(tr("Accept &once"), this))
    , m_acceptAndSave(new QPushButton(tr("Accept and &save"), this))
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key of %1").arg(info.master));
    setAccessibleName(tr("Unknown host key of %1").arg(info.master));

    auto *intro = new QLabel(tr("The master %1 presents a host key that is not in your known_hosts file. "
                                "Compare its fingerprint with the one the master's administrator gives you "
                                "(ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub on the master) before you "
                                "accept it.")
                                 .arg(info.master, info.keyType.section(QLatin1Char('-'), 1)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Master:"), valueLabel(info.master, "hostKeyMaster", tr("Master"), this));
    form->addRow(tr("Host:"),
                 valueLabel(QStringLiteral("%1:%2").arg(info.host).arg(info.port), "hostKeyHost",
                            tr("Host and port"), this));
    form->addRow(tr("Key type:"), valueLabel(info.keyType, "hostKeyType", tr("Key type"), this));
    auto *fingerprint = valueLabel(info.fingerprint, "hostKeyFingerprint", tr("SHA256 fingerprint"), this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("known_hosts:"),
                 valueLabel(info.knownHostsPath, "hostKeyKnownHosts", tr("known_hosts file"), this));

    m_reject->setObjectName(QStringLiteral("hostKeyReject"));
    m_reject->setAccessibleName(tr("Reject the host key"));
    m_acceptOnce->setObjectName(QStringLiteral("hostKeyAcceptOnce"));
    m_acceptOnce->setAccessibleName(tr("Accept the host key for this run only"));
    m_acceptAndSave->setObjectName(QStringLiteral("hostKeyAcceptAndSave"));
    m_acceptAndSave->setAccessibleName(tr("Accept the host key and save it in known_hosts"));
    m_acceptAndSave->setToolTip(
        tr("Adds the key to %1, so later connections do not ask again.").arg(info.knownHostsPath));
    // Enter must never accept a key by accident.
    m_reject->setDefault(true);
    m_reject->setAutoDefault(true);
    m_acceptOnce->setAutoDefault(false);
    m_acceptAndSave->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_acceptAndSave, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_acceptOnce, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reject, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_reject, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::Reject); });
    connect(m_acceptOnce, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptOnce); });
    connect(m_acceptAndSave, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptAndSave); });
    // Escape and the window's close button: a rejection, never silence that leaves the master waiting.
    connect(this, &QDialog::rejected, this, [this] { decide(HostKeyDecision::Reject); });
    m_reject->setFocus();
}

void HostKeyDialog::decide(HostKeyDecision decision)
{
    if (m_decided)
        return;
    m_decided = true;
    m_decision = decision;
    Q_EMIT decided(m_info.master, m_info.fingerprint, decision);
    if (decision == HostKeyDecision::Reject)
        reject();
    else
        accept();
}
