#include "CloudEmulator.h"

#include "discovery/AzureSharedKey.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

QString npmDir()
{
    const QString dir = qEnvironmentVariable("EMW_SIM_NPM");
    if (!dir.isEmpty())
        return dir;
    const QString cache = qEnvironmentVariable("EMW_SIM_CACHE");
    return (cache.isEmpty() ? QStringLiteral("/var/cache/emw-sim") : cache) + QStringLiteral("/npm");
}

bool accepts(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return socket.waitForConnected(200);
}

} // namespace

CloudEmulator::CloudEmulator(Kind kind, const QString &host)
    : m_kind(kind)
    , m_host(host)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

CloudEmulator::~CloudEmulator()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString CloudEmulator::node()
{
    const QString node = qEnvironmentVariable("EMW_SIM_NODE");
    if (!node.isEmpty())
        return node;
    const QString path = QStandardPaths::findExecutable(QStringLiteral("node"));
    return path.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nodejs")) : path;
}

QString CloudEmulator::script(Kind kind, QString *why)
{
    const QString package = kind == Kind::S3 ? QStringLiteral("s3rver") : QStringLiteral("azurite");
    const QString path = npmDir()
        + (kind == Kind::S3 ? QStringLiteral("/node_modules/s3rver/bin/s3rver.js")
                            : QStringLiteral("/node_modules/azurite/dist/src/blob/main.js"));
    if (node().isEmpty()) {
        if (why)
            *why = QStringLiteral("node is missing (Debian packages nodejs npm; scripts/test installs them)");
        return QString();
    }
    if (!QFileInfo::exists(path)) {
        if (why) {
            *why = QStringLiteral("the %1 emulator is not installed: %2 is missing (scripts/test installs it, or "
                                  "source scripts/lib/common.sh && emw_provide_sim_emulators)")
                       .arg(package, path);
        }
        return QString();
    }
    return path;
}

quint16 CloudEmulator::freePort(const QString &host)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(host), 0))
        return 0;
    return server.serverPort();
}

QString CloudEmulator::endpoint() const
{
    return QStringLiteral("http://%1:%2").arg(m_host).arg(m_port);
}

bool CloudEmulator::start(QString *error, const QString &bucket)
{
    const QString path = script(m_kind, error);
    if (path.isEmpty())
        return false;
    m_port = freePort(m_host);
    if (m_port == 0) {
        *error = QStringLiteral("no free port on %1").arg(m_host);
        return false;
    }
    QStringList args{path};
    if (m_kind == Kind::S3) {
        args << QStringLiteral("--directory") << m_dir.path() << QStringLiteral("--address") << m_host
             << QStringLiteral("--port") << QString::number(m_port) << QStringLiteral("--silent")
             << QStringLiteral("--no-vhost-buckets");
        if (!bucket.isEmpty())
            args << QStringLiteral("--configure-bucket") << bucket;
    } else {
        args << QStringLiteral("--blobHost") << m_host << QStringLiteral("--blobPort") << QString::number(m_port)
             << QStringLiteral("--location") << m_dir.path() << QStringLiteral("--silent");
    }
    m_process.start(node(), args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(path, m_process.errorString());
        return false;
    }
    // Node takes a second or two to load either server.
    const QDeadlineTimer deadline(60000);
    while (!accepts(m_host, m_port)) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = QStringLiteral("%1 is not listening on %2:%3: %4")
                         .arg(path, m_host)
                         .arg(m_port)
                         .arg(QString::fromLocal8Bit(m_process.readAll()).right(2000));
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

bool CloudEmulator::httpPut(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &data, QList<int> expectedStatus, QString *error)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint() + QString::fromLatin1(path)));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = network.put(request, data);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000)) {
        *error = QStringLiteral("PUT %1: no answer").arg(QString::fromLatin1(path));
        delete reply;
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    if (!expectedStatus.contains(status)) {
        *error = QStringLiteral("PUT %1: HTTP %2 %3").arg(QString::fromLatin1(path)).arg(status).arg(QString::fromUtf8(body));
        return false;
    }
    return true;
}

bool CloudEmulator::putS3Object(const QString &bucket, const QString &key, const QByteArray &data, QString *error)
{
    const QByteArray path = '/' + bucket.toUtf8().toPercentEncoding() + '/' + key.toUtf8().toPercentEncoding("/");
    return httpPut(path, {{"Content-Type", "text/plain"}}, data, {200}, error);
}

bool CloudEmulator::putAzureBlob(const QString &container, const QString &blob, const QByteArray &data,
                                 QString *error)
{
    const QString account = QLatin1String(AzureAccount);
    auto signedHeaders = [&](const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &query,
                             QList<QPair<QByteArray, QByteArray>> msHeaders, qint64 length) {
        AzureSharedKey::Request signing;
        signing.method = "PUT";
        signing.path = path;
        signing.query = query;
        signing.contentLength = length;
        signing.contentType = length > 0 ? QByteArrayLiteral("text/plain") : QByteArray();
        signing.msHeaders = AzureSharedKey::headersFor(QDateTime::currentDateTimeUtc()) + msHeaders;
        QList<QPair<QByteArray, QByteArray>> headers = signing.msHeaders;
        if (length > 0)
            headers.append({"Content-Type", signing.contentType});
        headers.append({"Authorization", AzureSharedKey::authorization(account, QLatin1String(AzureKey), signing)});
        return headers;
    };
    const QByteArray containerPath = '/' + account.toUtf8() + '/' + container.toUtf8();
    if (!httpPut(containerPath + "?restype=container", signedHeaders(containerPath, {{"restype", "container"}}, {}, 0),
                 {}, {201, 409 /* it exists */}, error))
        return false;
    const QByteArray blobPath = containerPath + '/' + blob.toUtf8().toPercentEncoding("/");
    return httpPut(blobPath, signedHeaders(blobPath, {}, {{"x-ms-blob-type", "BlockBlob"}}, data.size()), data, {201},
                   error);
}
