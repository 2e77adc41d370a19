#pragma once

#include "config/ConfigIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

class MigrationPlan;

// The current IDs from `exhibitor-migrate discover --format json` output, for
// `exhibitor-migrate plan --ids FILE`: its "current_ids" object, plus one issue per master that
// discovery could not settle (with discovery's own reason, so plan does not just say "no ID").
// Issues carry the line of the JSON text that names the master.
class DiscoveryIdsFile
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryIdsFile)

public:
    // Whether the file looks like JSON (its first non-blank byte is '{') rather than an ids file.
    static bool isJsonFile(const QString &path);
    static DiscoveryIdsFile read(const QString &path);
    static DiscoveryIdsFile parse(const QByteArray &text, const QString &fileName);

    QString source() const { return m_source; }
    const QMap<QString, int> &ids() const { return m_ids; }
    const ConfigIssues &issues() const { return m_issues; }

    // This file's issues, then the plan's, without reporting a master twice (a master discovery
    // could not settle is also a master without an ID to the plan), with the file's line numbers.
    ConfigIssues withPlanIssues(const MigrationPlan &plan) const;

private:
    int lineOf(const QString &master) const;

    QString m_source;
    QByteArray m_text;
    QMap<QString, int> m_ids;
    ConfigIssues m_issues;
};
