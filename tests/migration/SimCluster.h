#pragma once

#include "remote/SshTarget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One topology of tests/cluster-sim for a migration test: brought up fresh (down, then up),
// torn down in the destructor. Files on a master are read straight from the sim's state dir,
// not through the app, so the tests check the app with an independent view.
class SimCluster
{
public:
    // topology: a file under tests/migration/topologies/, e.g. "migration-default"; profile: the
    // sim's timing profile, "fast" (tests) or "dcos" (DC/OS's tickTime 2000 and limits).
    explicit SimCluster(const QString &topology, const QString &profile = QStringLiteral("fast"));
    ~SimCluster();

    static bool available(QString *why); // root, the sim's packages

    bool up(QString *error);
    void down();
    bool fault(const QString &master, const QString &kind, double seconds = -1);
    // Kills the master's open SSH sessions too (the sim's sshd-down keeps them, like systemd).
    bool sshdDownHard(const QString &master);
    QJsonObject status() const;

    QString name() const { return m_name; }
    QStringList masters() const { return m_masters; } // master_list order
    QString configYaml() const { return m_configPath; }
    QString connectString() const; // ip:2181,...
    QList<SshTarget> targets() const;
    // The password user (login with its password; sudo asks for sudoPassword).
    QList<SshTarget> passwordTargets(const QString &sudoPassword) const;
    QString password() const { return m_password; }
    QString passwordUser() const { return m_passwordUser; }
    // Failed sudo passwords the master's pam_faillock has counted for the password user.
    int failedSudoLogins(const QString &master) const;

    QByteArray envFile(const QString &master) const;
    // What DC/OS's installer makes of a config.yaml for this cluster (its version, its Exhibitor
    // TLS): the /etc/exhibitor it renders; *problems gets what its validation refused, if any.
    QByteArray dcosRender(const QString &configYaml, QString *problems) const;
    // The live workload's own account (`sim load report --json`); empty without a workload.
    QJsonObject loadReport() const;
    QMap<QString, QByteArray> envFiles() const; // every master's, by IP
    QByteArray origFile(const QString &master) const;
    bool origExists(const QString &master) const;
    // The run lock file on a master (/run/exhibitor-migration/run.lock there); empty if none.
    QByteArray lockFile(const QString &master) const;
    bool lockFileExists(const QString &master) const;
    // Leaves a lock file on a master as another run would have (root-owned, 0644).
    bool writeLockFile(const QString &master, const QByteArray &record) const;
    QByteArray myid(const QString &master) const;
    QByteArray zooCfg(const QString &master) const;
    QByteArray journal(const QString &master) const; // the master's journal: Exhibitor's and ZooKeeper's lines
    double unitSince(const QString &master) const; // when the unit last started

    QString tempPath(const QString &name) const { return m_temp.filePath(name); }

private:
    bool readState();
    bool isPristine() const;
    QByteArray runSim(const QStringList &args, int *exitCode = nullptr, int timeoutMs = 180000) const;
    QByteArray masterFile(const QString &master, const QString &relative) const;

    QString m_topologyPath;
    QString m_profile;
    QString m_name;
    QStringList m_masters;
    QString m_stateDir;
    QString m_clientKey;
    QString m_user;
    QString m_passwordUser;
    QString m_password;
    int m_sshPort = 22;
    QString m_configPath;
    QString m_knownHosts;
    QTemporaryDir m_temp;
};
