#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// exhibitor-migrate's top level: --help, --version and dispatch to a subcommand by name. Each
// subcommand parses its own options, so adding one is adding a Command to the constructor.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    QString helpText() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
