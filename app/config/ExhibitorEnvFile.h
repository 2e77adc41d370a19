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
        QString key;      // empty for comments, blank lines and lines systemd would ignore
        QString value;    // unquoted
    };

    static ExhibitorEnvFile parse(const QByteArray &content);

    const QList<Line> &lines() const { return m_lines; }
    bool contains(const QString &key) const;
    QString value(const QString &key) const; // last assignment wins, as in systemd

    // EXHIBITOR_BACKEND's value (ZK, AWS_S3, AZURE, SHARED_FS, STATIC), empty if missing.
    QString backend() const { return value(QStringLiteral("EXHIBITOR_BACKEND")); }
    // EXHIBITOR_STATICENSEMBLE's value, empty if missing.
    QString staticEnsemble() const { return value(QStringLiteral("EXHIBITOR_STATICENSEMBLE")); }
    // DC/OS Enterprise's Exhibitor with TLS: its REST then wants HTTPS and a client certificate.
    bool tlsEnabled() const { return value(QStringLiteral("EXHIBITOR_TLS_ENABLED")) == QLatin1String("true"); }

    // Keys that belong to a storage backend and are replaced when switching to static.
    static bool isBackendKey(const QString &key);

    // The file with backend lines replaced by EXHIBITOR_BACKEND=STATIC and
    // EXHIBITOR_STATICENSEMBLE=<ensemble> (unquoted, as DC/OS writes it), at the position of the
    // first backend line; every other line byte for byte. New lines take the line ending of the
    // line they replace (or the file's first one), so a CRLF file stays CRLF, and a file that
    // ended without a newline still does. Without any backend line the two lines are appended.
    QByteArray renderStatic(const QString &ensemble) const;

    // The file as parsed: parse(x).toByteArray() == x.
    QByteArray toByteArray() const;

private:
    QByteArray dominantEol() const;

    QList<Line> m_lines;
};
