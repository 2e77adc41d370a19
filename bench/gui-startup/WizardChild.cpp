#include "WizardChild.h"

#include "BenchStats.h"
#include "BootClock.h"
#include "EngineMemory.h"

#include "MigrationWizard.h"
#include "WizardController.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <functional>

namespace {

// Watches the wizard for its first Show, its window's first Expose and its first Paint: the
// moments the operator would see a window. On the offscreen platform Expose follows show() at
// once and Paint follows when the backing store is first flushed.
class FirstShowWatcher : public QObject
{
public:
    explicit FirstShowWatcher(QWidget *wizard)
        : m_wizard(wizard)
    {
        qApp->installEventFilter(this);
    }

    double showMs = -1, exposeMs = -1, paintMs = -1;
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const double now = BootClock::nowMs();
        if (watched == m_wizard && event->type() == QEvent::Show && showMs < 0)
            showMs = now;
        if (event->type() == QEvent::Expose && exposeMs < 0 && watched == m_wizard->windowHandle())
            exposeMs = now;
        if (watched == m_wizard && event->type() == QEvent::Paint && paintMs < 0) {
            paintMs = now;
            if (onPainted)
                QTimer::singleShot(0, this, onPainted); // after this paint has finished
        }
        return false;
    }

private:
    QWidget *m_wizard;
};

// --lang first, as app/main.cpp does.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    parser.addOption(lang);
    parser.parse(arguments);
    return parser.value(lang);
}

void printLine(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
}

} // namespace

namespace WizardChild {

int run(int argc, char *argv[], double mainEnteredMs, const QString &connectTopology)
{
    // From here to wizard.show(): app/main.cpp, step by step (only QSettings is read, not written).
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ExhibitorMigrationWizard"));
    QApplication::setApplicationName(QStringLiteral("exhibitor-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(EMW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("exhibitor-wizard"));
    Localization::install(app, requestedLanguage(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Exhibitor Migration Wizard"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    const QCommandLineOption config(QStringLiteral("config"), QString(), QStringLiteral("file"));
    // The harness's own options, so that process() accepts them.
    const QCommandLineOption child(QStringLiteral("child"), QString());
    const QCommandLineOption connect(QStringLiteral("connect"), QString(), QStringLiteral("topology"));
    parser.addOptions({lang, demo, config, child, connect});
    parser.process(app);

    MigrationWizard wizard;
    FirstShowWatcher watcher(&wizard);
    double loadedMs = -1;
    QObject::connect(wizard.controller(), &WizardController::importFinished, &wizard,
                     [&loadedMs] { loadedMs = BootClock::nowMs(); }, Qt::SingleShotConnection);
    QSettings settings;
    wizard.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (parser.isSet(config))
        wizard.controller()->loadConfigFile(parser.value(config));
    else if (parser.isSet(demo))
        wizard.controller()->loadDemo();
    wizard.show();

    QJsonObject result;
    EngineMemory *engine = nullptr;
    auto finish = [&] {
        result.insert(QStringLiteral("process_start_ms"), BootClock::processStartMs());
        result.insert(QStringLiteral("main_ms"), mainEnteredMs);
        result.insert(QStringLiteral("show_ms"), watcher.showMs);
        result.insert(QStringLiteral("expose_ms"), watcher.exposeMs);
        result.insert(QStringLiteral("paint_ms"), watcher.paintMs);
        result.insert(QStringLiteral("loaded_ms"), loadedMs);
        result.insert(QStringLiteral("config_loaded"), wizard.controller()->hasValidConfig());
        result.insert(QStringLiteral("rss_mib"), BenchStats::currentRssMiB());
        result.insert(QStringLiteral("peak_rss_mib"), BenchStats::peakRssMiB());
        if (connectTopology.isEmpty()) {
            printLine(result);
            app.quit();
            return;
        }
        engine = new EngineMemory(connectTopology, &app);
        QObject::connect(engine, &EngineMemory::done, &app, [&] {
            const QJsonObject figures = engine->figures();
            for (auto it = figures.begin(); it != figures.end(); ++it)
                result.insert(it.key(), it.value());
            printLine(result);
            app.quit();
        });
        engine->start();
    };
    // Measured once the window is painted and, if a config was asked for, loaded; the event loop
    // gets a moment after the paint so that deferred start-up work is counted in the memory.
    auto maybeFinish = [&, waitForLoad = parser.isSet(config) || parser.isSet(demo)] {
        if (watcher.paintMs < 0 || (waitForLoad && loadedMs < 0) || result.contains(QStringLiteral("main_ms")))
            return;
        QTimer::singleShot(200, &app, finish);
        result.insert(QStringLiteral("main_ms"), mainEnteredMs); // finish() scheduled once
    };
    watcher.onPainted = maybeFinish;
    QObject::connect(wizard.controller(), &WizardController::importFinished, &app, maybeFinish, Qt::QueuedConnection);
    // A window that never paints must not hang the benchmark.
    QTimer::singleShot(60000, &app, [&] {
        if (!result.contains(QStringLiteral("main_ms")))
            finish();
    });
    return app.exec();
}

} // namespace WizardChild
