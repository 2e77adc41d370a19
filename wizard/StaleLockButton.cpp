#include "StaleLockButton.h"

#include "RunController.h"

#include <QMessageBox>

StaleLockButton::StaleLockButton(RunController *run, const QString &objectName, QWidget *parent)
    : QPushButton(tr("&Take over the stale lock…"), parent)
    , m_run(run)
{
    setObjectName(objectName);
    setAccessibleDescription(tr("Asks before taking over the lock a run that looks over left on the masters"));
    setVisible(false);
    connect(m_run, &RunController::changed, this, &StaleLockButton::update);
    connect(this, &QPushButton::clicked, this, &StaleLockButton::ask);
}

void StaleLockButton::update()
{
    setVisible(m_run->hasFinished() && !m_run->isRunning() && !m_run->staleLockHolder().isEmpty());
}

void StaleLockButton::ask()
{
    const QString holder = m_run->staleLockHolder();
    if (holder.isEmpty() || m_run->isRunning())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Take over the stale lock"),
        tr("The masters' lock file names %1.\n\nIts ZooKeeper session is gone and its process is not running, so "
           "that run looks over. Take the lock over only if you are sure: two runs at once would restart different "
           "masters at the same time.")
            .arg(holder),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("takeOverStaleLockBox"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("keepStaleLockButton"));
    QPushButton *takeOver = box->addButton(tr("&Take over"), QMessageBox::AcceptRole);
    takeOver->setObjectName(QStringLiteral("confirmTakeOverButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, takeOver](QAbstractButton *clicked) {
        if (clicked == takeOver)
            m_run->takeOverStaleLock();
    });
    box->open();
}
