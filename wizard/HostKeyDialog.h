#pragma once

#include "remote/HostKeyInfo.h"

#include <QDialog>

class QPushButton;

// Asks the operator about one master's unknown host key: which master, host:port, key type,
// SHA256 fingerprint (to compare out of band) and the known_hosts file "Accept and save" writes.
// Reject is the default and what Escape or closing the window means. Open it with open(): it is
// window-modal without a nested event loop; decided() carries the answer.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyInfo &info, QWidget *parent = nullptr);

    const HostKeyInfo &info() const { return m_info; }
    HostKeyDecision decision() const { return m_decision; }

Q_SIGNALS:
    // The fingerprint is the one shown: the answer is about that key only.
    void decided(const QString &master, const QString &fingerprint, HostKeyDecision decision);

private:
    void decide(HostKeyDecision decision);

    HostKeyInfo m_info;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
    bool m_decided = false;
    QPushButton *m_reject;
    QPushButton *m_acceptOnce;
    QPushButton *m_acceptAndSave;
};
