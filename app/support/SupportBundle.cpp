#include "SupportBundle.h"

#include "migration/AsyncSteps.h"
#include "migration/MasterLink.h"
#include "migration/MigrationJournal.h"
#include "migration/MigrationPaths.h"
#include "migration/PrivateFile.h"

#include "config/Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qint64 kMaxLocalFile = 16 * 1024 * 1024;
constexpr int kJournalTimeoutMs = 30000;
constexpr int kFourLetterTimeoutMs = 3000;

QString safeName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() || name.startsWith(QLatin1Char('.')) ? QLatin1Char('_') + name : name;
}

} // namespace

struct SupportBundle::Collected
{
    QString master;
    bool reachable = false;
    QString error;
    QStringList notes;
    QByteArray envFile; // raw, for the ensemble check; written redacted
    bool envRead = false;
    QList<std::pair<QString, QByteArray>> files; // bundle file name -> raw content (text)
};

SupportBundle::SupportBundle(const SupportBundleRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    for (const SshTarget &target : std::as_const(m_request.targets)) {
        m_redactor.addSecret(target.password.toUtf8());
        m_redactor.addSecret(target.sudoPassword.toUtf8());
        m_redactor.addSecret(target.keyPassphrase.toUtf8());
    }
    for (const QByteArray &secret : std::as_const(m_request.extraSecrets))
        m_redactor.addSecret(secret);
    if (m_request.outDir.isEmpty())
        m_request.outDir = defaultDir(m_request.clusterName);
}

SupportBundle::~SupportBundle() = default;

QString SupportBundle::defaultDir(const QString &clusterName)
{
    return MigrationPaths::dataDir() + QStringLiteral("/support/") +
           safeName((clusterName.isEmpty() ? QStringLiteral("cluster") : clusterName).left(64)) + QLatin1Char('-') +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString SupportBundle::latestReportDir(const QString &journalPath)
{
    if (journalPath.isEmpty() || !QFileInfo(journalPath).isFile())
        return QString();
    const auto journal = MigrationJournal::load(journalPath);
    if (!journal)
        return QString();
    // reportDir(runId, kind) is "<safe run id>-<kind>": the kind is whatever follows.
    const QString prefix = QFileInfo(MigrationPaths::reportDir(journal->runId, QString())).fileName();
    const QDir reports(MigrationPaths::dataDir() + QStringLiteral("/reports"));
    const QFileInfoList candidates =
        reports.entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                              QDir::Time);
    return candidates.isEmpty() ? QString() : candidates.constFirst().absoluteFilePath();
}

void SupportBundle::start()
{
    const MigrationOptions &options = m_request.options;
    QList<AsyncSteps::Step> steps;
    for (const SshTarget &target : std::as_const(m_request.targets)) {
        const QString name = target.name.isEmpty() ? target.host : target.name;
        auto *link = new MasterLink(target, options.clientPort,
                                    options.acceptedHostKeys + options.masterHostKeys.values(name),
                                    options.forwardHost, this);
        connect(link, &MasterLink::logLine, this,
                [this](const LogLine &line) { emit progress(line.master, line.text); });
        m_links << link;
        auto collected = std::make_shared<Collected>();
        collected->master = name;
        m_collected << collected;
        steps << [this, link, collected](AsyncSteps::Next next) {
            collect(link, collected, [next] { next(true, QString()); });
        };
    }
    AsyncSteps::all(steps, [this](bool, const QString &) { write(); });
}

void SupportBundle::collect(MasterLink *link, std::shared_ptr<Collected> collected, std::function<void()> done)
{
    const MigrationOptions &options = m_request.options;
    // Each step records what it got and goes on: a file that is missing is a finding, not the
    // end of the master's part. Only a master that cannot be reached at all stops here.
    using AsyncSteps::Next;
    auto add = [collected](const QString &file, const QByteArray &content) { collected->files << std::pair{file, content}; };
    auto readStep = [link, collected, add](const QString &path, const QString &file) {
        return [link, collected, add, path, file](Next next) {
            link->readFile(path, [collected, add, path, file, next](bool ok, const QByteArray &content,
                                                                      const QString &error) {
                if (ok)
                    add(file, content);
                else
                    collected->notes << tr("%1: could not be read: %2").arg(path, error);
                next(true, QString());
            });
        };
    };
    auto commandStep = [link, collected, add](const QStringList &argv, bool asRoot, const QString &file,
                                              int timeoutMs = -1) {
        return [link, collected, add, argv, asRoot, file, timeoutMs](Next next) {
            // Quiet: a journal's lines are not the operator's log; they go to the bundle redacted.
            link->run(argv, asRoot, [collected, add, argv, file, next](const CommandResult &result) {
                if (result.error.isError())
                    collected->notes << tr("%1: %2").arg(argv.join(QLatin1Char(' ')), result.error.message);
                else
                    add(file, result.stdoutData + result.stderrData);
                next(true, QString());
            }, true, timeoutMs);
        };
    };

    QList<AsyncSteps::Step> steps;
    steps << [link, collected](Next next) {
        link->open([collected, next](bool ok, const QString &error) {
            collected->reachable = ok;
            collected->error = error;
            next(ok, error);
        });
    };
    steps << [link, collected, path = options.envFilePath](Next next) {
        link->readFile(path, [collected, path, next](bool ok, const QByteArray &content, const QString &error) {
            collected->envRead = ok;
            if (ok)
                collected->envFile = content;
            else
                collected->notes << tr("%1: could not be read: %2").arg(path, error);
            next(true, QString());
        });
    };
    // pkgpanda makes the env file a symlink into /opt/mesosphere/packages: the bundle says which.
    steps << [link, collected, path = options.envFilePath](Next next) {
        link->run({QStringLiteral("readlink"), path}, false, [collected, path, next](const CommandResult &result) {
            QString text;
            if (result.error.isError())
                text = tr("readlink %1: %2").arg(path, result.error.message);
            else if (result.exitStatus == 0)
                text = tr("%1 is a symbolic link to %2").arg(path, QString::fromUtf8(result.stdoutData.trimmed()));
            else
                text = tr("%1 is not a symbolic link (or does not exist)").arg(path);
            collected->files << std::pair{QStringLiteral("exhibitor.link.txt"), text.toUtf8() + '\n'};
            next(true, QString());
        }, true);
    };
    steps << [link, collected, path = options.backupPath](Next next) {
        link->exists(path, [link, collected, path, next](bool ok, bool exists, const QString &error) {
            const QString text = !ok ? tr("%1: could not be checked: %2").arg(path, error)
                                 : exists ? tr("%1 exists").arg(path)
                                          : tr("%1 does not exist").arg(path);
            collected->files << std::pair{QStringLiteral("exhibitor.orig.txt"), text.toUtf8() + '\n'};
            if (!exists) {
                next(true, QString());
                return;
            }
            // The backup too: what the master would go back to.
            link->readFile(path, [collected, path, next](bool read, const QByteArray &content, const QString &why) {
                if (read)
                    collected->files << std::pair{QStringLiteral("exhibitor.orig"), content};
                else
                    collected->notes << tr("%1: could not be read: %2").arg(path, why);
                next(true, QString());
            });
        });
    };
    steps << readStep(options.zooCfgPath, QStringLiteral("zoo.cfg"));
    // Exhibitor's settings under STATIC (start_exhibitor.py writes them at every start).
    steps << readStep(options.staticDefaultsPath, QStringLiteral("exhibitor_defaults.conf"));
    steps << [link, collected, path = options.myidPath](Next next) {
        link->readFile(path, [collected, path, next](bool ok, const QByteArray &content, const QString &error) {
            if (ok) {
                collected->files << std::pair{QStringLiteral("myid"), content};
            } else {
                collected->notes << tr("%1: could not be read: %2").arg(path, error);
                collected->files << std::pair{QStringLiteral("myid"), QByteArray()};
            }
            next(true, QString());
        });
    };
    steps << commandStep({QStringLiteral("systemctl"), QStringLiteral("is-active"), options.unit}, false,
                         QStringLiteral("systemctl-is-active.txt"));
    // Free space where ZooKeeper writes and where the env file lives ("No space left on device").
    steps << commandStep({QStringLiteral("df"), QStringLiteral("-P"), QFileInfo(options.myidPath).absolutePath(),
                          QFileInfo(options.envFilePath).absolutePath()},
                         false, QStringLiteral("df.txt"));
    steps << commandStep({QStringLiteral("journalctl"), QStringLiteral("-u"), options.unit, QStringLiteral("-n"),
                          QString::number(m_request.journalLines), QStringLiteral("--no-pager")},
                         true, QStringLiteral("journal.txt"), kJournalTimeoutMs);
    // One file for the words, so that a ZooKeeper that does not answer is one finding, not five.
    auto words = std::make_shared<QByteArray>();
    for (const char *word : {"ruok", "srvr", "stat", "mntr", "conf"}) {
        steps << [link, words, word = QByteArray(word)](Next next) {
            link->fourLetter(word, [words, word, next](const FourLetterWordReply &reply) {
                *words += "== " + word + " ==\n";
                if (reply.status == FourLetterWordReply::Status::Unreachable)
                    *words += tr("no answer: %1").arg(reply.errorText).toUtf8() + '\n';
                else
                    *words += reply.raw + (reply.raw.endsWith('\n') ? "" : "\n");
                next(true, QString());
            }, kFourLetterTimeoutMs);
        };
    }
    steps << [collected, words](Next next) {
        collected->files << std::pair{QStringLiteral("four-letter-words.txt"), *words};
        next(true, QString());
    };
    AsyncSteps::run(steps, [done = std::move(done)](bool, const QString &) { done(); });
}

bool SupportBundle::writeFile(const QString &relative, const QByteArray &content)
{
    QString error;
    if (PrivateFile::write(m_request.outDir + QLatin1Char('/') + relative, content, &error))
        return true;
    m_writeErrors << error;
    return false;
}

void SupportBundle::write()
{
    for (MasterLink *link : std::as_const(m_links))
        link->close();
    m_result.dir = m_request.outDir;
    QString error;
    if (!PrivateFile::makeDir(m_request.outDir, &error)) {
        m_result.error = error;
        emit finished(m_result);
        return;
    }
    if (!m_request.configYamlPath.isEmpty()) {
        QFile file(m_request.configYamlPath);
        if (file.size() <= kMaxLocalFile && file.open(QIODevice::ReadOnly)) {
            const QByteArray yaml = file.readAll();
            m_redactor.addConfigYamlSecrets(yaml);
            writeFile(QStringLiteral("config.yaml"), m_redactor.configYaml(yaml));
        }
    }

    for (const auto &collected : std::as_const(m_collected)) {
        SupportBundleMaster master;
        master.name = collected->master;
        master.reachable = collected->reachable;
        master.error = collected->error;
        master.notes = collected->notes;
        const QString dir = QStringLiteral("masters/") + safeName(collected->master) + QLatin1Char('/');
        if (!collected->reachable) {
            writeFile(dir + QStringLiteral("UNREACHABLE.txt"),
                      tr("%1 could not be reached over SSH: %2\n").arg(collected->master, collected->error).toUtf8());
            m_result.findings << SupportFinding{
                collected->master, dir + QStringLiteral("UNREACHABLE.txt"), 0, 1, QStringLiteral("unreachable"),
                collected->error, tr("The master could not be reached"),
                tr("Nothing was collected from this master. Check that it is up and that SSH reaches it (sshd, "
                   "network, host key, credentials), then make the bundle again.")};
            m_result.masters << master;
            continue;
        }
        if (collected->envRead) {
            const QString file = dir + QStringLiteral("exhibitor.env");
            writeFile(file, m_redactor.envFile(collected->envFile));
            m_result.findings << KnownFailures::checkEnvFile(collected->master, file, collected->envFile);
        }
        for (const auto &[name, raw] : collected->files) {
            const QString file = dir + name;
            const QByteArray redacted = m_redactor.text(raw);
            writeFile(file, redacted);
            if (name == QLatin1String("myid") && raw.isEmpty()) {
                m_result.findings << SupportFinding{
                    collected->master, file, 0, 1, QStringLiteral("myid-absent"), QString(),
                    tr("There is no myid file"),
                    tr("ZooKeeper cannot run in an ensemble without it; Exhibitor writes it when it starts ZooKeeper "
                       "for a server spec that contains this master, and deletes it otherwise. Look at the "
                       "ensemble in the env file and the journal's findings.")};
            }
            m_result.findings << KnownFailures::match(collected->master, file, redacted);
        }
        if (!collected->notes.isEmpty())
            writeFile(dir + QStringLiteral("NOTES.txt"), m_redactor.text(collected->notes.join(QLatin1Char('\n')).toUtf8() + '\n'));
        m_result.masters << master;
    }
    copyRunFiles();
    KnownFailures::sort(&m_result.findings);
    writeFile(QStringLiteral("findings.txt"), findingsText(m_result.findings).toUtf8());
    writeFile(QStringLiteral("README.txt"), readme());
    writeFile(QStringLiteral("index.html"), indexHtml());
    if (!m_writeErrors.isEmpty()) {
        m_result.error = m_writeErrors.join(QLatin1Char('\n'));
        emit finished(m_result);
        return;
    }
    m_result.ok = true;
    if (m_request.makeArchive)
        makeArchive();
    emit finished(m_result);
}

void SupportBundle::copyRunFiles()
{
    auto copy = [this](const QString &path, const QString &relative) {
        const QFileInfo info(path);
        // Regular files only: a link or a FIFO planted in the report directory is not followed.
        if (info.isSymLink() || !info.isFile() || info.size() > kMaxLocalFile)
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray redacted = m_redactor.text(file.readAll());
        if (!writeFile(relative, redacted))
            return;
        // The report repeats what the masters' files say; only what they do not is a finding.
        for (const SupportFinding &finding : KnownFailures::match(QString(), relative, redacted)) {
            const bool known = std::any_of(m_result.findings.cbegin(), m_result.findings.cend(),
                                           [&finding](const SupportFinding &other) { return other.id == finding.id; });
            if (!known)
                m_result.findings << finding;
        }
    };
    if (!m_request.runReportDir.isEmpty()) {
        QFileInfoList files = QDir(m_request.runReportDir).entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
        // report.html says what report.json says: a finding points at the JSON's plain line.
        std::stable_partition(files.begin(), files.end(), [](const QFileInfo &info) {
            return info.suffix() != QLatin1String("html");
        });
        for (const QFileInfo &info : std::as_const(files))
            copy(info.absoluteFilePath(), QStringLiteral("run/") + safeName(info.fileName()));
    }
    if (!m_request.journalPath.isEmpty())
        copy(m_request.journalPath, QStringLiteral("run/run-journal.json"));
}

QString SupportBundle::findingsText(const QList<SupportFinding> &findings)
{
    QString text;
    if (findings.isEmpty())
        return tr("No known failure was found. Look at each master's journal.txt and the four-letter-word answers.\n");
    text += tr("%n known failure(s) found.", nullptr, int(findings.size())) + QStringLiteral("\n\n");
    for (const SupportFinding &finding : findings) {
        const QString where = finding.line > 0 ? QStringLiteral("%1:%2").arg(finding.file).arg(finding.line)
                                               : finding.file;
        text += QStringLiteral("[%1] %2\n").arg(finding.master.isEmpty() ? tr("run") : finding.master, finding.title);
        text += QStringLiteral("  ") + tr("where: %1").arg(where);
        if (finding.occurrences > 1)
            text += QLatin1Char(' ') + tr("(last of %n occurrence(s))", nullptr, finding.occurrences);
        text += QLatin1Char('\n');
        if (!finding.text.isEmpty())
            text += QStringLiteral("  ") + tr("line: %1").arg(finding.text.left(400)) + QLatin1Char('\n');
        text += QStringLiteral("  ") + tr("what to do: %1").arg(finding.explanation) + QStringLiteral("\n  id: ") +
                finding.id + QStringLiteral("\n\n");
    }
    return text;
}

QByteArray SupportBundle::readme() const
{
    QString text = tr("Support bundle of cluster %1, made %2 by %3 %4.\n\n")
                       .arg(m_request.clusterName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                            QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
    text += tr("Secrets are redacted (config.yaml's secret keys, passwords, credentials and keys, wherever they "
               "appear) and replaced by %1. Read the files before you send them anyway.\n\n")
                .arg(QLatin1String(Redaction::kMarker));
    text += tr("findings.txt: %n known failure(s) matched, each with its master, file, line and what to do.\n",
               nullptr, int(m_result.findings.size()));
    text += tr("index.html: this summary with links, for a browser.\n");
    text += tr("config.yaml: the cluster's config.yaml. run/: the run's report and journal, if there was a run.\n");
    text += tr("masters/<address>/: exhibitor.env (the env file), exhibitor.link.txt (symlink and target), "
               "exhibitor.orig.txt (and exhibitor.orig when it exists), zoo.cfg, exhibitor_defaults.conf, myid, "
               "systemctl-is-active.txt, df.txt, journal.txt (the last %1 lines of the "
               "%2 journal), four-letter-words.txt (ZooKeeper's ruok, srvr, stat, mntr, conf), NOTES.txt (what "
               "could not be read).\n\n")
                .arg(m_request.journalLines)
                .arg(m_request.options.unit);
    for (const SupportBundleMaster &master : m_result.masters) {
        if (master.reachable)
            text += tr("%1: collected").arg(master.name);
        else
            text += tr("%1: NOT REACHED (%2)").arg(master.name, master.error);
        if (!master.notes.isEmpty())
            text += QLatin1Char(' ') + tr("(%n item(s) could not be read, see NOTES.txt)", nullptr,
                                          int(master.notes.size()));
        text += QLatin1Char('\n');
    }
    return m_redactor.text(text.toUtf8());
}

QByteArray SupportBundle::indexHtml() const
{
    // The same as README.txt and findings.txt, with links to the files, for a browser. Every text
    // is escaped: journal lines and master names are not ours.
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    auto link = [&esc](const QString &file) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(file), esc(file));
    };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;max-width:70em;margin:1em auto}"
                                  "td,th{border:1px solid #999;padding:.3em;vertical-align:top;text-align:left}"
                                  "table{border-collapse:collapse}code{white-space:pre-wrap}</style></head><body>\n")
                       .arg(esc(tr("Support bundle of %1").arg(m_request.clusterName)));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(tr("Support bundle of %1").arg(m_request.clusterName)),
                     esc(tr("Secrets are redacted and replaced by %1. Read the files before you send them anyway.")
                             .arg(QLatin1String(Redaction::kMarker))));
    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(tr("Masters")), esc(tr("Master")), esc(tr("State")), esc(tr("Files")));
    for (const SupportBundleMaster &master : m_result.masters) {
        const QString dir = QStringLiteral("masters/") + safeName(master.name) + QLatin1Char('/');
        const QString state = master.reachable ? tr("collected") : tr("not reached: %1").arg(master.error);
        QStringList files;
        if (!master.reachable) {
            files << link(dir + QStringLiteral("UNREACHABLE.txt"));
        } else {
            for (const char *name : {"journal.txt", "exhibitor.env", "zoo.cfg", "myid", "four-letter-words.txt"})
                files << link(dir + QLatin1String(name));
            files << link(dir);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(master.name), esc(state), files.join(QStringLiteral(" ")));
    }
    html += QStringLiteral("</table>\n<h2>%1</h2>\n").arg(esc(tr("Known failures (%1)").arg(m_result.findings.size())));
    if (m_result.findings.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No known failure was found.")));
    for (const SupportFinding &finding : m_result.findings) {
        const QString where = finding.line > 0 ? QStringLiteral("%1:%2").arg(finding.file).arg(finding.line)
                                               : finding.file;
        html += QStringLiteral("<h3>%1: %2</h3>\n<p>%3 %4</p>\n")
                    .arg(esc(finding.master.isEmpty() ? tr("run") : finding.master), esc(finding.title),
                         link(finding.file), esc(where.mid(finding.file.size())));
        if (!finding.text.isEmpty())
            html += QStringLiteral("<p><code>%1</code></p>\n").arg(esc(finding.text.left(400)));
        html += QStringLiteral("<p>%1</p>\n").arg(esc(finding.explanation));
    }
    html += QStringLiteral("<p>%1 %2 %3</p>\n</body></html>\n")
                .arg(link(QStringLiteral("findings.txt")), link(QStringLiteral("config.yaml")),
                     link(QStringLiteral("run/")));
    return m_redactor.text(html.toUtf8());
}

void SupportBundle::makeArchive()
{
    const QFileInfo dir(m_request.outDir);
    const QString archive = dir.absoluteFilePath() + QStringLiteral(".tar.gz");
    if (QFileInfo::exists(archive) || QFileInfo(archive).isSymLink()) {
        m_result.archiveError = tr("%1 exists already; not overwritten.").arg(archive);
        return;
    }
    QProcess tar;
    // The archive is made inside the bundle's parent, private like the bundle, then made 0600.
    tar.setProgram(QStringLiteral("tar"));
    tar.setArguments({QStringLiteral("-czf"), archive, QStringLiteral("-C"), dir.absolutePath(), QStringLiteral("--"),
                      dir.fileName()});
    tar.start();
    if (!tar.waitForFinished(120000) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        tar.kill();
        const QString why = QString::fromLocal8Bit(tar.readAllStandardError()).trimmed();
        m_result.archiveError = tr("tar could not make %1: %2").arg(archive, why.isEmpty() ? tar.errorString() : why);
        QFile::remove(archive);
        return;
    }
    QFile::setPermissions(archive, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_result.archive = archive;
}
