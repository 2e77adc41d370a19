#pragma once

#include <QtGlobal>

// Who is on the other end of a connection accepted on a loopback port forward. On a shared
// machine (a bastion, a jump host) every local user can connect to 127.0.0.1:<port>; a forward
// that accepted them would hand them the masters' ZooKeeper and Exhibitor through the operator's
// SSH session. So a forward accepts only connections whose client socket is one of this
// process's own file descriptors: the ZooKeeper C client (zookeeper_mt, which needs a host:port,
// so a Unix socket is no option) and Qt Network both connect from inside this process.
//
// Why descriptors and not /proc/net/tcp's uid: matching our own sockets (getsockname on each of
// our descriptors against the accepted connection's peer address) answers exactly "is the other
// end ours", refuses other processes of the same user too, needs no parsing of kernel tables, and
// works where /proc/net is hidden or belongs to another network namespace. A loopback client's
// side is established before accept() returns, so its addresses are known when we look.
namespace LoopbackPeer {

// True when the peer of the accepted TCP connection on acceptedFd is a socket of this process.
bool isOwnConnection(qintptr acceptedFd);

} // namespace LoopbackPeer
