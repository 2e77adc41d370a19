#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

// Exit statuses of exhibitor-migrate, the same for every command so that scripts can rely on them.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;      // something went wrong that is not the operator's input
constexpr int InvalidInput = 2; // a usage error, or an input file that is unreadable or wrong
// migrate, resume, rollback: stopped safely on SIGINT, SIGTERM or SIGHUP after a completed step;
// the journal says "interrupted" and the command to go on was printed (128 + SIGINT, as shells do).
constexpr int Interrupted = 130;
}

// One subcommand of exhibitor-migrate ("plan", later "discover", "migrate", ...). Output goes to
// the streams given, never straight to stdout, so a command does not care where it runs.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the top-level help, translated.
    virtual QString summary() const = 0;
    // arguments[0] is the program and command name ("exhibitor-migrate plan"), as
    // QCommandLineParser expects; returns an ExitCode.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};
