#include "DryRunScript.h"

#include "config/ExhibitorEnvFile.h"
#include "config/MigrationPlan.h"
#include "config/Redaction.h"
#include "migration/MigrationOptions.h"
#include "migration/MigrationRunner.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString commented(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// The engine's own commands need no quoting (DC/OS's paths); one that would is not shown as a
// command, so the script never carries a command the shell would read differently.
bool isPlainCommand(const QString &command)
{
    static const QRegularExpression plain(QStringLiteral("^(sudo|df|cat|test|true) [A-Za-z0-9_./:=+@ -]*$"));
    return plain.match(command).hasMatch() || command == QLatin1String("sudo true");
}

// The atomic write the engine does (RemoteScripts::atomicWriteScript) for one file.
QString atomicWrite(const QString &path, const QByteArray &content)
{
    const QString target = DryRunScript::shellQuote(path);
    const QFileInfo info(path);
    const QString tmp = DryRunScript::shellQuote(info.path() + QStringLiteral("/.") + info.fileName()
                                                 + QStringLiteral(".emw-tmp"));
    QString delimiter = QStringLiteral("EMW_ENV_EOF");
    while (content.contains(delimiter.toUtf8()))
        delimiter += QLatin1Char('_');
    QString text
        = QStringLiteral("sudo sh -c 'umask 077 && cat > \"$1\" && chown --reference=\"$2\" -- \"$1\" && "
                         "chmod --reference=\"$2\" -- \"$1\" && mv -f -- \"$1\" \"$2\" && sync' sh %1 %2 "
                         "<<'%3'\n")
              .arg(tmp, target, delimiter);
    text += QString::fromUtf8(content);
    if (!content.endsWith('\n'))
        text += QLatin1Char('\n');
    text += delimiter + QLatin1Char('\n');
    text += QStringLiteral("sudo sha256sum -- %1\n").arg(target);
    return text;
}

QString fourLetterWords(const QString &master, quint16 port)
{
    // The engine sends them through an SSH forward to the master's ZooKeeper; nc on the master
    // asks the same server the same question.
    return QStringLiteral("for word in srvr conf mntr; do printf %s \"$word\" | nc %1 %2; done\n")
        .arg(DryRunScript::shellQuote(master))
        .arg(port);
}

} // namespace

QString DryRunScript::shellQuote(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=+@,-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QByteArray DryRunScript::render(const Input &input)
{
    const MigrationPlan &plan = *input.plan;
    const MigrationOptions &options = *input.options;
    PreviewInput preview;
    preview.plan = input.plan;
    preview.options = input.options;
    preview.envFiles = input.envFiles;
    preview.leader = input.leader;

    QString out = QStringLiteral("#!/bin/sh\n");
    out += commented(
        tr("Exhibitor migration dry run: ZooKeeper backend to static, %1 masters.\n"
           "Written by the Exhibitor Migration Wizard on %2.\n\n"
           "This script documents the run; it is not a way to perform it. The wizard waits after "
           "every restart until the ensemble has settled (one leader, a majority serving, caught up) "
           "and stops the run when it does not; a script cannot. The exit below makes running it by "
           "accident do nothing.\n\n"
           "Each block lists, per master, the exact commands the wizard runs there over SSH. Values "
           "of secret-looking keys are shown as <redacted>.")
            .arg(plan.masters().size())
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    out += QStringLiteral("exit 1\n\n");
    out += commented(tr("Phase A ensemble (current IDs): %1\nPhase B ensemble (DC/OS numbering): %2\n%3")
                         .arg(plan.phaseA().toString(), plan.phaseB().toString(), plan.phaseBReason()));

    for (const auto &[info, op] : MigrationRunner::previews(OperationListBuilder::Kind::Migrate, preview)) {
        out += QLatin1Char('\n');
        out += commented(QStringLiteral("==== %1: %2 ====").arg(info.id, info.title));
        out += commented(op.summary);
        if (!op.undo.isEmpty())
            out += commented(tr("Undo: %1").arg(op.undo));
        const bool writesEnv = info.id.endsWith(QLatin1String(".write"));
        for (const OperationPreview::Item &item : op.items) {
            if (item.master.isEmpty()) {
                out += commented(tr("On this workstation: %1").arg(item.commands.join(QStringLiteral("; "))));
                continue;
            }
            QString ssh = QStringLiteral("ssh");
            if (input.sshPort > 0)
                ssh += QStringLiteral(" -p %1").arg(input.sshPort);
            ssh += QLatin1Char(' ')
                + shellQuote(input.sshUser.isEmpty() ? item.master
                                                     : input.sshUser + QLatin1Char('@') + item.master);
            out += commented(tr("--- on %1 (%2) ---").arg(item.master, ssh));
            if (writesEnv) {
                const QByteArray original = input.envFiles.value(item.master);
                if (original.isEmpty()) {
                    out += commented(tr("The env file of %1 was not read: its new content is not known.")
                                         .arg(item.master));
                    continue;
                }
                const Ensemble ensemble = info.phase == Phase::PhaseB ? plan.phaseB() : plan.phaseA();
                const QByteArray after = ExhibitorEnvFile::parse(original).renderStatic(ensemble.toString());
                out += atomicWrite(options.envFilePath, Redaction::envFile(after));
                continue;
            }
            for (const QString &command : item.commands) {
                if (command.startsWith(QLatin1String("srvr, conf, mntr")))
                    out += fourLetterWords(options.forwardHost.isEmpty() ? item.master : options.forwardHost,
                                           options.clientPort);
                else if (isPlainCommand(command))
                    out += command + QLatin1Char('\n');
                else
                    out += commented(command);
            }
        }
    }
    return out.toUtf8();
}

QString DryRunScript::write(const QString &path, const QByteArray &script)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(script) != script.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}
