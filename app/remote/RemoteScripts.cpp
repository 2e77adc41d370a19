#include "RemoteScripts.h"

namespace {

// Make a signal exit through the EXIT trap (which removes the temp file).
const char *const SignalTraps
    = "trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 141' PIPE; trap 'exit 143' TERM\n";

} // namespace

namespace RemoteScripts {

QString atomicWriteScript()
{
    return QString::fromLatin1(
               "target=$(readlink -f -- \"$1\") || target=$1\n"
               "if [ ! -f \"$target\" ]; then echo \"emw: $target is not a regular file\" >&2; exit 10; fi\n"
               "dir=$(dirname -- \"$target\"); base=$(basename -- \"$target\")\n"
               "umask 077\n"
               "tmp=$(mktemp -- \"$dir/.$base.emw-tmp.XXXXXX\") || exit 11\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n")
        + QString::fromLatin1(SignalTraps)
        + QString::fromLatin1("dd of=\"$tmp\" conv=fsync status=none || exit 11\n"
                              // A dropped connection ends stdin early, as an ordinary EOF: only
                              // the expected size and checksum tell a cut-short file from a whole one.
                              "size=$(wc -c < \"$tmp\" | tr -d ' ') || exit 11\n"
                              "sum=$(sha256sum < \"$tmp\") || exit 11\n"
                              "sum=${sum%% *}\n"
                              "if [ \"$size\" != \"$2\" ] || [ \"$sum\" != \"$3\" ]; then\n"
                              "  echo \"emw: received $size bytes (sha256 $sum), "
                              "expected $2 bytes (sha256 $3)\" >&2\n"
                              "  exit 17\n"
                              "fi\n"
                              "chown --reference=\"$target\" -- \"$tmp\" || exit 12\n"
                              "chmod --reference=\"$target\" -- \"$tmp\" || exit 13\n"
                              "if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then\n"
                              "  chcon --reference=\"$target\" -- \"$tmp\" || exit 14\n"
                              "fi\n"
                              "mv -f -- \"$tmp\" \"$target\" || exit 15\n"
                              "sync -- \"$dir\" 2>/dev/null || sync\n"
                              "sha256sum -- \"$target\" || exit 16\n");
}

QString backupScript()
{
    return QString::fromLatin1(
               "src=$1; orig=$2\n"
               "if [ ! -f \"$src\" ]; then echo \"emw: $src is not a regular file\" >&2; exit 10; fi\n"
               "if [ -e \"$orig\" ] || [ -L \"$orig\" ]; then\n"
               "  if cmp -s -- \"$src\" \"$orig\"; then echo emw-backup=already; sha256sum -- \"$src\" "
               "\"$orig\"; exit 0; fi\n"
               "  echo \"emw: $orig exists and differs from $src\" >&2; exit 20\n"
               "fi\n"
               "dir=$(dirname -- \"$orig\"); base=$(basename -- \"$orig\")\n"
               "umask 077\n"
               "tmp=$(mktemp -- \"$dir/.$base.emw-tmp.XXXXXX\") || exit 11\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n")
        + QString::fromLatin1(SignalTraps)
        + QString::fromLatin1(
               "cp -p -- \"$src\" \"$tmp\" || exit 11\n"
               "dd if=/dev/null of=\"$tmp\" conv=notrunc,fsync status=none 2>/dev/null || sync\n"
               "ln -- \"$tmp\" \"$orig\" || exit 21\n"
               "sync -- \"$dir\" 2>/dev/null || sync\n"
               "echo emw-backup=created\n"
               "sha256sum -- \"$src\" \"$orig\" || exit 16\n");
}

QString discoveryReadScript()
{
    // err=$(cmd 2>&1 >&3 3>&-) with 3>&1 around it: stderr into the variable, stdout through.
    return QString::fromLatin1(
        "tag=$1\n"
        "section() {\n"
        "  name=$1; shift\n"
        "  printf '%s %s out\\n' \"$tag\" \"$name\"\n"
        "  { err=$(\"$@\" 2>&1 >&3 3>&-); rc=$?; } 3>&1\n"
        "  printf '\\n%s %s err\\n%s\\n%s %s exit %d\\n' \"$tag\" \"$name\" \"$err\" \"$tag\" \"$name\" \"$rc\"\n"
        "}\n"
        "orig() { if [ -e \"$1\" ] || [ -L \"$1\" ]; then sha256sum -- \"$1\"; else echo emw-orig=missing; fi; }\n"
        "section env cat -- \"$2\"\n"
        "section journal journalctl -u \"$3\" --no-pager\n"
        "section myid cat -- \"$4\"\n"
        "section orig orig \"$5\"\n");
}

QList<FramedSection> splitFramed(const QByteArray &output, const QByteArray &tag, const QList<QByteArray> &names)
{
    QList<FramedSection> sections;
    qsizetype from = 0;
    for (const QByteArray &name : names) {
        FramedSection section;
        const QByteArray head = tag + ' ' + name;
        const QByteArray outMark = head + " out\n";
        const QByteArray errMark = '\n' + head + " err\n";
        const QByteArray exitMark = '\n' + head + " exit ";
        const qsizetype outAt = output.indexOf(outMark, from);
        const qsizetype errAt = outAt < 0 ? -1 : output.indexOf(errMark, outAt + outMark.size());
        const qsizetype exitAt = errAt < 0 ? -1 : output.indexOf(exitMark, errAt + errMark.size());
        const qsizetype endAt = exitAt < 0 ? -1 : output.indexOf('\n', exitAt + exitMark.size());
        bool numberOk = false;
        const int status = endAt < 0 ? -1
                                     : output.mid(exitAt + exitMark.size(), endAt - exitAt - exitMark.size())
                                           .toInt(&numberOk);
        if (numberOk) {
            section.present = true;
            section.out = output.mid(outAt + outMark.size(), errAt - outAt - outMark.size());
            section.err = output.mid(errAt + errMark.size(), exitAt - errAt - errMark.size());
            section.exitStatus = status;
            from = endAt + 1;
        }
        sections << section;
    }
    return sections;
}

QStringList shArgv(const QString &script, const QStringList &args)
{
    return QStringList { QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh") } + args;
}

QStringList checksums(const QByteArray &output)
{
    QStringList sums;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("emw-") || line.trimmed().isEmpty())
            continue;
        QByteArray sum = line.left(line.indexOf(' '));
        if (sum.startsWith('\\')) // sha256sum escapes names with '\' or newlines this way
            sum.remove(0, 1);
        if (sum.size() == 64)
            sums << QString::fromLatin1(sum);
    }
    return sums;
}

} // namespace RemoteScripts
