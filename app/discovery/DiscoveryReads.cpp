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

// The journal search, on the master, in two ways.
//
// First the running ZooKeeper's own entries: zkServer.sh writes its pid to the pid file (DC/OS:
// /var/lib/dcos/exhibitor/zk.pid), and DC/OS's ZooKeeper logs through log4j's systemd journal
// appender (sd_journal_send from the ZooKeeper JVM), so journald stamps each of its entries with
// _PID = that JVM (systemd.journal-fields(7): _PID is the sender's; only stdout streams carry
// the pid that opened them). `journalctl -u UNIT _PID=P --since <P's start>` reads forward from
// the process's first entry: journald finds the _PID=P data object through the file's hash
// table and bisects its entry array by time (sd-journal.c find_location_for_match), so the cost
// does not grow with the journal. A ZooKeeper keeps its ID for its whole life and logs it at its
// first election ("New election. My id = N"), among its first lines: the first match there is
// the running server's ID, where the newest match of a journal of months (reading backwards)
// may be hundreds of MB back. Only the first kFastPathLines lines of the process are searched.
//
// Then, when that finds nothing (pid file missing or stale, the process's start rotated away, a
// ZooKeeper too young to have logged its ID, another journald), the whole journal backwards:
// journalctl -r reads newest first and grep -m 1 stops at the newest line that names the ID,
// which also ends journalctl's read (a broken pipe). On a journal of months, only the part since
// the last election (or "Connection broken") is read. Either way one line of at most
// kJournalLineBytes crosses the network, after a line "emw-journal-way=..." saying which way it
// was found (interpret() puts that in the reading's detail, so the discovery log says it).
// grep's pattern is JournalIdParser's, word boundaries included (POSIX ERE; LC_ALL=C: bytes, ASCII
// case folding, fast): a line grep stops at is one the parser takes, so the newest match is the
// one it would have picked from the whole journal.
constexpr int kJournalLineBytes = 4096;
constexpr int kFastPathLines = 10000;
const char *const kJournalPattern = "(^|[^[:alnum:]_])my id[[:blank:]]*=[[:blank:]]*[0-9]{1,9}([^[:alnum:]_]|$)";
const QByteArray kWayPrefix = "emw-journal-way=";

// The journal section without the script's first line, "emw-journal-way=...".
QByteArray journalLines(const QByteArray &out)
{
    return out.startsWith(kWayPrefix) ? out.mid(out.indexOf('\n') + 1) : out;
}

// Which way the line was found, from that first line: "pid P SINCE_DATE SINCE_TIME" (ZooKeeper's
// own entries) or "backward WHY [PID [SINCE_DATE SINCE_TIME]]"; empty without it.
QString journalWay(const QByteArray &out, const DiscoveryOptions &options)
{
    if (!out.startsWith(kWayPrefix))
        return {};
    const QList<QByteArray> words = out.left(out.indexOf('\n')).mid(kWayPrefix.size()).split(' ');
    const QString pid = QString::fromLatin1(words.value(2));
    const QString since = QString::fromLatin1(words.value(3) + ' ' + words.value(4));
    if (words.value(0) == "pid") {
        return DiscoveryReads::tr("in ZooKeeper's own entries (pid %1, since %2 UTC)")
            .arg(QString::fromLatin1(words.value(1)), QString::fromLatin1(words.value(2) + ' ' + words.value(3)));
    }
    const QByteArray why = words.value(1);
    QString reason;
    if (why == "off")
        reason = DiscoveryReads::tr("ZooKeeper's pid not looked for");
    else if (why == "nopidfile")
        reason = DiscoveryReads::tr("cannot read ZooKeeper's pid file %1").arg(options.zooKeeperPidPath);
    else if (why == "nopid")
        reason = DiscoveryReads::tr("ZooKeeper's pid file %1 holds no pid").arg(options.zooKeeperPidPath);
    else if (why == "gone")
        reason = DiscoveryReads::tr("ZooKeeper's pid %1 (from %2) is not running").arg(pid, options.zooKeeperPidPath);
    else if (why == "noline")
        reason = DiscoveryReads::tr("no 'my id' line in the first %1 lines of ZooKeeper's own entries (pid %2, since "
                                    "%3 UTC)")
                     .arg(kFastPathLines)
                     .arg(pid, since);
    else
        reason = DiscoveryReads::tr("the search gave no way");
    return DiscoveryReads::tr("read back through the whole journal: %1").arg(reason);
}

} // namespace

QString DiscoveryReads::script()
{
    // err=$(cmd 2>&1 >&3 3>&-) with 3>&1 around it: stderr into the variable, stdout through.
    // journal(): first ZooKeeper's own entries (see above). Its start in seconds since the epoch
    // is /proc/stat's btime plus /proc/PID/stat's starttime (field 22, clock ticks since boot;
    // what ps -o lstart shows), less 2 s for btime's rounding; journalctl gets it in UTC (TZ=UTC0
    // on both sides: no DST ambiguity). Then the backward search: journalctl's and grep's statuses
    // come back on fd 4 (a pipeline's own status is only its last command's, and sh has no
    // pipefail): a match is a result whatever journalctl said once grep had stopped it; no match
    // is journalctl's status (0: rotated, not an error); grep's own failure is 2 with grep's
    // message.
    return (RemoteScripts::framedSectionFunction() + QString::fromLatin1(
               "orig() { if [ -e \"$1\" ] || [ -L \"$1\" ]; then sha256sum -- \"$1\"; else echo emw-orig=missing; fi; }\n"
               "journal() {\n"
               "  way=off\n"
               "  if [ -n \"$2\" ]; then\n"
               "    way=nopidfile\n"
               "    if pid=$(cat -- \"$2\" 2>/dev/null); then\n"
               "      way=nopid\n"
               "      case $pid in ''|*[!0-9]*) ;; *)\n"
               "        way=\"gone $pid\"\n"
               "        t=$(awk -v hz=\"$(getconf CLK_TCK)\" 'FNR == NR { if ($1 == \"btime\") b = $2; next }\n"
               "          { sub(/^.*\\) /, \"\"); printf \"%.0f\\n\", b + int($20 / hz) - 2 }' /proc/stat \"/proc/$pid/stat\" 2>/dev/null)\n"
               "        if [ -n \"$t\" ] && since=$(TZ=UTC0 date -d \"@$t\" '+%Y-%m-%d %H:%M:%S' 2>/dev/null); then\n"
               "          way=\"noline $pid $since\"\n"
               "          line=$(TZ=UTC0 journalctl -u \"$1\" \"_PID=$pid\" --since \"$since\" --no-pager -q -o cat 2>/dev/null |\n"
               "                 head -n %3 | LC_ALL=C grep -a -i -E -m 1 -e '%1' | cut -b 1-%2)\n"
               "          if [ -n \"$line\" ]; then\n"
               "            printf '%s%s\\n%s\\n' '%4' \"pid $pid $since\" \"$line\"; return 0\n"
               "          fi\n"
               "        fi ;;\n"
               "      esac\n"
               "    fi\n"
               "  fi\n"
               "  printf '%s%s\\n' '%4' \"backward $way\"\n"
               "  { st=$( { { journalctl -u \"$1\" --no-pager -q -o cat -r 4>&- 5>&-; echo \"j$?\" >&4; } |\n"
               "            { LC_ALL=C grep -a -i -E -m 1 -e '%1' 4>&- 5>&-; echo \"g$?\" >&4; } |\n"
               "            cut -b 1-%2 >&5; } 4>&1 ); } 5>&1\n"
               "  case $st in *g0*) return 0 ;; *g1*) ;; *) return 2 ;; esac\n"
               "  j=${st#*j}; return \"${j%%[!0-9]*}\"\n"
               "}\n"
               "section env cat -- \"$2\"\n"
               "section journal journal \"$3\" \"$6\"\n"
               "section myid cat -- \"$4\"\n"
               "section orig orig \"$5\"\n"))
        .arg(QString::fromLatin1(kJournalPattern))
        .arg(kJournalLineBytes)
        .arg(kFastPathLines)
        .arg(QString::fromLatin1(kWayPrefix));
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
                                          options.myidPath, options.origPath, options.zooKeeperPidPath});
    command.asRoot = true;
    command.logOutput = false; // the env file may hold cloud credentials
    command.timeoutMs = options.masterTimeoutMs;
    command.displayText
        = options.zooKeeperPidPath.isEmpty()
              ? tr("cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 'my id = N'; cat %3; "
                   "sha256sum %4 (read-only, one framed output)")
                    .arg(ShellQuote::quote(options.envFilePath), ShellQuote::quote(options.unit),
                         ShellQuote::quote(options.myidPath), ShellQuote::quote(options.origPath))
              : tr("cat %1; journalctl -u %2 --no-pager -q -o cat _PID=<pid in %3> --since <its start> | grep -i -m 1 "
                   "'my id = N', else journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 'my id = N'; cat %4; "
                   "sha256sum %5 (read-only, one framed output)")
                    .arg(ShellQuote::quote(options.envFilePath), ShellQuote::quote(options.unit),
                         ShellQuote::quote(options.zooKeeperPidPath), ShellQuote::quote(options.myidPath),
                         ShellQuote::quote(options.origPath));
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
    } else if (const auto match = JournalIdParser::lastId(journalLines(journal.out))) {
        const QString way = journalWay(journal.out, options);
        out.journal = IdReading::found(IdSource::Journal, match->id,
                                       way.isEmpty() ? tr("\"%1\"").arg(match->text)
                                                     : tr("\"%1\", %2").arg(match->text, way));
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
