#pragma once

#include "support/SupportBundleTypes.h"

#include <QWidget>

class InlineMessage;
class QLabel;
class QPushButton;
class SupportBundleRunner;
class WizardController;

// The Summary page's offer after a failed run: "Create support bundle" collects every master's
// env file, zoo.cfg, myid, journal end and four-letter words, plus config.yaml and the run's
// report, secrets redacted, known failures explained (SupportBundle), in a worker thread. Shows
// where it was written and how many known failures it found.
class SupportBundlePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SupportBundlePanel(WizardController *controller, QWidget *parent = nullptr);

    // The run the Summary shows: offered only when it failed.
    void setRun(const QString &reportDir, bool failed);
    // Where bundles go; empty (the default): a new directory under the app's data directory.
    void setOutputDir(const QString &dir) { m_outputDir = dir; }
    bool isBusy() const;
    QString bundleDir() const { return m_bundleDir; }

Q_SIGNALS:
    void bundleFinished(bool ok, const QString &dir, int findings);

public Q_SLOTS:
    void createBundle();

private:
    void onFinished(const SupportBundleResult &result);
    void openFolder();

    WizardController *m_controller;
    SupportBundleRunner *m_runner;
    QString m_reportDir;
    QString m_outputDir;
    QString m_bundleDir;
    QLabel *m_intro;
    QPushButton *m_create;
    QPushButton *m_open;
    InlineMessage *m_message;
};
