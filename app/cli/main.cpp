#include "CommandLine.h"
#include "TerminalText.h"

#include "i18n/Localization.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <cstdio>
#include <exception>

namespace {
// --lang must be known before any text is translated, so it is taken out of the arguments here,
// wherever it stands (before or after the command; not after "--"). Returns false when --lang has
// no value.
bool takeLanguage(QStringList &arguments, QString *language)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--lang="))) {
            *language = argument.mid(7);
            arguments.removeAt(i--);
        } else if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                return false;
            *language = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        }
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exhibitor-migrate"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(EMW_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    QString language;
    const bool languageGiven = takeLanguage(arguments, &language);
    Localization::install(app, language);

    // Everything the commands print passes through TerminalText: no control character from a
    // config value, an ids file or a master's output reaches the terminal as one.
    TerminalDevice outDevice(stdout);
    TerminalDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    if (!languageGiven) {
        err << QCoreApplication::translate("main", "exhibitor-migrate: --lang needs a language code (%1).")
                   .arg(Localization::availableLanguages().join(QStringLiteral(", ")))
            << '\n';
        return ExitCode::InvalidInput;
    }
    int exitCode = ExitCode::Failure;
    try {
        exitCode = CommandLine().run(arguments, out, err);
    } catch (const std::exception &e) {
        err << QCoreApplication::translate("main", "exhibitor-migrate: unexpected error: %1")
                   .arg(QString::fromLocal8Bit(e.what()))
            << '\n';
        return ExitCode::Failure;
    }
    // Output that never arrived (a full disk) must not pass for a printed plan: scripts read
    // stdout only when the exit status is 0.
    out.flush();
    if (exitCode == ExitCode::Ok && out.status() != QTextStream::Ok) {
        err << QCoreApplication::translate("main", "exhibitor-migrate: unexpected error: %1")
                   .arg(QStringLiteral("stdout: ") + out.device()->errorString())
            << '\n';
        return ExitCode::Failure;
    }
    return exitCode;
}
