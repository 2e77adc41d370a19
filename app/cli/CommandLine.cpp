#include "CommandLine.h"

#include "DiscoverCommand.h"
#include "MigrateCommand.h"
#include "PlanCommand.h"
#include "RollbackCommand.h"
#include "StatusCommand.h"
#include "SupportBundleCommand.h"
#include "VerifyCommand.h"

#include "i18n/Localization.h"

#include <QTextStream>

#include <algorithm>

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<DiscoverCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<RollbackCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<SupportBundleCommand>());
}

Command *CommandLine::find(const QString &name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&name](const auto &command) { return command->name() == name; });
    return it == m_commands.cend() ? nullptr : it->get();
}

QString CommandLine::helpText() const
{
    QString commands;
    for (const auto &command : m_commands)
        commands += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());

    return tr("Usage: exhibitor-migrate <command> [options]\n"
              "\n"
              "Moves a DC/OS cluster's Exhibitor from a ZooKeeper, S3, Azure or shared-filesystem backend to the "
              "static backend without taking ZooKeeper down.\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "Options:\n"
              "  -h, --help         Displays this help.\n"
              "  -v, --version      Displays version information.\n"
              "      --lang <code>  Use language <code> (%2) instead of the system's.\n"
              "\n"
              "Run \"exhibitor-migrate <command> --help\" for a command's options.\n"
              "\n"
              "Exit status: 0 success; 1 an unexpected failure; 2 a usage error or invalid input.\n")
        .arg(commands, Localization::availableLanguages().join(QStringLiteral(", ")));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2) {
        err << tr("exhibitor-migrate: no command given.") << '\n' << '\n' << helpText();
        return ExitCode::InvalidInput;
    }

    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        out << helpText();
        return ExitCode::Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Ok;
    }

    Command *command = find(first);
    if (!command) {
        QStringList names;
        for (const auto &known : m_commands)
            names << known->name();
        err << (first.startsWith(QLatin1Char('-'))
                    ? tr("exhibitor-migrate: unknown option \"%1\". Options come after the command.").arg(first)
                    : tr("exhibitor-migrate: unknown command \"%1\".").arg(first))
            << ' '
            << tr("Commands: %1. Run \"exhibitor-migrate --help\" for more.").arg(names.join(QStringLiteral(", ")))
            << '\n';
        return ExitCode::InvalidInput;
    }

    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("exhibitor-migrate ") + command->name());
    return command->run(commandArguments, out, err);
}
