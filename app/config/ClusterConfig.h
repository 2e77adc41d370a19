#pragma once

#include "ConfigIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A DC/OS config.yaml, read with yaml-cpp and validated with DC/OS's own rules for the keys the
// migration touches (DESIGN.md §2) plus ours: the masters must be plain IPv4 addresses because
// they end up in a systemd environment file and in remote commands. The original text is kept so
// that the file written after the migration differs only where it must.
class ClusterConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClusterConfig)

public:
    static ClusterConfig fromFile(const QString &path);
    static ClusterConfig fromYaml(const QByteArray &text, const QString &fileName);

    bool isValid() const { return m_issues.isEmpty(); }
    const ConfigIssues &issues() const { return m_issues; }
    // Things to tell the operator that do not stop the plan (more than one YAML document).
    const ConfigIssues &warnings() const { return m_warnings; }
    // True when master_list itself is usable (present, a list of unique IPv4 addresses), even if
    // other keys have problems: IDs can then still be checked against it.
    bool hasUsableMasterList() const { return m_masterListUsable; }
    // False when the backend says there is nothing to migrate (already static, or an agent-only
    // group without Exhibitor): checking current IDs is then pointless.
    bool hasBackendToMigrate() const;

    QString fileName() const { return m_fileName; }
    QByteArray originalText() const { return m_text; }

    QString clusterName() const { return m_clusterName; }
    QString masterDiscovery() const { return m_masterDiscovery; }
    QStringList masterList() const { return m_masterList; } // file order
    QString storageBackend() const { return m_storageBackend; }
    QString zkHosts() const { return m_zkHosts; }
    QString zkPath() const { return m_zkPath; }
    // A secret: DC/OS puts Exhibitor's REST behind Basic auth (user admin) when it is set. Kept in
    // memory with the rest of the file; never logged (Redaction::configYaml hides it in output).
    QString exhibitorAdminPassword() const { return m_exhibitorAdminPassword; }
    // The single values of the keys where the backend keeps its shared config (backendSettingKeys),
    // as written; absent keys are missing. May hold secrets (aws_secret_access_key,
    // exhibitor_azure_account_key): memory only, like the file's text.
    QHash<QString, QString> backendSettings() const { return m_backendSettings; }
    // config.yaml's keys that say where and how a backend's shared config is read: the keys the
    // backend's env file and exhibitor.properties are rendered from (DC/OS gen/dcos-config.yaml).
    static QStringList backendSettingKeys(const QString &backend);
    // Empty when dir can be exhibitor_fs_config_dir: an absolute path of letters, digits and
    // / . _ - + @ : , = ~ (it goes into a command on the masters); else why not (translated).
    static QString fsConfigDirProblem(const QString &dir);

    // Line (1-based) where a top-level key is defined, 0 if absent.
    int lineOf(const QString &key) const;
    // Line (1-based) of a master's master_list entry, 0 if absent.
    int lineOfMaster(const QString &master) const;

    // A dotted-quad IPv4 address and nothing else: no leading zeros, no parts above 255, nothing
    // a shell could read as more than one word.
    static bool isIPv4Address(const QString &text);
    // Empty for a unicast address (loopback included: the simulated clusters use 127.0.0.0/8);
    // otherwise what the address is ("the broadcast address", "a multicast address (...)", ...).
    static QString nonUnicastKind(const QString &ipv4);
    // An RFC 1123 host name (letters, digits, '-', dots); all-numeric names must be IPv4.
    static bool isHostName(const QString &text);
    // exhibitor_storage_backend values DC/OS accepts.
    static QStringList storageBackends();

private:
    void load();
    void addIssue(int line, const QString &key, const QString &message);
    bool hasIssueFor(const QString &key) const;
    void validate();
    void validateZkHosts();
    void validateBackendSettings();

    QString m_fileName;
    QByteArray m_text;
    ConfigIssues m_issues;
    ConfigIssues m_warnings;
    QString m_clusterName;
    QString m_masterDiscovery;
    QStringList m_masterList;
    QList<int> m_masterLines; // line of each master_list entry
    bool m_masterListUsable = false;
    QString m_storageBackend;
    QString m_zkHosts;
    QString m_zkPath;
    QString m_exhibitorAdminPassword;
    QHash<QString, QString> m_backendSettings;
    QList<QPair<QString, int>> m_keyLines;
};
