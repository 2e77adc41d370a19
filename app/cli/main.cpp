#include "CommandLine.h"

#include "i18n/Localization.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exhibitor-migrate"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(EMW_VERSION));
    Localization::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        return CommandLine().run(QCoreApplication::arguments(), out, err);
    } catch (const std::exception &e) {
        err << QCoreApplication::translate("main", "exhibitor-migrate: unexpected error: %1")
                   .arg(QString::fromLocal8Bit(e.what()))
            << '\n';
        return ExitCode::Failure;
    }
}
