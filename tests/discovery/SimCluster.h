#pragma once

#include "remote/SshTarget.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One topology of the simulated cluster (tests/cluster-sim) for the discovery tests: brings it up
// and down with `sim`, and gives the tests what they need to reach it the way an operator would:
// SSH targets with a known_hosts built from the masters' generated host keys, the DC/OS
// config.yaml describing it, and the host-side paths of each master's files (to check that
// discovery changed none of them, and to stage disagreements and .orig files).
class SimCluster
{
public:
    explicit SimCluster(const QString &topologyFile);
    ~SimCluster();

    // `sim up` (bounded by timeoutMs), then reads `sim status --json`.
    bool up(QString *error, int timeoutMs = 300000);
    void down();

    QString name() const { return m_name; }
    QStringList masters() const { return m_masters; } // master_list order
    QMap<QString, int> ids() const { return m_ids; }   // the IDs Exhibitor handed out
    int sshPort() const { return m_sshPort; }
    QString keyUser() const { return m_keyUser; }
    QString passwordUser() const { return m_passwordUser; }
    QString password() const { return m_password; }
    QString clientKey() const { return m_clientKey; }
    QString knownHostsFile() const { return m_dir.filePath(QStringLiteral("known_hosts")); }
    QString configFile() const { return m_dir.filePath(QStringLiteral("config.yaml")); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // "SHA256:..." of a master's ed25519 host key, as ssh-keygen -l prints it.
    QString hostKeyFingerprint(const QString &master) const;

    SshTarget keyTarget(const QString &master) const;
    SshTarget passwordTarget(const QString &master) const; // password login, sudo with password
    QList<SshTarget> keyTargets() const;
    QList<SshTarget> passwordTargets() const;

    // `sim fault <topology> <master> <kind>`.
    bool fault(const QString &master, const QString &kind, QString *error = nullptr);

    // Where a master's file (a path as the master sees it, under /opt/mesosphere or
    // /var/lib/dcos) lives on this machine.
    QString hostPath(const QString &master, const QString &pathOnMaster) const;
    // sha256 of every file discovery could touch on every master: the env file directory, myid
    // and zoo.cfg. Keys are host paths; a new file shows up as a new key.
    QMap<QString, QByteArray> checksums() const;

    // Makes sure every master's sshd sees the sim's private /etc/shadow (the only place the
    // password user has a password), binding it again where it is gone. Works around a
    // cluster-sim flaw: another topology's `up` rewrites the host's /etc/shadow (usermod), and
    // replacing a file that is a bind mount point in other mount namespaces detaches those mounts
    // (Linux >= 3.18), so password logins fail until the sim is brought up again. Does nothing
    // for a sim without private shadow files.
    bool ensurePasswordLogin(QString *why) const;

    static QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                          const QByteArray &input = {}, int timeoutMs = 60000, QByteArray *errors = nullptr);

private:
    QString simTool() const;
    bool readStatus(QString *error);

    QString m_topologyFile;
    QTemporaryDir m_dir;
    QString m_name;
    QString m_stateDir;
    QStringList m_masters;
    QMap<QString, int> m_ids;
    QMap<QString, QString> m_hostKeys; // master -> ed25519 .pub path
    int m_sshPort = 22;
    QString m_keyUser;
    QString m_passwordUser;
    QString m_password;
    QString m_clientKey;
    bool m_up = false;
};
