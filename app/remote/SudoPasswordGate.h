#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

// Which sudo commands may start, shared by every master's session of one run (or one connection
// attempt) and used from their worker threads. Only for sudo with a password.
//
// A wrong sudo password counts as a failed login on the master, and so does a sudo that is
// stopped while it asks (pam_faillock counts both; with deny=3 it locks the operator out after
// three). So a sudo command starts only when its answer is known to be welcome:
//  - until the password has worked somewhere, one command in the whole run tries it (a trial),
//    every other sudo command waits without starting;
//  - once it has worked, each master's first command is that master's trial, the master's other
//    commands wait for it;
//  - once a master refused it (or asked something else), no sudo command starts anywhere until
//    the operator answers again (a new gate, or reset()).
// So a wrong password costs one failed login on one master.
class SudoPasswordGate
{
    Q_DECLARE_TR_FUNCTIONS(SudoPasswordGate)

public:
    enum class Verdict {
        Start, // start it: the master is known to run sudo, or the caller is a trial
        Wait, // a trial is under way: ask again shortly
        Refused // a master refused the password: do not start
    };

    // ticket: set non-zero when the caller is a trial; pass it to the reports below.
    Verdict mayStart(const QString &master, quint64 *ticket);
    // sudo ran the command; passwordUsed: it asked for the password (else the master needs none).
    void passed(const QString &master, quint64 ticket, bool passwordUsed);
    // reason: what the operator sees for that master (the wrong password, a prompt that is not
    // sudo's); every command not started afterwards names it.
    void refused(const QString &master, quint64 ticket, const QString &reason);
    // The trial ended without a verdict (timeout, lost connection, sudo refused the command): the
    // next command may try.
    void abandoned(quint64 ticket);

    bool isRefused() const;
    QString refusedOn() const; // the master that refused it
    QString reason() const;
    // The operator answered again (with the same or another password): everything is forgotten.
    void reset();

    // For a command on master that did not start because refusedOn() refused the password.
    QString notTriedMessage(const QString &master) const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_passed; // masters where sudo ran a command
    bool m_passwordProven = false;
    QHash<QString, quint64> m_trials; // master -> ticket of its trial in flight
    QString m_refusedOn;
    QString m_reason;
    quint64 m_lastTicket = 0;
};

using SudoPasswordGatePtr = std::shared_ptr<SudoPasswordGate>;
