#pragma once

#include "config/ConfigIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
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
    // Keys given twice in one JSON object: JSON readers keep one of them, silently.
    const ConfigIssues &warnings() const { return m_warnings; }

    // This file's issues, then the plan's, without reporting a master twice (a master discovery
    // could not settle is also a master without an ID to the plan), with the file's line numbers.
    ConfigIssues withPlanIssues(const MigrationPlan &plan) const;

private:
    // One pass over the (valid) JSON text: the line of each string's first occurrence, and the
    // warnings for duplicate keys. Linear, unlike a search of the text for each master.
    void scanStrings(const QByteArray &text);
    int lineOf(const QString &master) const;

    QString m_source;
    QHash<QString, int> m_stringLines;
    QMap<QString, int> m_ids;
    ConfigIssues m_issues;
    ConfigIssues m_warnings;
};
