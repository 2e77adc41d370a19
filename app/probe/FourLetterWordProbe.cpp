#include "FourLetterWordProbe.h"

#include <QTcpSocket>

namespace
{
    // A mntr reply of 3.8 is about 20 kB; anything far larger is not ZooKeeper talking.
    constexpr qsizetype MaxReplyBytes = 1024 * 1024;
} // namespace

FourLetterWordProbe::FourLetterWordProbe(const QString &host, quint16 port, const QByteArray &word, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_word(word)
    , m_socket(new QTcpSocket(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &FourLetterWordProbe::onTimeout);
    connect(m_socket, &QTcpSocket::connected, this, &FourLetterWordProbe::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &FourLetterWordProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FourLetterWordProbe::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FourLetterWordProbe::onError);
}

FourLetterWordProbe::~FourLetterWordProbe()
{
    // No finished() from a half-destroyed object.
    m_finished = true;
    m_socket->abort();
}

void FourLetterWordProbe::setTimeout(int msec)
{
    m_timer.setInterval(msec);
}

void FourLetterWordProbe::start()
{
    m_timer.start();
    m_socket->connectToHost(m_host, m_port);
}

void FourLetterWordProbe::onConnected()
{
    m_socket->write(m_word);
}

void FourLetterWordProbe::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > MaxReplyBytes) {
        finish(FourLetterWordReply::unreachable(m_word, tr("the reply from %1:%2 is too large").arg(m_host).arg(m_port)));
    }
}

void FourLetterWordProbe::readRemaining()
{
    // Whatever arrived with the close; the device may already be closed (and then is empty).
    if (m_socket->isOpen() && m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->readAll();
}

void FourLetterWordProbe::onDisconnected()
{
    // The server closes the connection after the reply: that is the end of the answer.
    readRemaining();
    finish(FourLetterWordReply::parse(m_word, m_buffer));
}

void FourLetterWordProbe::onError()
{
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        // The close is the normal end of an answer; disconnected() may follow or not.
        readRemaining();
        finish(FourLetterWordReply::parse(m_word, m_buffer));
        return;
    }
    finish(FourLetterWordReply::unreachable(
        m_word, tr("%1:%2: %3").arg(m_host).arg(m_port).arg(m_socket->errorString())));
}

void FourLetterWordProbe::onTimeout()
{
    finish(FourLetterWordReply::unreachable(
        m_word, tr("%1:%2 did not answer within %3 ms").arg(m_host).arg(m_port).arg(m_timer.interval())));
}

void FourLetterWordProbe::finish(const FourLetterWordReply &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_reply = reply;
    // abort() may emit disconnected()/errorOccurred() synchronously; m_finished guards them.
    m_socket->abort();
    emit finished(m_reply);
}
