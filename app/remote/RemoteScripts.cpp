#include "RemoteScripts.h"

namespace {

// Make a signal exit through the EXIT trap (which removes the temp file).
const char *const SignalTraps
    = "trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 141' PIPE; trap 'exit 143' TERM\n";

// stdin into $tmp with fsync, then its size and sha256 against $2 and $3: a dropped connection
// ends stdin early, as an ordinary EOF, and only these tell a cut-short file from a whole one.
const char *const ReceiveChecked
    = "dd of=\"$tmp\" conv=fsync status=none || exit 11\n"
      "size=$(wc -c < \"$tmp\" | tr -d ' ') || exit 11\n"
      "sum=$(sha256sum < \"$tmp\") || exit 11\n"
      "sum=${sum%% *}\n"
      "if [ \"$size\" != \"$2\" ] || [ \"$sum\" != \"$3\" ]; then\n"
      "  echo \"emw: received $size bytes (sha256 $sum), expected $2 bytes (sha256 $3)\" >&2\n"
      "  exit 17\n"
      "fi\n";

} // namespace

namespace RemoteScripts {

QString atomicWriteScript()
{
    return QString::fromLatin1(
               // A symlink's file gives owner, mode and label; the new file replaces the link
               // itself (rename(2) does not follow it): on DC/OS the env file links into a
               // content-addressed pkgpanda package, which must never be written.
               "path=$1\n"
               "target=$(readlink -f -- \"$path\") || target=$path\n"
               "if [ ! -f \"$target\" ]; then echo \"emw: $target is not a regular file\" >&2; exit 10; fi\n"
               "dir=$(dirname -- \"$path\"); base=$(basename -- \"$path\")\n"
               "umask 077\n"
               "tmp=$(mktemp -- \"$dir/.$base.emw-tmp.XXXXXX\") || exit 11\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n")
        + QString::fromLatin1(SignalTraps)
        + QString::fromLatin1(ReceiveChecked)
        + QString::fromLatin1("chown --reference=\"$target\" -- \"$tmp\" || exit 12\n"
                              "chmod --reference=\"$target\" -- \"$tmp\" || exit 13\n"
                              "if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then\n"
                              "  chcon --reference=\"$target\" -- \"$tmp\" || exit 14\n"
                              "fi\n"
                              "mv -f -T -- \"$tmp\" \"$path\" || exit 15\n"
                              "sync -- \"$dir\" 2>/dev/null || sync\n"
                              "sha256sum -- \"$path\" || exit 16\n");
}

QString framedSectionFunction()
{
    return QString::fromLatin1(
        "tag=$1\n"
        "section() {\n"
        "  name=$1; shift\n"
        "  printf '%s %s out\\n' \"$tag\" \"$name\"\n"
        "  { err=$(\"$@\" 2>&1 >&3 3>&-); rc=$?; } 3>&1\n"
        "  printf '\\n%s %s err\\n%s\\n%s %s exit %d\\n' \"$tag\" \"$name\" \"$err\" \"$tag\" \"$name\" \"$rc\"\n"
        "}\n");
}

QString lockCreateScript()
{
    return QString::fromLatin1(
               "path=$1; dir=$(dirname -- \"$path\"); base=$(basename -- \"$path\")\n"
               "held() { echo emw-lock=held; cat -- \"$path\" 2>/dev/null; exit 40; }\n"
               "if [ -z \"$4\" ] && { [ -e \"$path\" ] || [ -L \"$path\" ]; }; then held; fi\n"
               "mkdir -p -m 0755 -- \"$dir\" || exit 11\n"
               "umask 077\n"
               "tmp=$(mktemp -- \"$dir/.$base.emw-tmp.XXXXXX\") || exit 11\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n")
        + QString::fromLatin1(SignalTraps) + QString::fromLatin1(ReceiveChecked)
        + QString::fromLatin1(
               "chmod 0644 -- \"$tmp\" || exit 13\n"
               "if [ -n \"$4\" ]; then\n"
               // Taking over a stale lock: only the one the operator was shown.
               "  cur=$(sha256sum < \"$path\" 2>/dev/null) || held\n"
               "  if [ \"${cur%% *}\" != \"$4\" ]; then held; fi\n"
               "  mv -f -T -- \"$tmp\" \"$path\" || exit 15\n"
               "else\n"
               // link(2) fails if the name exists: two runs cannot both create it.
               "  ln -- \"$tmp\" \"$path\" 2>/dev/null || held\n"
               "fi\n"
               "sync -- \"$dir\" 2>/dev/null || sync\n"
               "sha256sum -- \"$path\" || exit 16\n");
}

QString lockRemoveScript()
{
    return QString::fromLatin1(
        "path=$1\n"
        "if [ ! -e \"$path\" ] && [ ! -L \"$path\" ]; then echo emw-lock=absent; exit 0; fi\n"
        "cur=$(sha256sum < \"$path\") || exit 16\n"
        "if [ \"${cur%% *}\" != \"$2\" ]; then echo emw-lock=held; cat -- \"$path\"; exit 40; fi\n"
        "rm -f -- \"$path\" || exit 15\n"
        "sync -- \"$(dirname -- \"$path\")\" 2>/dev/null || sync\n"
        "echo emw-lock=removed\n");
}

QString backupScript()
{
    return QString::fromLatin1(
               "src=$1; orig=$2\n"
               "if [ ! -f \"$src\" ]; then echo \"emw: $src is not a regular file\" >&2; exit 10; fi\n"
               // A pkgpanda symlink is recorded as the same link beside the backup (never over an
               // earlier record), so a rollback can put back the link and not only its bytes.
               "record_link() {\n"
               "  if [ -L \"$src\" ] && [ ! -e \"$orig.link\" ] && [ ! -L \"$orig.link\" ]; then\n"
               "    ln -s -- \"$(readlink -- \"$src\")\" \"$orig.link\" || exit 22\n"
               "  fi\n"
               "  if [ -L \"$orig.link\" ]; then echo \"emw-backup-link=$(readlink -- \"$orig.link\")\"; fi\n"
               "}\n"
               "if [ -e \"$orig\" ] || [ -L \"$orig\" ]; then\n"
               "  if cmp -s -- \"$src\" \"$orig\"; then echo emw-backup=already; record_link; sha256sum -- \"$src\" "
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
               "record_link\n"
               "sync -- \"$dir\" 2>/dev/null || sync\n"
               "echo emw-backup=created\n"
               "sha256sum -- \"$src\" \"$orig\" || exit 16\n");
}

QString restoreLinkScript()
{
    return QString::fromLatin1(
               "path=$1; orig=$2; link=$2.link\n"
               "if [ ! -L \"$link\" ]; then echo emw-restore=no-link; exit 30; fi\n"
               "target=$(readlink -- \"$link\")\n"
               // cmp follows the link: its target must still hold the backup's bytes.
               "if ! cmp -s -- \"$link\" \"$orig\"; then\n"
               "  echo \"emw: $link points to $target, which no longer holds the bytes of $orig\" >&2; exit 31\n"
               "fi\n"
               "if [ -L \"$path\" ] && [ \"$(readlink -- \"$path\")\" = \"$target\" ]; then\n"
               "  echo emw-restore=already; sha256sum -- \"$path\" || exit 16; exit 0\n"
               "fi\n"
               "dir=$(dirname -- \"$path\"); base=$(basename -- \"$path\")\n"
               "tmp=$dir/.$base.emw-link.$$\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n")
        + QString::fromLatin1(SignalTraps)
        + QString::fromLatin1(
               "rm -f -- \"$tmp\"; ln -s -- \"$target\" \"$tmp\" || exit 11\n"
               "mv -f -T -- \"$tmp\" \"$path\" || exit 15\n"
               "sync -- \"$dir\" 2>/dev/null || sync\n"
               "echo emw-restore=link\n"
               "sha256sum -- \"$path\" || exit 16\n");
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
