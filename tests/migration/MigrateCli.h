#pragma once

// exhibitor-migrate run as an operator's script runs it, in the C locale (its messages are the
// ones the tests look for), for the tests that drive the CLI against a simulated cluster.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace MigrateCli {

inline QString binary()
{
    return QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate");
}

inline QProcessEnvironment cEnvironment()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

struct Result
{
    int exitCode = -1; // -1: it did not end within the time, or crashed
    QString out;
    QString err;
};

inline Result run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 240000)
{
    QProcess process;
    process.setProcessEnvironment(cEnvironment());
    process.start(binary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace MigrateCli
