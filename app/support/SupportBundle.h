#pragma once

#include "SupportBundleTypes.h"
#include "SupportRedactor.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>

#include <memory>

class MasterLink;

// Collects a support bundle: per master, over SSH (sudo where the files are root's, the password
// on stdin as for every remote command), the env file and whether it is a symlink, zoo.cfg,
// myid, whether exhibitor.orig exists, `systemctl is-active`, the journal's last lines
// (journalctl -n, never the whole journal) and the four-letter words ruok, srvr, stat, mntr and
// conf through the master's own SSH connection; plus config.yaml, the run's report and journal
// from here. Everything is redacted (SupportRedactor) before it is written; known failures are
// matched in what was written (KnownFailures). A master that cannot be reached is said to be so
// in the bundle; it never stops the others.
//
// Lives in a worker thread (SupportBundleRunner); files are written there too.
class SupportBundle : public QObject
{
    Q_OBJECT

public:
    explicit SupportBundle(const SupportBundleRequest &request, QObject *parent = nullptr);
    ~SupportBundle() override;

    void start();

    // dataDir()/support/<cluster>-<UTC time>: private to the operator, like the reports.
    static QString defaultDir(const QString &clusterName);
    // The newest report directory of the run the journal records (MigrationPaths::reportDir
    // names them <run id>-<kind>); empty if there is none.
    static QString latestReportDir(const QString &journalPath);
    // The findings as findings.txt shows them.
    static QString findingsText(const QList<SupportFinding> &findings);

signals:
    void progress(const QString &master, const QString &text);
    void finished(const SupportBundleResult &result);

private:
    struct Collected;
    void collect(MasterLink *link, std::shared_ptr<Collected> collected, std::function<void()> done);
    void write();
    bool writeFile(const QString &relative, const QByteArray &content);
    void copyRunFiles();
    void makeArchive();
    QByteArray readme() const;
    QByteArray indexHtml() const;

    SupportBundleRequest m_request;
    SupportRedactor m_redactor;
    QList<MasterLink *> m_links;
    QList<std::shared_ptr<Collected>> m_collected;
    SupportBundleResult m_result;
    QStringList m_writeErrors;
};
