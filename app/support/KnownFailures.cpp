#include "KnownFailures.h"

#include "config/ExhibitorEnvFile.h"

#include <QHash>

#include <algorithm>

namespace {

QRegularExpression literal(const char *text)
{
    return QRegularExpression(QRegularExpression::escape(QString::fromLatin1(text)),
                              QRegularExpression::CaseInsensitiveOption);
}

QRegularExpression pattern(const char *expression)
{
    return QRegularExpression(QString::fromLatin1(expression), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

const QList<KnownFailures::Pattern> &KnownFailures::patterns()
{
    // Built once, in the language of the first call (the CLI and the wizard pick it at start).
    // Sources are named so that a reader can check the wording against them.
    static const QList<Pattern> list{
        // dcos/dcos packages/exhibitor/extra/start_exhibitor.py (1.10.9+, COPS-3485)
        {QStringLiteral("not-in-masters"), literal("is not in the configured list of masters"),
         tr("start_exhibitor.py refused to start: this master is not in the static ensemble"),
         tr("With EXHIBITOR_BACKEND=STATIC, start_exhibitor.py compares the address ip-detect returns with every "
            "address of EXHIBITOR_STATICENSEMBLE (exact text, no S:/O: prefixes) and exits 1 when it is missing; "
            "systemd starts it again every 5 s and ZooKeeper never starts on this master. Put this master's address, "
            "exactly as ip-detect prints it, into the ensemble of every master's /opt/mesosphere/etc/exhibitor (or "
            "roll back with \"exhibitor-migrate rollback\"), and check that ip-detect returns the address that "
            "master_list has.")},
        {QStringLiteral("env-not-set"), pattern(R"(ERROR: "[A-Z_]+" must be set)"),
         tr("start_exhibitor.py: a variable of the env file is missing"),
         tr("start_exhibitor.py needs the named variable in /opt/mesosphere/etc/exhibitor (for the static backend "
            "EXHIBITOR_BACKEND and EXHIBITOR_STATICENSEMBLE). Compare the env file with exhibitor.orig and with the "
            "plan's static file; restore exhibitor.orig if in doubt.")},
        {QStringLiteral("unknown-backend"), literal("No known exhibitor backend"),
         tr("start_exhibitor.py: EXHIBITOR_BACKEND has a value it does not know"),
         tr("EXHIBITOR_BACKEND must be one of STATIC, ZK, AWS_S3, AZURE, GCS or SHARED_FS. The env file was changed "
            "by hand or written incompletely; restore exhibitor.orig or write the plan's static file again.")},
        {QStringLiteral("ip-detect-invalid"), literal("is not a valid IPv4 address"),
         tr("ip-detect did not print an IPv4 address"),
         tr("start_exhibitor.py and the TLS bootstrap run /opt/mesosphere/bin/detect_ip and need one IPv4 address. "
            "Run it on the master and fix the ip-detect script; nothing else about Exhibitor can work before.")},
        // dcos/dcos packages/exhibitor/extra/bootstrap_exhibitor_tls.py
        {QStringLiteral("tls-required"), literal("exhibitor TLS bootstrap failed, but is required"),
         tr("Exhibitor's TLS bootstrap failed and TLS is required"),
         tr("EXHIBITOR_TLS_REQUIRED=true makes the ExecStartPre exit 1 when no certificate could be made, so "
            "Exhibitor never starts. Keep the env file's EXHIBITOR_TLS_ENABLED, EXHIBITOR_BOOTSTRAP_CA_URL and "
            "BOOTSTRAP_URL lines exactly as they were, and check that the bootstrap CA is reachable.")},
        // dcos/exhibitor StandardProcessOperations.prepConfigFile (before COPS-3485)
        {QStringLiteral("standalone"), literal("Starting in standalone mode"),
         tr("Exhibitor started ZooKeeper alone (standalone)"),
         tr("Exhibitor found this host in no server spec, deleted myid and started ZooKeeper standalone: it serves "
            "its own copy of the data, apart from the ensemble. Stop dcos-exhibitor on this master, give it an "
            "ensemble that contains it (or roll back), and start it again.")},
        {QStringLiteral("lock-timeout"), literal("Could not acquire lock within"),
         tr("Exhibitor could not take its config lock"),
         tr("Another Exhibitor is changing the shared config (a rolling change) or the backend is unreachable. "
            "Wait for the roll to end (Exhibitor's UI, rollInProgress) and check the backend's ZooKeeper, S3 or "
            "Azure access from this master.")},
        {QStringLiteral("retries-exhausted"), literal("Retries exhausted"),
         tr("Exhibitor gave up reaching its config backend"),
         tr("The shared config's store (exhibitor_zk_hosts, S3, Azure) did not answer. Check that it is up and "
            "reachable from this master; the env file's backend lines must be those of exhibitor.orig until the "
            "switch.")},
        // ZooKeeper: QuorumPeerConfig, QuorumPeerMain, NIOServerCnxnFactory, QuorumCnxManager
        {QStringLiteral("myid-missing"), literal("myid file is missing"),
         tr("ZooKeeper's myid file is missing"),
         tr("A ZooKeeper in an ensemble needs /var/lib/dcos/exhibitor/zookeeper/snapshot/myid. Exhibitor writes it "
            "at every ZooKeeper start from its server spec, and deletes it when this host is not in the spec. Make "
            "the ensemble contain this master (or roll back), then restart dcos-exhibitor.")},
        {QStringLiteral("no-space"), literal("No space left on device"),
         tr("A disk of the master is full"),
         tr("ZooKeeper cannot write its transaction log or snapshot (/var/lib/dcos/exhibitor), or the env file's "
            "file system (/opt/mesosphere) is full. Free space (df -h /var/lib/dcos /opt/mesosphere; old snapshots, "
            "logs), then restart dcos-exhibitor. Do not delete ZooKeeper's newest snapshot or log.")},
        {QStringLiteral("address-in-use"), literal("Address already in use"),
         tr("A ZooKeeper or Exhibitor port is taken"),
         tr("Another process listens on 2181, 2888, 3888 or 8181, usually a ZooKeeper left over from an earlier "
            "start. Find it (ss -ltnp), stop it, and restart dcos-exhibitor.")},
        {QStringLiteral("connection-refused"), literal("Connection refused"),
         tr("A connection was refused"),
         tr("The named peer's ZooKeeper (2181/2888/3888) or Exhibitor (8181) is not listening. Expected for a few "
            "seconds while a master restarts; if it lasts, look at that master's own findings and journal.")},
        {QStringLiteral("zk-exit"), literal("exiting abnormally"),
         tr("ZooKeeper exited at start"),
         tr("ZooKeeper's JVM stopped during its start; the lines just after this one in the journal say why (myid, "
            "zoo.cfg, disk, port). Exhibitor starts it again at its next check.")},
        {QStringLiteral("too-many-files"), literal("Too many open files"),
         tr("The process ran out of file descriptors"),
         tr("dcos-exhibitor's unit sets LimitNOFILE=16384; a client leaking connections can exhaust it. Look at the "
            "connections (mntr's zk_num_alive_connections, cons) and restart the clients that leak.")},
        {QStringLiteral("out-of-memory"), literal("java.lang.OutOfMemoryError"),
         tr("A JVM ran out of memory"),
         tr("ZooKeeper or Exhibitor ran out of heap, often with a very large tree. Check mntr's "
            "zk_approximate_data_size and the heap set in Exhibitor's java environment; restart dcos-exhibitor.")},
        {QStringLiteral("zk-not-running"), literal("ZooKeeperServer not running"),
         tr("ZooKeeper runs but has no quorum"),
         tr("Expected on the first masters restarted in Phase B until a majority runs the new numbering. Lasting "
            "elsewhere, the masters do not agree on one ensemble: compare the env files and zoo.cfg of all masters.")},
        {QStringLiteral("not-serving"), literal("This ZooKeeper instance is not currently serving requests"),
         tr("ZooKeeper is not serving"),
         tr("The server is up but in no quorum (election in progress, or too few peers reachable). If it lasts, "
            "compare zoo.cfg's server lines across the masters and look for refused connections.")},
        {QStringLiteral("4lw-not-whitelisted"), literal("is not in the whitelist"),
         tr("A four-letter word is disabled"),
         tr("ZooKeeper 3.5+ answers only whitelisted words (4lw.commands.whitelist). Not a failure; the answers "
            "of the other words are in the bundle.")},
        // systemd
        {QStringLiteral("unit-failed"), pattern(R"(dcos-exhibitor\.service.*(failed|Failed with result)|Failed to start .*Exhibitor)"),
         tr("systemd reports dcos-exhibitor failed"),
         tr("The unit's start failed; the lines before this one say why. With Restart=always it is retried every "
            "5 s, so the same failure repeats in the journal.")},
    };
    return list;
}

QList<SupportFinding> KnownFailures::match(const QString &master, const QString &file, const QByteArray &text)
{
    const QList<Pattern> &known = patterns();
    QHash<QString, qsizetype> index; // id -> position in findings
    QList<SupportFinding> findings;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw).trimmed();
        for (const Pattern &pattern : known) {
            if (!pattern.expression.match(line).hasMatch())
                continue;
            const auto it = index.constFind(pattern.id);
            if (it != index.constEnd()) {
                SupportFinding &finding = findings[*it];
                finding.line = lineNumber;
                finding.text = line;
                ++finding.occurrences;
                continue;
            }
            index.insert(pattern.id, findings.size());
            findings << SupportFinding{master, file, lineNumber, 1, pattern.id, line, pattern.title,
                                       pattern.explanation};
        }
    }
    return findings;
}

QList<SupportFinding> KnownFailures::checkEnvFile(const QString &master, const QString &file, const QByteArray &envFile)
{
    const ExhibitorEnvFile env = ExhibitorEnvFile::parse(envFile);
    if (env.backend() != QLatin1String("STATIC") || master.isEmpty())
        return {};
    // start_exhibitor.py: [i.split(':')[1] for i in EXHIBITOR_STATICENSEMBLE.split(',')]
    QStringList addresses;
    for (const QString &server : env.staticEnsemble().split(QLatin1Char(','))) {
        const QStringList parts = server.split(QLatin1Char(':'));
        if (parts.size() > 1)
            addresses << parts.at(1);
    }
    if (addresses.contains(master))
        return {};
    return {SupportFinding{
        master, file, 0, 1, QStringLiteral("ensemble-lacks-master"),
        QStringLiteral("EXHIBITOR_STATICENSEMBLE=") + env.staticEnsemble(),
        tr("The static ensemble does not contain this master"),
        tr("%1 is not among the ensemble's addresses (%2): start_exhibitor.py will refuse to start Exhibitor here "
           "(\"is not in the configured list of masters\"). Write the plan's ensemble to this master's env file or "
           "roll back.")
            .arg(master, addresses.isEmpty() ? tr("none") : addresses.join(QStringLiteral(", ")))}};
}

void KnownFailures::sort(QList<SupportFinding> *findings)
{
    // Findings that are not patterns: the master unreachable, its ensemble without it, no myid.
    static const QStringList derived{QStringLiteral("unreachable"), QStringLiteral("ensemble-lacks-master"),
                                     QStringLiteral("myid-absent")};
    auto rank = [](const SupportFinding &finding) {
        const qsizetype index = derived.indexOf(finding.id);
        if (index >= 0)
            return int(index);
        const QList<Pattern> &known = patterns();
        for (qsizetype i = 0; i < known.size(); ++i) {
            if (known.at(i).id == finding.id)
                return int(derived.size() + i);
        }
        return int(derived.size() + known.size());
    };
    std::stable_sort(findings->begin(), findings->end(), [&rank](const SupportFinding &a, const SupportFinding &b) {
        if (a.master.isEmpty() != b.master.isEmpty())
            return b.master.isEmpty();
        if (a.master != b.master)
            return a.master < b.master;
        return rank(a) < rank(b);
    });
}
