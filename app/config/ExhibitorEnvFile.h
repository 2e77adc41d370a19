#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// /opt/mesosphere/etc/exhibitor: systemd EnvironmentFile syntax. Parsing keeps every raw line so
// that rendering the static version changes only the backend-specific lines, byte for byte.
class ExhibitorEnvFile
{
public:
    struct Line
    {
        QByteArray raw;   // as in the file, without its line ending
        QByteArray eol;   // "\n", "\r\n" or "" for a last line without one
        QString key;      // empty for comments and blank lines
        QString value;    // unquoted
    };

    static ExhibitorEnvFile parse(const QByteArray &content);

    const QList<Line> &lines() const { return m_lines; }
    bool contains(const QString &key) const;
    QString value(const QString &key) const; // last assignment wins, as in systemd

    // EXHIBITOR_BACKEND's value (ZK, AWS_S3, AZURE, SHARED_FS, STATIC), empty if missing.
    QString backend() const { return value(QStringLiteral("EXHIBITOR_BACKEND")); }

    // Keys that belong to a storage backend and are replaced when switching to static.
    static bool isBackendKey(const QString &key);

    // The file with backend lines replaced by EXHIBITOR_BACKEND=STATIC and
    // EXHIBITOR_STATICENSEMBLE=<ensemble> (unquoted, as DC/OS writes it), at the position of the
    // first backend line; every other line byte for byte.
    QByteArray renderStatic(const QString &ensemble) const;

private:
    QList<Line> m_lines;
};
