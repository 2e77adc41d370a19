#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class QProcess;

// Test fixture: "python3 -m http.server" serving a temporary directory on a 127.0.6.x address,
// standing in for Exhibitor's REST API (the real Exhibitor cannot run here). Files written with
// setFile() are served from the next request on.
class StaticHttpServer
{
public:
    explicit StaticHttpServer(const QString &address = QStringLiteral("127.0.6.10"));
    ~StaticHttpServer();

    bool start(QString *error);
    bool setFile(const QString &urlPath, const QByteArray &content);
    bool removeFile(const QString &urlPath);

    QString host() const { return m_address; }
    quint16 port() const { return m_port; }

private:
    QString m_address;
    quint16 m_port = 0;
    QTemporaryDir m_root;
    QProcess *m_process = nullptr;
};
