#pragma once

#include "FourLetterWordReply.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Sends one four-letter word (srvr, conf, ruok, mntr, ...) to host:port and reads the reply
// until the server closes the connection. host:port is usually a local port forwarded through
// SSH to a master's client port 2181; the probe knows nothing about SSH.
//
// One object per request, like QNetworkReply: start(), then finished() exactly once, on the
// thread the object lives in. Nothing blocks.
class FourLetterWordProbe : public QObject
{
    Q_OBJECT

public:
    FourLetterWordProbe(const QString &host, quint16 port, const QByteArray &word, QObject *parent = nullptr);
    ~FourLetterWordProbe() override;

    // Connect + reply must finish within this many milliseconds. Default 3000.
    void setTimeout(int msec);
    void start();

    bool isFinished() const { return m_finished; }
    const FourLetterWordReply &reply() const { return m_reply; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QByteArray word() const { return m_word; }

    // Fire and forget: the probe deletes itself after calling back. The callback runs on the
    // context's thread and is dropped if the context is destroyed first.
    template<typename Callback>
    static FourLetterWordProbe *query(const QString &host, quint16 port, const QByteArray &word,
                                      QObject *context, Callback callback, int timeoutMsec = 3000)
    {
        auto *probe = new FourLetterWordProbe(host, port, word);
        probe->setTimeout(timeoutMsec);
        connect(probe, &FourLetterWordProbe::finished, context, callback);
        connect(probe, &FourLetterWordProbe::finished, probe, &QObject::deleteLater);
        probe->start();
        return probe;
    }

signals:
    void finished(const FourLetterWordReply &reply);

private:
    void onConnected();
    void onReadyRead();
    void readRemaining();
    void onDisconnected();
    void onError();
    void onTimeout();
    void finish(const FourLetterWordReply &reply);

    QString m_host;
    quint16 m_port;
    QByteArray m_word;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_buffer;
    FourLetterWordReply m_reply;
    bool m_finished = false;
};
