#pragma once

#include "ConfigIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A DC/OS config.yaml, read with yaml-cpp and validated with DC/OS's own rules for the keys the
// migration touches (DESIGN.md §2) plus ours. The original text is kept so that the file written
// after the migration differs only where it must.
class ClusterConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClusterConfig)

public:
    static ClusterConfig fromFile(const QString &path);
    static ClusterConfig fromYaml(const QByteArray &text, const QString &fileName);

    bool isValid() const { return m_issues.isEmpty(); }
    const ConfigIssues &issues() const { return m_issues; }

    QString fileName() const { return m_fileName; }
    QByteArray originalText() const { return m_text; }

    QString clusterName() const { return m_clusterName; }
    QString masterDiscovery() const { return m_masterDiscovery; }
    QStringList masterList() const { return m_masterList; } // file order
    QString storageBackend() const { return m_storageBackend; }
    QString zkHosts() const { return m_zkHosts; }
    QString zkPath() const { return m_zkPath; }

    // Line (1-based) where a top-level key is defined, 0 if absent.
    int lineOf(const QString &key) const;

private:
    QString m_fileName;
    QByteArray m_text;
    ConfigIssues m_issues;
    QString m_clusterName;
    QString m_masterDiscovery;
    QStringList m_masterList;
    QString m_storageBackend;
    QString m_zkHosts;
    QString m_zkPath;
    QList<QPair<QString, int>> m_keyLines;
};
