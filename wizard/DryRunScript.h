#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

class MigrationPlan;
struct MigrationOptions;

// The migration as a shell script to read: every operation of MigrationRunner::previews(Migrate)
// in run order, with its summary as comments and, per master, the exact commands the engine runs
// there (sudo and shell quoting included; the env file writes with the file's full new content).
//
// It starts with `exit 1`, so running it by accident changes nothing: the wizard waits after
// every restart until the ensemble has settled (the settle gate), which a script cannot do, so
// the script documents the run and is never a way to perform it. Secret-looking env values are
// redacted (Redaction::envFile), so the script may be shared.
class DryRunScript
{
    Q_DECLARE_TR_FUNCTIONS(DryRunScript)

public:
    struct Input
    {
        const MigrationPlan *plan = nullptr;
        const MigrationOptions *options = nullptr;
        QMap<QString, QByteArray> envFiles; // per master, as discovery read them
        QString leader; // empty if unknown
        QString sshUser; // for the "ssh" hint of each master; empty: default
        int sshPort = 0; // 0: default
    };

    static QByteArray render(const Input &input);
    // Writes the script atomically (QSaveFile); an error message, empty on success. Blocking: run
    // it off the GUI thread.
    static QString write(const QString &path, const QByteArray &script);

    // 'text' with single quotes as the shell needs them; unquoted when nothing needs quoting.
    static QString shellQuote(const QString &text);
};
