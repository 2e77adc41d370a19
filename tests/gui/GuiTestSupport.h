#pragma once

// Helpers shared by the GUI tests: settings kept away from the operator's own, and config files
// written into a temporary directory.

#include "RecentConfigs.h"
#include "WizardController.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace GuiTestSupport {

// QSettings then writes below ~/.qttest, never into the real configuration.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ExhibitorMigrationWizardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("emw-gui-tests"));
    RecentConfigs::clear();
}

// The plan is built off the GUI thread after every ID change: true once the one for the
// current IDs arrived.
inline bool planSettles(const WizardController &controller, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return !controller.isBusy(); }, timeoutMs);
}

inline QByteArray demoConfig()
{
    QFile file(QStringLiteral(":/demo/config.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo config.yaml is not embedded");
    return file.readAll();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write a test file");
    return path;
}

// The demo config with one master that is not an IP address, and the line it is on.
inline QByteArray badConfig(int *badLine)
{
    QByteArray config = demoConfig();
    const QByteArray entry = "- 127.0.1.169";
    *badLine = int(config.left(config.indexOf(entry)).count('\n')) + 1;
    return config.replace(entry, "- 127.0.1.300");
}

} // namespace GuiTestSupport
