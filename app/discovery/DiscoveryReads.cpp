#include "DiscoveryReads.h"

#include "config/JournalIdParser.h"
#include "remote/RemoteScripts.h"
#include "remote/ShellQuote.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

const QList<QByteArray> kSections{"env", "journal", "myid", "orig"};
enum { Env, Journal, MyId, Orig };

QString stderrText(const RemoteScripts::FramedSection &section)
{
    return QString::fromUtf8(section.err).trimmed();
}

// The text FileReadJob gives a failed cat (same context, same translation).
QString readFailure(const QString &path, const QString &host, const RemoteScripts::FramedSection &section)
{
    return QCoreApplication::translate("FileReadJob", "Could not read %1 on %2: %3")
        .arg(path, host, stderrText(section));
}

} // namespace

QByteArray DiscoveryReads::newTag()
{
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    return "emw-frame-" + QByteArray::number(a, 16) + QByteArray::number(b, 16);
}

RemoteCommand DiscoveryReads::command(const DiscoveryOptions &options, const QByteArray &tag)
{
    RemoteCommand command;
    command.argv = RemoteScripts::shArgv(RemoteScripts::discoveryReadScript(),
                                         {QString::fromLatin1(tag), options.envFilePath, options.unit,
                                          options.myidPath, options.origPath});
    command.asRoot = true;
    command.logOutput = false; // the env file may hold cloud credentials; the journal megabytes
    command.timeoutMs = options.masterTimeoutMs;
    command.displayText = tr("cat %1; journalctl -u %2 --no-pager; cat %3; sha256sum %4 (read-only, one framed output)")
                              .arg(ShellQuote::quote(options.envFilePath), ShellQuote::quote(options.unit),
                                   ShellQuote::quote(options.myidPath), ShellQuote::quote(options.origPath));
    return command;
}

DiscoveryReads::Result DiscoveryReads::interpret(const CommandResult &result, const QByteArray &tag,
                                                 const DiscoveryOptions &options, const QString &host)
{
    Result out;
    out.journal = IdReading::pending(IdSource::Journal);
    out.myid = IdReading::pending(IdSource::MyIdFile);
    if (result.error.isError()) {
        // Connection, sudo or timeout: nothing was read, for every source alike.
        out.envError = result.error.message;
        out.journal = IdReading::unavailable(IdSource::Journal, result.error.message);
        out.myid = IdReading::unavailable(IdSource::MyIdFile, result.error.message);
        out.origError = tr("cannot check %1: %2").arg(options.origPath, result.error.message);
        return out;
    }
    const QList<RemoteScripts::FramedSection> sections = RemoteScripts::splitFramed(result.stdoutData, tag, kSections);
    // A section missing: the script ended early (killed, or no sh); say so with what it left.
    const QString why = result.exitSignal.isEmpty()
                            ? tr("the read ended early (exit status %1): %2")
                                  .arg(result.exitStatus)
                                  .arg(QString::fromUtf8(result.stderrData).trimmed())
                            : tr("the read ended early (signal %1)").arg(result.exitSignal);

    const RemoteScripts::FramedSection &env = sections.at(Env);
    if (!env.present) {
        out.envError = why;
    } else if (env.exitStatus != 0) {
        out.envError = readFailure(options.envFilePath, host, env);
    } else {
        out.envOk = true;
        out.envFile = env.out;
    }

    const RemoteScripts::FramedSection &journal = sections.at(Journal);
    if (!journal.present) {
        out.journal = IdReading::unavailable(IdSource::Journal, why);
    } else if (journal.exitStatus != 0) {
        out.journal = IdReading::unavailable(IdSource::Journal, tr("journalctl failed (exit status %1): %2")
                                                                    .arg(journal.exitStatus)
                                                                    .arg(stderrText(journal)));
    } else if (const auto match = JournalIdParser::lastId(journal.out)) {
        out.journal = IdReading::found(IdSource::Journal, match->id, tr("line %1").arg(match->line));
    } else {
        // No line is not an error by itself: the journal may have been rotated.
        out.journal = IdReading::unavailable(IdSource::Journal, tr("no 'my id' line (rotated?)"));
    }

    const RemoteScripts::FramedSection &myid = sections.at(MyId);
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,9}")));
    const QString myidText = QString::fromUtf8(myid.out).trimmed();
    if (!myid.present) {
        out.myid = IdReading::unavailable(IdSource::MyIdFile, why);
    } else if (myid.exitStatus != 0) {
        out.myid = IdReading::unavailable(IdSource::MyIdFile, readFailure(options.myidPath, host, myid));
    } else if (!number.match(myidText).hasMatch()) {
        out.myid = IdReading::unavailable(IdSource::MyIdFile, tr("%1 holds \"%2\", not an ID")
                                                                  .arg(options.myidPath, myidText.left(40)));
    } else {
        out.myid = IdReading::found(IdSource::MyIdFile, myidText.toInt(), options.myidPath);
    }

    const RemoteScripts::FramedSection &orig = sections.at(Orig);
    if (!orig.present) {
        out.origError = tr("cannot check %1: %2").arg(options.origPath, why);
    } else if (orig.exitStatus != 0) {
        out.origError = tr("cannot check %1: %2").arg(options.origPath, stderrText(orig));
    } else if (orig.out.contains("emw-orig=missing")) {
        out.origState = OrigState::Missing;
    } else {
        const QString sum = RemoteScripts::checksums(orig.out).value(0);
        if (sum.isEmpty()) {
            out.origError = tr("cannot check %1: %2").arg(options.origPath, QString::fromUtf8(orig.out).trimmed());
        } else {
            out.origState = OrigState::Exists;
            out.origSha256 = sum.toLatin1();
        }
    }
    return out;
}
