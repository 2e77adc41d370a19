#include "SudoPasswordGate.h"

#include <QMutexLocker>

SudoPasswordGate::Verdict SudoPasswordGate::mayStart(const QString &master, quint64 *ticket)
{
    QMutexLocker lock(&m_mutex);
    *ticket = 0;
    if (!m_refusedOn.isEmpty())
        return Verdict::Refused;
    if (m_passed.contains(master))
        return Verdict::Start;
    if (m_trials.contains(master) || (!m_passwordProven && !m_trials.isEmpty()))
        return Verdict::Wait;
    *ticket = ++m_lastTicket;
    m_trials.insert(master, *ticket);
    return Verdict::Start;
}

void SudoPasswordGate::passed(const QString &master, quint64 ticket, bool passwordUsed)
{
    QMutexLocker lock(&m_mutex);
    m_passed.insert(master);
    m_passwordProven = m_passwordProven || passwordUsed;
    if (ticket != 0 && m_trials.value(master) == ticket)
        m_trials.remove(master);
}

void SudoPasswordGate::refused(const QString &master, quint64 ticket, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (m_refusedOn.isEmpty()) {
        m_refusedOn = master;
        m_reason = reason;
    }
    m_passed.remove(master);
    if (ticket != 0 && m_trials.value(master) == ticket)
        m_trials.remove(master);
}

void SudoPasswordGate::abandoned(quint64 ticket)
{
    if (ticket == 0)
        return;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_trials.begin(); it != m_trials.end(); ++it) {
        if (it.value() == ticket) {
            m_trials.erase(it);
            return;
        }
    }
}

bool SudoPasswordGate::isRefused() const
{
    QMutexLocker lock(&m_mutex);
    return !m_refusedOn.isEmpty();
}

QString SudoPasswordGate::refusedOn() const
{
    QMutexLocker lock(&m_mutex);
    return m_refusedOn;
}

QString SudoPasswordGate::reason() const
{
    QMutexLocker lock(&m_mutex);
    return m_reason;
}

void SudoPasswordGate::reset()
{
    QMutexLocker lock(&m_mutex);
    m_passed.clear();
    m_passwordProven = false;
    m_trials.clear();
    m_refusedOn.clear();
    m_reason.clear();
}

QString SudoPasswordGate::notTriedMessage(const QString &master) const
{
    QMutexLocker lock(&m_mutex);
    return tr("sudo on %1 was not tried, so that no further failed sudo logins are counted (pam_faillock "
              "locks an account after a few): %2")
        .arg(master, m_reason);
}
