#pragma once

#include "SupportBundleTypes.h"

#include <QObject>
#include <QPointer>

class QThread;
class SupportBundle;

// Makes a support bundle in a worker thread of its own (SSH sessions, redaction, file writing and
// tar never run on the caller's thread) and reports back by queued signals. Destroying the runner
// mid-way stops the collection; nothing half-written is claimed as a bundle.
class SupportBundleRunner : public QObject
{
    Q_OBJECT

public:
    explicit SupportBundleRunner(QObject *parent = nullptr);
    ~SupportBundleRunner() override;

    bool isRunning() const { return m_running; }
    // One bundle at a time; false if one is being made.
    bool start(const SupportBundleRequest &request);

signals:
    void progress(const QString &master, const QString &text);
    void finished(const SupportBundleResult &result);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    bool m_running = false;
};
