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

// The journal search, on the master: journalctl -r reads newest first and grep -m 1 stops at the
// newest line that names the ID, which also ends journalctl's read (a broken pipe). On a journal
// of months, only the part since the last election (or "Connection broken") is read, and one line
// of at most kJournalLineBytes crosses the network. grep's pattern is JournalIdParser's, word
// boundaries included (POSIX ERE; LC_ALL=C: bytes, ASCII case folding, fast): a line grep stops at
// is one the parser takes, so the newest match is the one it would have picked from the whole
// journal.
constexpr int kJournalLineBytes = 4096;
const char *const kJournalPattern = "(^|[^[:alnum:]_])my id[[:blank:]]*=[[:blank:]]*[0-9]{1,9}([^[:alnum:]_]|$)";

} // namespace

QString DiscoveryReads::script()
{
    // err=$(cmd 2>&1 >&3 3>&-) with 3>&1 around it: stderr into the variable, stdout through.
    // journal(): journalctl's and grep's statuses come back on fd 4 (a pipeline's own status is
    // only its last command's, and sh has no pipefail): a match is a result whatever journalctl
    // said once grep had stopped it; no match is journalctl's status (0: rotated, not an error);
    // grep's own failure is 2 with grep's message.
    return QString::fromLatin1(
               "tag=$1\n"
               "section() {\n"
               "  name=$1; shift\n"
               "  printf '%s %s out\\n' \"$tag\" \"$name\"\n"
               "  { err=$(\"$@\" 2>&1 >&3 3>&-); rc=$?; } 3>&1\n"
               "  printf '\\n%s %s err\\n%s\\n%s %s exit %d\\n' \"$tag\" \"$name\" \"$err\" \"$tag\" \"$name\" \"$rc\"\n"
               "}\n"
               "orig() { if [ -e \"$1\" ] || [ -L \"$1\" ]; then sha256sum -- \"$1\"; else echo emw-orig=missing; fi; }\n"
               "journal() {\n"
               "  { st=$( { { journalctl -u \"$1\" --no-pager -q -o cat -r 4>&- 5>&-; echo \"j$?\" >&4; } |\n"
               "            { LC_ALL=C grep -a -i -E -m 1 -e '%1' 4>&- 5>&-; echo \"g$?\" >&4; } |\n"
               "            cut -b 1-%2 >&5; } 4>&1 ); } 5>&1\n"
               "  case $st in *g0*) return 0 ;; *g1*) ;; *) return 2 ;; esac\n"
               "  j=${st#*j}; return \"${j%%[!0-9]*}\"\n"
               "}\n"
               "section env cat -- \"$2\"\n"
               "section journal journal \"$3\"\n"
               "section myid cat -- \"$4\"\n"
               "section orig orig \"$5\"\n")
        .arg(QString::fromLatin1(kJournalPattern))
        .arg(kJournalLineBytes);
}

QByteArray DiscoveryReads::newTag()
{
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    return "emw-frame-" + QByteArray::number(a, 16) + QByteArray::number(b, 16);
}

RemoteCommand DiscoveryReads::command(const DiscoveryOptions &options, const QByteArray &tag)
{
    RemoteCommand command;
    command.argv = RemoteScripts::shArgv(script(),
                                         {QString::fromLatin1(tag), options.envFilePath, options.unit,
                                          options.myidPath, options.origPath});
    command.asRoot = true;
    command.logOutput = false; // the env file may hold cloud credentials
    command.timeoutMs = options.masterTimeoutMs;
    command.displayText = tr("cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 'my id = N'; cat %3; "
                             "sha256sum %4 (read-only, one framed output)")
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
        out.journal = IdReading::found(IdSource::Journal, match->id, tr("\"%1\"").arg(match->text));
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
