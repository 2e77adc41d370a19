#include "PrivateFile.h"

#include "MigrationPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isSymLink(const QString &path)
{
    return QFileInfo(path).isSymLink();
}

// Inside the wizard's own data directory (the journals, the reports).
bool isOurs(const QString &dir)
{
    const QString data = QDir::cleanPath(MigrationPaths::dataDir());
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    return clean == data || clean.startsWith(data + QLatin1Char('/'));
}

#ifdef Q_OS_UNIX
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Closes the descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
#endif

} // namespace

bool PrivateFile::makeDir(const QString &dir, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    // Walk down from the root: a missing component is created 0700, an existing one must not be
    // a symbolic link once inside our data directory or at the end of the path.
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        path += QLatin1Char('/') + parts.at(i);
        const QFileInfo info(path);
        const bool last = i == parts.size() - 1;
        if (info.isSymLink() && (last || isOurs(path)))
            return fail(error, tr("%1 is a symbolic link; refusing to write through it. Remove the link or "
                                  "choose another directory.")
                                   .arg(path));
        if (info.exists()) {
            if (!info.isDir())
                return fail(error, tr("cannot create the directory %1: a file of that name is in the way").arg(path));
#ifdef Q_OS_UNIX
            if (isOurs(path) && (info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                                       | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther))) {
                if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
                    return fail(error, tr("cannot make %1 private (0700): %2").arg(path, systemError(errno)));
            }
#endif
            continue;
        }
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
            return fail(error, tr("cannot create the directory %1: %2").arg(path, systemError(errno)));
#else
        if (!QDir().mkdir(path))
            return fail(error, tr("cannot create the directory %1").arg(path));
#endif
    }
    return true;
}

bool PrivateFile::write(const QString &path, const QByteArray &content, QString *error)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QString name = info.fileName();
    if (name.isEmpty())
        return fail(error, tr("cannot write %1: not a file name").arg(path));
    if (!makeDir(dir, error))
        return false;
    if (isSymLink(path))
        return fail(error, tr("%1 is a symbolic link; refusing to write through it. Remove the link or choose "
                              "another name.")
                               .arg(path));

#ifdef Q_OS_UNIX
    Fd dirFd{::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (dirFd.fd < 0) {
        const int code = errno;
        if (code == ELOOP || code == ENOTDIR)
            return fail(error, tr("%1 is a symbolic link; refusing to write through it. Remove the link or "
                                  "choose another directory.")
                                   .arg(dir));
        return fail(error, tr("cannot write %1: %2").arg(path, systemError(code)));
    }
    const QByteArray target = QFile::encodeName(name);
    QByteArray temp;
    Fd fileFd;
    for (int attempt = 0; attempt < 8 && fileFd.fd < 0; ++attempt) {
        temp = '.' + target + ".tmp-" + QByteArray::number(QRandomGenerator::system()->generate(), 16);
        fileFd.fd = ::openat(dirFd.fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fileFd.fd < 0 && errno != EEXIST)
            break;
    }
    if (fileFd.fd < 0)
        return fail(error, tr("cannot write %1: %2").arg(path, systemError(errno)));

    auto removeTemp = [&] { ::unlinkat(dirFd.fd, temp.constData(), 0); };
    // 0600 whatever the umask; fchmod, as the umask may have taken bits the mode asked for only.
    qsizetype written = 0;
    bool ok = ::fchmod(fileFd.fd, 0600) == 0;
    while (ok && written < content.size()) {
        const ssize_t n = ::write(fileFd.fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fileFd.fd) == 0;
    const int writeErrno = errno;
    const int closed = ::close(fileFd.fd);
    fileFd.fd = -1;
    if (!ok || closed != 0) {
        removeTemp();
        return fail(error, tr("cannot write %1: %2").arg(path, systemError(ok ? errno : writeErrno)));
    }

    // Checked again right before the rename: a link planted meanwhile is refused, not replaced
    // silently (renameat itself would replace the link, not follow it).
    struct stat existing;
    if (::fstatat(dirFd.fd, target.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(existing.st_mode)) {
        removeTemp();
        return fail(error, tr("%1 is a symbolic link; refusing to write through it. Remove the link or choose "
                              "another name.")
                               .arg(path));
    }
    if (::renameat(dirFd.fd, temp.constData(), dirFd.fd, target.constData()) != 0) {
        const int code = errno;
        removeTemp();
        return fail(error, tr("cannot write %1: %2").arg(path, systemError(code)));
    }
    ::fsync(dirFd.fd);
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return fail(error, tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!file.commit())
        return fail(error, tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
#endif
}
