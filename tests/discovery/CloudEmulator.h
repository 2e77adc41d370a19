#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// An object-store emulator from npm, run for one test on a free port of a 127.0.0.x address:
// s3rver for S3, Azurite's blob service for Azure. They are the cluster sim's (scripts/lib/common.sh
// emw_provide_sim_emulators installs the versions tests/cluster-sim/emulators pins, Azurite 3.33.0
// being the last without telemetry) in EMW_SIM_NPM, default $EMW_SIM_CACHE/npm
// (/var/cache/emw-sim/npm), run with node (EMW_SIM_NODE names another), as
// tests/cluster-sim/lib/emulators.py runs them.
class CloudEmulator
{
public:
    enum class Kind { S3, AzureBlob };

    // s3rver's only account (lib/models/account.js); it checks the key ID of a Version 4 request
    // and its time, not its signature.
    static constexpr const char *S3AccessKeyId = "S3RVER";
    static constexpr const char *S3SecretAccessKey = "S3RVER";
    // Azurite's default account (the storage emulator's published well-known key); it checks
    // Shared Key signatures.
    static constexpr const char *AzureAccount = "devstoreaccount1";
    static constexpr const char *AzureKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    CloudEmulator(Kind kind, const QString &host);
    ~CloudEmulator();

    // The emulator's script, or empty with *why naming what is missing.
    static QString script(Kind kind, QString *why);
    static QString node();
    // A TCP port nothing listens on at host right now.
    static quint16 freePort(const QString &host);

    // Starts it (with bucket created for S3) and waits until it accepts connections.
    bool start(QString *error, const QString &bucket = {});
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString endpoint() const; // "http://host:port"

    // Test fixtures: an anonymous PUT for s3rver (it lets requests without credentials through);
    // for Azurite a container and a blob PUT signed with AzureSharedKey, which Azurite checks.
    bool putS3Object(const QString &bucket, const QString &key, const QByteArray &data, QString *error);
    bool putAzureBlob(const QString &container, const QString &blob, const QByteArray &data, QString *error);

private:
    bool httpPut(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QByteArray &data, QList<int> expectedStatus, QString *error);

    Kind m_kind;
    QString m_host;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    QProcess m_process;
};
