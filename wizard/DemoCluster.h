#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class WizardController;

// The demo cluster (tests/cluster-sim's default topology) started for the operator from the
// Welcome page, with progress; or, without root, the command that starts it and a connection to
// one already running. Once up, the wizard has the cluster's config.yaml and the SSH settings
// that reach it (the sim's key user, key and port), so the whole procedure can be shown.
//
// The sim is a separate process (QProcess): starting it takes seconds and never blocks the GUI.
class DemoCluster : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Checking, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit DemoCluster(WizardController *wizard);
    ~DemoCluster() override;

    State state() const { return m_state; }
    bool isBusy() const
    {
        return m_state == State::Starting || m_state == State::Checking || m_state == State::Loading;
    }
    // The sim's output so far (progress lines), and why the last start failed.
    QStringList progressLines() const { return m_lines; }
    QString errorText() const { return m_error; }

    // The sim tool of a source build; an installed app has none (isAvailable() false), and a
    // build without EMW_DEMO_CLUSTER (a package) has no simulator path at all.
    static QString simTool();
    // Built with EMW_DEMO_CLUSTER: the wizard offers to start and connect to the demo cluster.
    static bool isBuiltIn();
    static bool isAvailable();
    bool isRoot() const;
    // The command an administrator runs to start the demo without the wizard being root.
    QString startCommand() const;

    // A topology name under tests/cluster-sim/topologies or a path; "default" unless set (tests
    // use their own addresses).
    void setTopology(const QString &topology) { m_topology = topology; }
    QString topology() const { return m_topology; }
    // "dcos" (DC/OS's timing, the default: the demo shows real timings) or "fast".
    void setProfile(const QString &profile) { m_profile = profile; }
    // Test hook: behave as without root even when root.
    void setAssumeNotRoot(bool assume) { m_assumeNotRoot = assume; }

public Q_SLOTS:
    // sim up, then the same as connectToRunning(). Without root: fails at once with the command.
    void start();
    // sim status --json on a running demo: settings, then the config.yaml.
    void connectToRunning();
    void cancel();

Q_SIGNALS:
    void stateChanged(DemoCluster::State state);
    void progress(const QString &line);
    // ok: the config is loaded and the Connection settings reach the demo; else message says why.
    void finished(bool ok, const QString &message);

private:
    QProcess *startSim(const QStringList &arguments,
                       QProcess::ProcessChannelMode mode = QProcess::MergedChannels);
    void readOutput(QProcess *process);
    void upFinished(int exitCode, bool crashed);
    void statusFinished(QProcess *process, int exitCode);
    void loadConfig(const QString &name);
    void setState(State state);
    void fail(const QString &message);
    void succeed();
    void addLine(const QString &line);

    WizardController *m_wizard;
    QString m_topology = QStringLiteral("default");
    QString m_profile = QStringLiteral("dcos");
    bool m_assumeNotRoot = false;
    State m_state = State::Idle;
    QProcess *m_process = nullptr;
    QStringList m_lines;
    QString m_error;
    ConnectionSettings m_settings; // what reaches the demo, from sim status
    QString m_password; // without root: the sim's fixture password, for SecretCache only
    QTemporaryDir m_configDir; // the config.yaml of a topology other than the bundled demo
};
