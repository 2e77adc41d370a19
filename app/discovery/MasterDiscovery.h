#pragma once

#include "IdReading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Everything discovery learnt about one master: its env file and backend, the ID from every
// source, ZooKeeper's mode and zxid, and the state of the exhibitor.orig backup. The ID the
// migration uses is the one every source that answered agrees on; sources that disagree are an
// error for the operator to resolve, never a silent pick.
class MasterDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(MasterDiscovery)

public:
    enum class Agreement {
        Pending,     // still discovering
        Agreed,      // at least one source found an ID and every source that found one agrees
        Disagreed,   // two sources found different IDs
        NoId,        // no source could say
        Unreachable  // no SSH connection
    };

    // What is known about /opt/mesosphere/etc/exhibitor.orig.
    enum class Orig { Unknown, Missing, Same, Differs };

    explicit MasterDiscovery(const QString &master = {});

    QString master() const { return m_master; }

    // --- connection ---
    bool isReachable() const { return m_connectionError.isEmpty(); }
    QString connectionError() const { return m_connectionError; }
    void setConnectionError(const QString &message) { m_connectionError = message; }

    // --- env file ---
    bool hasEnvFile() const { return m_envRead; }
    QByteArray envFile() const { return m_envFile; }
    QString envFileError() const { return m_envError; }
    // EXHIBITOR_BACKEND's value: ZK, AWS_S3, AZURE, SHARED_FS, STATIC; empty if unknown.
    QString backend() const { return m_backend; }
    QByteArray envFileSha256() const { return m_envSha256; } // hex
    void setEnvFile(const QByteArray &content);
    void setEnvFileError(const QString &message) { m_envError = message; }

    // --- exhibitor.orig ---
    Orig orig() const;
    bool origExists() const { return m_origChecked && !m_origSha256.isEmpty(); }
    bool origDiffers() const { return orig() == Orig::Differs; }
    QByteArray origSha256() const { return m_origSha256; } // hex, empty when missing
    QString origError() const { return m_origError; }
    void setOrigChecksum(const QByteArray &sha256Hex); // empty: no .orig
    void setOrigError(const QString &message) { m_origError = message; }

    // --- ZooKeeper (srvr) ---
    QString mode() const { return m_mode; }      // leader, follower, ..., "not serving"; empty if unknown
    qint64 zxid() const { return m_zxid; }        // -1 if unknown
    QString zxidText() const;                     // "0x100000002", empty if unknown
    QString zooKeeperError() const { return m_zkError; }
    void setZooKeeperState(const QString &mode, qint64 zxid) { m_mode = mode; m_zxid = zxid; }
    void setZooKeeperError(const QString &message) { m_zkError = message; }

    // --- IDs ---
    IdReading reading(IdSource source) const { return m_readings.at(int(source)); }
    const QList<IdReading> &readings() const { return m_readings; }
    void setReading(const IdReading &reading) { m_readings[int(reading.source)] = reading; }
    QList<IdReading> unavailableReadings() const;
    // Each ID found, with the sources that found it, smallest ID first.
    QMap<int, QList<IdSource>> idGroups() const;

    // True once every source has answered (or the master is unreachable).
    bool isComplete() const;
    Agreement agreement() const;
    int agreedId() const; // 0 unless Agreed
    QList<IdSource> agreeingSources() const; // Agreed: the sources that found the ID

    // One short word for tables: "agreed", "DISAGREE", "no ID", "unreachable", "…".
    QString agreementText() const;
    // Translated, one line each, each naming the master: what keeps this master from taking part.
    QStringList problems() const;
    // The disagreement in one sentence naming sources and values, e.g. "journal, conf say 4; myid
    // says 9"; empty unless Disagreed.
    QString disagreementText() const;

    // master -> ID for every master whose sources agree: what MigrationPlan::build() takes.
    static QMap<QString, int> currentIds(const QList<MasterDiscovery> &results);

private:
    static QString sourceList(const QList<IdSource> &sources);

    QString m_master;
    QString m_connectionError;
    bool m_envRead = false;
    QByteArray m_envFile;
    QString m_envError;
    QString m_backend;
    QByteArray m_envSha256;
    bool m_origChecked = false;
    QByteArray m_origSha256;
    QString m_origError;
    QString m_mode;
    qint64 m_zxid = -1;
    QString m_zkError;
    QList<IdReading> m_readings;
};

Q_DECLARE_METATYPE(MasterDiscovery)
