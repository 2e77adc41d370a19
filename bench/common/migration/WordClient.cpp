#include "WordClient.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace WordClient {

void ask(const QString &host, const QByteArray &word, QObject *context,
         std::function<void(const QByteArray &reply)> callback, int timeoutMs)
{
    auto *socket = new QTcpSocket(context);
    auto buffer = std::make_shared<QByteArray>();
    auto done = [socket, buffer, callback, finished = std::make_shared<bool>(false)](bool ok) {
        if (*finished)
            return;
        *finished = true;
        const QByteArray reply = ok ? *buffer : QByteArray();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        callback(reply);
    };
    QObject::connect(socket, &QTcpSocket::connected, socket, [socket, word] { socket->write(word); });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] { *buffer += socket->readAll(); });
    // The server closes the connection after the reply: that is the end of it.
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer, done] {
        *buffer += socket->readAll();
        done(!buffer->isEmpty());
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [socket, buffer, done](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            *buffer += socket->readAll();
            done(!buffer->isEmpty());
        } else {
            done(false);
        }
    });
    QTimer::singleShot(timeoutMs, socket, [done] { done(false); });
    socket->connectToHost(host, 2181);
}

QString field(const QByteArray &reply, const QByteArray &key, char separator)
{
    const QList<QByteArray> lines = reply.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key + separator))
            return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
    }
    return QString();
}

} // namespace WordClient
