// exhibitor-wizard: the GUI entry point. Everything but the command line, the translations and
// the window geometry lives in wizard/.
#include "DemoCluster.h"
#include "MigrationWizard.h"
#include "ResumePage.h"
#include "WizardController.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {
const auto kGeometryKey = QStringLiteral("window/geometry");

// --lang must be known before the other options' help texts are translated, so it is read first.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    parser.addOption(lang);
    parser.parse(arguments); // the other options are unknown here; process() reports real errors
    return parser.value(lang);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // QSettings keeps recent clusters and the window geometry under these names; never secrets.
    QApplication::setOrganizationName(QStringLiteral("ExhibitorMigrationWizard"));
    QApplication::setApplicationName(QStringLiteral("exhibitor-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(EMW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("exhibitor-wizard"));

    Localization::install(app, requestedLanguage(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Exhibitor Migration Wizard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Moves a DC/OS cluster's Exhibitor from its ZooKeeper backend to the static backend."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Use language <code> (%1) instead of the system's.")
                                      .arg(Localization::availableLanguages().join(QStringLiteral(", "))),
                                  QApplication::translate("main", "code"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the bundled demo cluster (as root) or connect to "
                                                                  "the one running, and load it."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QApplication::translate("main", "Start with <file> (a DC/OS config.yaml) loaded."),
                                    QApplication::translate("main", "file"));
    parser.addOptions({lang, demo, config});
    parser.process(app);

    MigrationWizard wizard;
    QSettings settings;
    wizard.restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (parser.isSet(config))
        wizard.controller()->loadConfigFile(parser.value(config));
    else if (parser.isSet(demo) && !DemoCluster::isBuiltIn())
        wizard.controller()->loadDemo(); // a package: the demo's config.yaml only, no simulator
    else if (parser.isSet(demo) && wizard.controller()->demo()->isRoot())
        wizard.controller()->demo()->start();
    else if (parser.isSet(demo))
        wizard.controller()->demo()->connectToRunning(); // says how to start it if none runs
    // A run left unfinished (by this app or exhibitor-migrate) is offered first; the scan runs
    // off the GUI thread and switches the wizard to the Resume page when it finds one.
    if (auto *resume = wizard.findChild<ResumePage *>())
        resume->scan();
    wizard.show();

    const int status = app.exec();
    settings.setValue(kGeometryKey, wizard.saveGeometry());
    return status;
}
