#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

// Test fixture: "python3 -m http.server" serving a temporary directory on a 127.0.6.x address,
// standing in for Exhibitor's REST API (the real Exhibitor cannot run here). Files written with
// setFile() are served from the next request on. With requireBasicAuth() before start() it answers
// 401 (WWW-Authenticate: Basic) to requests without those credentials, but on the open paths, as
// Exhibitor does under DC/OS's exhibitor_admin_password (everything but cluster/status).
class StaticHttpServer
{
public:
    explicit StaticHttpServer(const QString &address = QStringLiteral("127.0.6.10"));
    ~StaticHttpServer();

    void requireBasicAuth(const QString &user, const QString &password, const QStringList &openPaths);
    bool start(QString *error);
    // One line per request since start: "<path> auth" (right credentials), "<path> wrong" or
    // "<path> none" (no Authorization header). Never the credentials themselves.
    QStringList authLog() const;
    bool setFile(const QString &urlPath, const QByteArray &content);
    bool removeFile(const QString &urlPath);

    QString host() const { return m_address; }
    quint16 port() const { return m_port; }

private:
    QString m_address;
    quint16 m_port = 0;
    QString m_credentials; // user:password, empty: no authentication
    QStringList m_openPaths;
    QTemporaryDir m_root;
    QProcess *m_process = nullptr;
};
