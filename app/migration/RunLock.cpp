#include "RunLock.h"

#include "PrivateFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString userName()
{
    // The account, not $USER (which a shell may have changed).
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(geteuid());
}

QByteArray readAll(int fd)
{
    QByteArray content;
    char buffer[1024];
    // A record is a few hundred bytes; a bigger file is not ours.
    while (content.size() < 4096) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, content.size());
        if (n <= 0)
            break;
        content.append(buffer, n);
    }
    return content;
}

} // namespace

QByteArray RunLock::Holder::toRecord() const
{
    QJsonObject object;
    object.insert(QStringLiteral("run_id"), runId);
    object.insert(QStringLiteral("pid"), pid);
    object.insert(QStringLiteral("user"), user);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<RunLock::Holder> RunLock::Holder::fromRecord(const QByteArray &record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Holder holder;
    holder.runId = object.value(QStringLiteral("run_id")).toString();
    holder.pid = object.value(QStringLiteral("pid")).toInteger();
    holder.user = object.value(QStringLiteral("user")).toString();
    holder.host = object.value(QStringLiteral("host")).toString();
    holder.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (holder.pid <= 0 || !holder.since.isValid())
        return std::nullopt;
    return holder;
}

QString RunLock::Holder::describe() const
{
    const QString when = since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (runId.isEmpty())
        return tr("%1 on %2 (process %3) since %4").arg(user, host).arg(pid).arg(when);
    return tr("run %1 of %2 on %3 (process %4) since %5").arg(runId, user, host).arg(pid).arg(when);
}

RunLock::Holder RunLock::Holder::ourselves(const QString &runId)
{
    Holder holder;
    holder.runId = runId;
    holder.pid = QCoreApplication::applicationPid();
    holder.user = userName();
    holder.host = QSysInfo::machineHostName();
    holder.since = QDateTime::currentDateTimeUtc();
    return holder;
}

RunLock::~RunLock()
{
    release();
}

QString RunLock::pathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

bool RunLock::acquire(const QString &journalPath, QString *error)
{
    if (m_fd >= 0)
        return true;
    const QString path = pathFor(journalPath);
    if (!PrivateFile::makeDir(QFileInfo(path).absolutePath(), error))
        return false;
    // Close-on-exec: a child process must not keep the lock after the run ended.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("Cannot open the run lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int lockErrno = errno;
        if (lockErrno == EWOULDBLOCK) {
            *error = refusal(path, Holder::fromRecord(readAll(fd)).value_or(Holder{}));
        } else {
            *error = tr("Cannot lock the run lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(lockErrno)));
        }
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_holder = Holder::ourselves(QString());
    writeRecord();
    return true;
}

void RunLock::setRunId(const QString &runId)
{
    if (m_fd < 0)
        return;
    m_holder.runId = runId;
    writeRecord();
}

void RunLock::writeRecord()
{
    // Best effort: the lock itself is the flock; the record only names its holder (a record that
    // could not be written reads as a holder that is starting).
    const QByteArray record = m_holder.toRecord();
    const bool written =
        ::ftruncate(m_fd, 0) == 0 && ::pwrite(m_fd, record.constData(), size_t(record.size()), 0) == record.size();
    Q_UNUSED(written);
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    // The file stays (empty): removing it while another run has it open would let a third run
    // lock a new file beside the second's.
    // An old record left in an unlocked file is harmless: holder() asks the lock, not the record.
    const bool emptied = ::ftruncate(m_fd, 0) == 0;
    Q_UNUSED(emptied);
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

std::optional<RunLock::Holder> RunLock::holder(const QString &journalPath)
{
    const int fd = ::open(QFile::encodeName(pathFor(journalPath)).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> result;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
        ::flock(fd, LOCK_UN);
    else if (errno == EWOULDBLOCK)
        result = Holder::fromRecord(readAll(fd)).value_or(Holder{});
    ::close(fd);
    return result;
}

QString RunLock::refusal(const QString &lockPath, const Holder &holder)
{
    if (holder.pid <= 0)
        return tr("Another run of this cluster holds %1 (it is starting). Wait for it to end, or stop it.").arg(lockPath);
    return tr("Another run of this cluster holds %1: %2. Wait for it to end, or stop it there.")
        .arg(lockPath, holder.describe());
}
