#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// Answers every HTTP request with one canned response, as AWS or Azure documents it for a case
// the emulators cannot produce (a wrong region's redirect, a wrong secret under Version 4), and
// keeps the request heads it got.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(const QByteArray &response)
        : m_response(response)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    m_requests << m_buffer.left(m_buffer.indexOf("\r\n\r\n"));
                    m_buffer.clear();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    // "HTTP/1.1 <status>" with the headers and the body, Content-Length and Connection: close added.
    static QByteArray response(const QByteArray &statusLine, const QList<QByteArray> &headers, const QByteArray &body)
    {
        QByteArray text = "HTTP/1.1 " + statusLine + "\r\n";
        for (const QByteArray &header : headers)
            text += header + "\r\n";
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return text;
    }

    QList<QByteArray> requests() const { return m_requests; }

private:
    QByteArray m_response;
    QByteArray m_buffer;
    QList<QByteArray> m_requests;
};
