#include "SupportBundleRunner.h"

#include "SupportBundle.h"

#include "remote/BackgroundPriority.h"

#include <QThread>

SupportBundleRunner::SupportBundleRunner(QObject *parent)
    : QObject(parent)
{
    static const bool registered = [] {
        qRegisterMetaType<SupportBundleResult>();
        return true;
    }();
    Q_UNUSED(registered);
}

SupportBundleRunner::~SupportBundleRunner()
{
    stopThread();
}

void SupportBundleRunner::stopThread()
{
    if (!m_thread)
        return;
    // The bundle (and its SSH sessions) is destroyed in its own thread when the loop ends.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool SupportBundleRunner::start(const SupportBundleRequest &request)
{
    if (m_running)
        return false;
    stopThread();
    m_running = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("support-bundle"));
    BackgroundPriority::apply(m_thread);
    auto *bundle = new SupportBundle(request);
    bundle->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, bundle, &QObject::deleteLater);
    connect(bundle, &SupportBundle::progress, this, &SupportBundleRunner::progress);
    connect(bundle, &SupportBundle::finished, this, [this](const SupportBundleResult &result) {
        m_running = false;
        if (m_thread)
            m_thread->quit();
        emit finished(result);
    });
    m_thread->start();
    QMetaObject::invokeMethod(bundle, [bundle] { bundle->start(); }, Qt::QueuedConnection);
    return true;
}
