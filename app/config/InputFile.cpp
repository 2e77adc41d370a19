#include "InputFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// What a path that is not a regular file is, in words, from what the file system says of it.
QString kindOfNonRegular(const QFileInfo &info)
{
    if (info.isDir())
        return InputFile::tr("a directory");
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(info.filePath()).constData(), &st) == 0) {
        if (S_ISFIFO(st.st_mode))
            return InputFile::tr("a FIFO (named pipe)");
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            return InputFile::tr("a device");
        if (S_ISSOCK(st.st_mode))
            return InputFile::tr("a socket");
    }
#endif
    return InputFile::tr("not a regular file");
}

QString unreadable(const QString &reason)
{
    return InputFile::tr("Cannot read the file (%1). Check the path, and that your user may read it.").arg(reason);
}

} // namespace

qint64 InputFile::maxBytes(Kind kind)
{
    switch (kind) {
    case Kind::Config:
    case Kind::Ids:
        return 1 * kMiB;
    case Kind::Journal:
        return 64 * kMiB;
    }
    return 1 * kMiB;
}

std::optional<QByteArray> InputFile::read(const QString &path, Kind kind, QString *error)
{
    QString hint;
    switch (kind) {
    case Kind::Config:
        hint = tr("Give the cluster's genconf/config.yaml.");
        break;
    case Kind::Ids:
        hint = tr("Give an ids file (one \"<ip> <id>\" line per master) or the output of \"exhibitor-migrate "
                  "discover --format json\".");
        break;
    case Kind::Journal:
        hint = tr("Save only the recent part, such as journalctl -u dcos-exhibitor --since -7d.");
        break;
    }
    return read(path, maxBytes(kind), hint, error);
}

std::optional<QByteArray> InputFile::read(const QString &path, qint64 maxBytes, const QString &hint,
                                          QString *error)
{
    QFile file;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. The
    // check is on the opened descriptor, so the path cannot be swapped between check and read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = unreadable(qt_error_string(errno));
        return std::nullopt;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr("This is %1, not a file: it is not read, because reading it could block or never end. %2")
                     .arg(kindOfNonRegular(QFileInfo(path)), hint);
        return std::nullopt;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = unreadable(file.errorString());
        return std::nullopt;
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = tr("This is %1, not a file: it is not read, because reading it could block or never end. %2")
                     .arg(kindOfNonRegular(info), hint);
        return std::nullopt;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = unreadable(file.errorString());
        return std::nullopt;
    }
#endif
    auto tooLarge = [&](qint64 size) {
        return tr("The file is %1, more than the %2 such a file can be here, so it is not read. %3")
            .arg(sizeText(size), sizeText(maxBytes), hint);
    };
    if (file.size() > maxBytes) {
        *error = tooLarge(file.size());
        return std::nullopt;
    }
    // The file may grow while it is read: never more than the cap, plus one byte to notice.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes) {
        *error = tooLarge(qMax(file.size(), qint64(content.size())));
        return std::nullopt;
    }
    return content;
}

QString InputFile::sizeText(qint64 bytes)
{
    if (bytes >= kMiB && bytes % kMiB == 0)
        return tr("%1 MiB").arg(bytes / kMiB);
    if (bytes >= 1000 * 1000)
        return tr("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    if (bytes >= 1000)
        return tr("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
    return tr("%n byte(s)", nullptr, int(bytes));
}
