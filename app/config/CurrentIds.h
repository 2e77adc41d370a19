#pragma once

#include "ConfigIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// Each master's current ZooKeeper ID as the operator supplies it before discovery can run, and
// where each one came from, so that a problem with an ID points at the line that gave it:
//  - an ids file: one "<ip> <id>" per line, blanks between; '#' starts a comment;
//  - a journal directory: one file per master, "<ip>.log", holding `journalctl -u
//    dcos-exhibitor` output, read with JournalIdParser.
// Reading checks only the form of what is read; Ensemble::validateIds (through MigrationPlan)
// checks the IDs against master_list.
class CurrentIds
{
    Q_DECLARE_TR_FUNCTIONS(CurrentIds)

public:
    struct Origin
    {
        QString file;
        int line = 0; // 1-based, 0 when unknown
    };

    static CurrentIds fromIdsFile(const QString &path);
    static CurrentIds fromIdsText(const QByteArray &text, const QString &fileName);
    // Reads <dir>/<master>.log for every master; a missing file or a journal without an ID
    // line is an issue that tells the operator to use an ids file instead.
    static CurrentIds fromJournalDir(const QString &dir, const QStringList &masters);

    // The file or directory the IDs came from, as given.
    QString source() const { return m_source; }
    const QMap<QString, int> &ids() const { return m_ids; }
    const QMap<QString, Origin> &origins() const { return m_origins; }
    const ConfigIssues &issues() const { return m_issues; }

private:
    QString m_source;
    QMap<QString, int> m_ids;
    QMap<QString, Origin> m_origins;
    ConfigIssues m_issues;
};
