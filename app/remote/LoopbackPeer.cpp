#include "LoopbackPeer.h"

#ifdef Q_OS_UNIX
#include <QDir>

#include <algorithm>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_UNIX
namespace {

bool sameAddress(const sockaddr_storage &a, socklen_t aLength, const sockaddr_storage &b, socklen_t bLength)
{
    if (a.ss_family != b.ss_family)
        return false;
    if (a.ss_family == AF_INET) {
        const auto &x = reinterpret_cast<const sockaddr_in &>(a);
        const auto &y = reinterpret_cast<const sockaddr_in &>(b);
        return x.sin_port == y.sin_port && x.sin_addr.s_addr == y.sin_addr.s_addr;
    }
    if (a.ss_family == AF_INET6) {
        const auto &x = reinterpret_cast<const sockaddr_in6 &>(a);
        const auto &y = reinterpret_cast<const sockaddr_in6 &>(b);
        return x.sin6_port == y.sin6_port && std::memcmp(&x.sin6_addr, &y.sin6_addr, sizeof x.sin6_addr) == 0;
    }
    return aLength == bLength && std::memcmp(&a, &b, aLength) == 0;
}

// This process's descriptors: /proc/self/fd where there is one, otherwise every possible number.
QList<int> ownDescriptors()
{
    QList<int> fds;
    const QDir proc(QStringLiteral("/proc/self/fd"));
    if (proc.exists()) {
        const QStringList names = proc.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            bool ok = false;
            const int fd = name.toInt(&ok);
            if (ok)
                fds << fd;
        }
        return fds;
    }
    rlimit limit{};
    const rlim_t max = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? std::min<rlim_t>(limit.rlim_cur, 65536) : 1024;
    for (int fd = 0; fd < int(max); ++fd)
        fds << fd;
    return fds;
}

} // namespace
#endif

bool LoopbackPeer::isOwnConnection(qintptr acceptedFd)
{
#ifdef Q_OS_UNIX
    const int accepted = int(acceptedFd);
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    if (::getpeername(accepted, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0
        || ::getsockname(accepted, reinterpret_cast<sockaddr *>(&local), &localLength) != 0)
        return false;
    // Our client's socket: bound to the peer's address, connected to ours.
    for (const int fd : ownDescriptors()) {
        if (fd == accepted)
            continue;
        sockaddr_storage bound{};
        socklen_t boundLength = sizeof bound;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0
            || !sameAddress(bound, boundLength, peer, peerLength))
            continue;
        sockaddr_storage connected{};
        socklen_t connectedLength = sizeof connected;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&connected), &connectedLength) == 0
            && sameAddress(connected, connectedLength, local, localLength))
            return true;
    }
    return false;
#else
    // No way to tell here (Windows): loopback only, as before.
    Q_UNUSED(acceptedFd);
    return true;
#endif
}
