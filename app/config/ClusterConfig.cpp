#include "ClusterConfig.h"

#include "InputFile.h"
#include "YamlScan.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace {

const QString kClusterName = QStringLiteral("cluster_name");
const QString kMasterDiscovery = QStringLiteral("master_discovery");
const QString kMasterList = QStringLiteral("master_list");
const QString kBackend = QStringLiteral("exhibitor_storage_backend");
const QString kZkHosts = QStringLiteral("exhibitor_zk_hosts");
const QString kZkPath = QStringLiteral("exhibitor_zk_path");
const QString kExhibitorAdminPassword = QStringLiteral("exhibitor_admin_password");

// yaml-cpp marks are 0-based and may be unset (-1) on nodes it made up, e.g. an empty value.
int lineOfMark(const YAML::Mark &mark, int fallback)
{
    return mark.line >= 0 ? mark.line + 1 : fallback;
}

} // namespace

ClusterConfig ClusterConfig::fromFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> text = InputFile::read(path, InputFile::Kind::Config, &error);
    if (!text) {
        ClusterConfig config;
        config.m_fileName = path;
        config.addIssue(0, QString(), error);
        return config;
    }
    return fromYaml(*text, path);
}

ClusterConfig ClusterConfig::fromYaml(const QByteArray &text, const QString &fileName)
{
    ClusterConfig config;
    config.m_fileName = fileName;
    config.m_text = text;
    config.load();
    return config;
}

int ClusterConfig::lineOf(const QString &key) const
{
    for (const auto &keyLine : m_keyLines) {
        if (keyLine.first == key)
            return keyLine.second;
    }
    return 0;
}

int ClusterConfig::lineOfMaster(const QString &master) const
{
    const auto index = m_masterList.indexOf(master);
    return index < 0 ? 0 : m_masterLines.at(index);
}

bool ClusterConfig::hasBackendToMigrate() const
{
    return m_storageBackend != QLatin1String("static")
        && m_storageBackend != QLatin1String("agent_only_group_no_exhibitor");
}

bool ClusterConfig::isIPv4Address(const QString &text)
{
    // Anchored patterns, not ^...$: '$' would also match before a trailing newline.
    static const QRegularExpression ipv4(QRegularExpression::anchoredPattern(QStringLiteral(
        "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")));
    return ipv4.match(text).hasMatch();
}

bool ClusterConfig::isHostName(const QString &text)
{
    static const QRegularExpression label(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")));
    static const QRegularExpression numeric(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    if (text.isEmpty() || text.size() > 253)
        return false;
    const auto labels = text.split(QLatin1Char('.'));
    for (const auto &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    // "10.0.0.300" is a mistyped address, not a name: a name's last label is never all digits.
    return !numeric.match(labels.constLast()).hasMatch();
}

QString ClusterConfig::nonUnicastKind(const QString &ipv4)
{
    const int first = ipv4.section(QLatin1Char('.'), 0, 0).toInt();
    if (ipv4 == QLatin1String("255.255.255.255"))
        return tr("the broadcast address");
    if (first == 0)
        return tr("in 0.0.0.0/8 (\"this network\"; 0.0.0.0 means any address)");
    if (first >= 224 && first <= 239)
        return tr("a multicast address (224.0.0.0/4)");
    if (first >= 240)
        return tr("a reserved address (240.0.0.0/4)");
    return QString();
}

QStringList ClusterConfig::storageBackends()
{
    return {QStringLiteral("static"),    QStringLiteral("zookeeper"),         QStringLiteral("aws_s3"),
            QStringLiteral("azure"),     QStringLiteral("shared_filesystem"), QStringLiteral("agent_only_group_no_exhibitor")};
}

QStringList ClusterConfig::backendSettingKeys(const QString &backend)
{
    if (backend == QLatin1String("zookeeper"))
        return {kZkHosts, kZkPath};
    if (backend == QLatin1String("aws_s3")) {
        // exhibitor_explicit_keys: true renders the two keys into /opt/mesosphere/etc/exhibitor.properties.
        return {QStringLiteral("aws_region"),           QStringLiteral("s3_bucket"),
                QStringLiteral("s3_prefix"),            QStringLiteral("exhibitor_explicit_keys"),
                QStringLiteral("aws_access_key_id"),    QStringLiteral("aws_secret_access_key")};
    }
    if (backend == QLatin1String("azure")) {
        return {QStringLiteral("exhibitor_azure_account_name"), QStringLiteral("exhibitor_azure_account_key"),
                QStringLiteral("exhibitor_azure_prefix")};
    }
    if (backend == QLatin1String("shared_filesystem"))
        return {QStringLiteral("exhibitor_fs_config_dir")};
    return {};
}

QString ClusterConfig::fsConfigDirProblem(const QString &dir)
{
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9/._+@:,=~-]+")));
    if (dir.isEmpty())
        return tr("exhibitor_fs_config_dir is empty: write the directory of the share holding Exhibitor's config.");
    if (!dir.startsWith(QLatin1Char('/')))
        return tr("exhibitor_fs_config_dir \"%1\" is not an absolute path: write the directory as the masters mount "
                  "it, starting with /.")
            .arg(dir);
    if (!safe.match(dir).hasMatch())
        return tr("exhibitor_fs_config_dir \"%1\" has characters other than letters, digits and / . _ - + @ : , = ~; "
                  "it is used in a command on the masters. Write the directory as the masters mount it.")
            .arg(dir);
    return QString();
}

void ClusterConfig::addIssue(int line, const QString &key, const QString &message)
{
    m_issues << ConfigIssue{m_fileName, line, key, message};
}

bool ClusterConfig::hasIssueFor(const QString &key) const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [&key](const ConfigIssue &issue) { return issue.key == key; });
}

void ClusterConfig::load()
{
    // Before yaml-cpp loads it: an alias bomb would make every walk over the loaded tree endless.
    const YamlScan::Result scan = YamlScan::scan(m_text);
    if (!scan.problem.isEmpty()) {
        addIssue(scan.problemLine, QString(), scan.problem);
        return;
    }
    if (scan.documents > 1) {
        m_warnings << ConfigIssue{m_fileName, scan.secondDocumentLine, QString(),
                                  tr("Another YAML document starts here (\"---\"): only the first one is read, "
                                     "and DC/OS's installer refuses a config.yaml with more than one. Remove "
                                     "everything from this line on, or split the file.")};
    }

    YAML::Node root;
    try {
        root = YAML::Load(m_text.toStdString());
    } catch (const YAML::Exception &e) {
        addIssue(lineOfMark(e.mark, 0), QString(),
                 tr("YAML syntax error: %1. Fix the file (the mistake may be on an earlier line) and load it again.")
                     .arg(QString::fromStdString(e.msg)));
        return;
    }
    if (!root.IsMap()) {
        addIssue(root.IsDefined() && !root.IsNull() ? lineOfMark(root.Mark(), 1) : 0, QString(),
                 tr("This is not a DC/OS config.yaml: it must be a mapping of keys such as master_list. "
                    "Choose the genconf/config.yaml the cluster was installed with."));
        return;
    }

    QHash<QString, YAML::Node> values;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        const QString key = QString::fromStdString(it->first.Scalar());
        const int line = lineOfMark(it->first.Mark(), 0);
        if (const int first = lineOf(key)) {
            addIssue(line, key,
                     tr("%1 is set again here (first on line %2); DC/OS would read only one of them. "
                        "Remove the one that is wrong.")
                         .arg(key)
                         .arg(first));
            continue;
        }
        m_keyLines << qMakePair(key, line);
        values.insert(key, it->second);
    }

    auto scalar = [&](const QString &key, QString *out) {
        if (!values.contains(key))
            return;
        const YAML::Node node = values.value(key);
        if (node.IsNull()) {
            out->clear();
        } else if (node.IsScalar()) {
            *out = QString::fromStdString(node.Scalar());
        } else {
            addIssue(lineOf(key), key,
                     tr("%1 must be a single value, not a list or a mapping. Correct it.").arg(key));
            *out = QString();
        }
    };
    scalar(kClusterName, &m_clusterName);
    scalar(kMasterDiscovery, &m_masterDiscovery);
    scalar(kBackend, &m_storageBackend);
    scalar(kZkHosts, &m_zkHosts);
    scalar(kZkPath, &m_zkPath);
    scalar(kExhibitorAdminPassword, &m_exhibitorAdminPassword);
    const QStringList settingKeys = backendSettingKeys(m_storageBackend);
    for (const QString &key : settingKeys) {
        QString value;
        if (key == kZkHosts)
            value = m_zkHosts; // read (and reported if malformed) once
        else if (key == kZkPath)
            value = m_zkPath;
        else if (values.contains(key))
            scalar(key, &value);
        if (values.contains(key))
            m_backendSettings.insert(key, value);
    }

    const int issuesBeforeMasters = int(m_issues.size());
    if (!values.contains(kMasterList)) {
        addIssue(lineOf(kMasterDiscovery), kMasterList,
                 tr("master_list is missing. The static backend numbers the masters from it: add every "
                    "master's IPv4 address as a list, one \"- 10.0.0.1\" line each."));
    } else {
        const YAML::Node list = values.value(kMasterList);
        const int keyLine = lineOf(kMasterList);
        if (!list.IsSequence()) {
            addIssue(keyLine, kMasterList,
                     tr("master_list must be a YAML list of the masters' IPv4 addresses, one \"- 10.0.0.1\" "
                        "line each."));
        } else if (list.size() == 0) {
            addIssue(keyLine, kMasterList,
                     tr("master_list is empty. List every master's IPv4 address, one \"- 10.0.0.1\" line each."));
        } else {
            QHash<QString, int> seen;
            for (const auto &entry : list) {
                const int line = lineOfMark(entry.Mark(), keyLine);
                if (!entry.IsScalar()) {
                    addIssue(line, kMasterList,
                             tr("This entry is not an address. Write each master as \"- 10.0.0.1\"."));
                    continue;
                }
                const QString master = QString::fromStdString(entry.Scalar());
                if (!isIPv4Address(master)) {
                    addIssue(line, kMasterList,
                             tr("\"%1\" is not an IPv4 address. Write the master's private address as four "
                                "numbers from 0 to 255 without leading zeros, such as 10.0.0.1.")
                                 .arg(master));
                } else if (const QString kind = nonUnicastKind(master); !kind.isEmpty()) {
                    addIssue(line, kMasterList,
                             tr("%1 is %2, not the address of one machine: no master can have it. Write the "
                                "master's own private address, such as 10.0.0.1.")
                                 .arg(master, kind));
                } else if (seen.contains(master)) {
                    addIssue(line, kMasterList,
                             tr("%1 is listed twice (also on line %2). Remove the duplicate: every master "
                                "appears once.")
                                 .arg(master)
                                 .arg(seen.value(master)));
                } else {
                    seen.insert(master, line);
                    m_masterList << master;
                    m_masterLines << line;
                }
            }
        }
    }
    m_masterListUsable = m_issues.size() == issuesBeforeMasters;
    validate();
}

void ClusterConfig::validate()
{
    const int discoveryLine = lineOf(kMasterDiscovery);
    if (discoveryLine == 0) {
        addIssue(0, kMasterDiscovery,
                 tr("master_discovery is missing. The static backend needs master_discovery: static; add it "
                    "if the cluster's masters are the fixed master_list."));
    } else if (m_masterDiscovery != QLatin1String("static") && !hasIssueFor(kMasterDiscovery)) {
        addIssue(discoveryLine, kMasterDiscovery,
                 tr("master_discovery is \"%1\", but the static backend needs master_discovery: static and "
                    "fixed master addresses, every master listed in master_list (DC/OS refuses a static backend "
                    "otherwise: with %1 masters can be replaced by new ones at new addresses, which a static "
                    "ensemble cannot follow). This cluster cannot be moved to the static backend as it is; "
                    "nothing has been changed.")
                     .arg(m_masterDiscovery));
    }

    const int backendLine = lineOf(kBackend);
    if (hasIssueFor(kBackend))
        return;
    if (backendLine == 0) {
        addIssue(0, kBackend,
                 tr("exhibitor_storage_backend is missing. Add the backend the cluster runs with now, such as "
                    "exhibitor_storage_backend: zookeeper."));
        return;
    }
    if (!storageBackends().contains(m_storageBackend)) {
        addIssue(backendLine, kBackend,
                 tr("\"%1\" is not a DC/OS storage backend; DC/OS accepts %2. Write the backend the cluster "
                    "runs with now.")
                     .arg(m_storageBackend, storageBackends().join(QStringLiteral(", "))));
        return;
    }
    if (m_storageBackend == QLatin1String("static")) {
        addIssue(backendLine, kBackend,
                 tr("exhibitor_storage_backend is already static: this cluster has already been migrated, "
                    "there is nothing to do."));
        return;
    }
    if (m_storageBackend == QLatin1String("agent_only_group_no_exhibitor")) {
        addIssue(backendLine, kBackend,
                 tr("This config.yaml is for an agent-only group, which runs no Exhibitor: there is nothing to "
                    "migrate. Load the config.yaml of the cluster's masters."));
        return;
    }
    validateBackendSettings();
    if (m_storageBackend == QLatin1String("zookeeper")) {
        validateZkHosts();
        const int pathLine = lineOf(kZkPath);
        if (hasIssueFor(kZkPath)) {
            // already reported as not a single value
        } else if (pathLine == 0) {
            addIssue(backendLine, kZkPath,
                     tr("exhibitor_zk_path is missing, but exhibitor_storage_backend: zookeeper (line %1) needs "
                        "it. Add the znode path Exhibitor uses, such as /exhibitor.")
                         .arg(backendLine));
        } else if (!m_zkPath.startsWith(QLatin1Char('/'))) {
            addIssue(pathLine, kZkPath,
                     tr("exhibitor_zk_path \"%1\" does not start with /. Write the znode path, such as /%1.")
                         .arg(m_zkPath));
        }
    }
}

void ClusterConfig::validateBackendSettings()
{
    // The keys DC/OS renders the env file (and exhibitor.properties) from: without them the
    // shared config cannot be found, and DC/OS's own validation would have refused the file.
    QStringList required;
    if (m_storageBackend == QLatin1String("aws_s3"))
        required = {QStringLiteral("aws_region"), QStringLiteral("s3_bucket"), QStringLiteral("s3_prefix")};
    // Not the secrets (the S3 keys, the Azure account key): copies of config.yaml are often kept
    // without them, and discovery reads them from the masters' exhibitor.properties, where DC/OS
    // rendered them (BackendSpecSource).
    else if (m_storageBackend == QLatin1String("azure"))
        required = {QStringLiteral("exhibitor_azure_account_name"), QStringLiteral("exhibitor_azure_prefix")};
    else if (m_storageBackend == QLatin1String("shared_filesystem"))
        required = {QStringLiteral("exhibitor_fs_config_dir")};
    const int backendLine = lineOf(kBackend);
    for (const QString &key : std::as_const(required)) {
        if (hasIssueFor(key))
            continue; // already reported as not a single value
        if (!m_backendSettings.contains(key)) {
            addIssue(backendLine, key,
                     tr("%1 is missing, but exhibitor_storage_backend: %2 (line %3) needs it. Add the value the "
                        "cluster was installed with.")
                         .arg(key, m_storageBackend)
                         .arg(backendLine));
        } else if (m_backendSettings.value(key).trimmed().isEmpty()) {
            addIssue(lineOf(key), key,
                     tr("%1 is empty, but exhibitor_storage_backend: %2 needs it. Write the value the cluster was "
                        "installed with.")
                         .arg(key, m_storageBackend));
        }
    }
    const QString fsKey = QStringLiteral("exhibitor_fs_config_dir");
    if (m_storageBackend == QLatin1String("shared_filesystem") && !hasIssueFor(fsKey)) {
        const QString problem = fsConfigDirProblem(m_backendSettings.value(fsKey));
        if (!problem.isEmpty())
            addIssue(lineOf(fsKey), fsKey, problem);
    }
}

void ClusterConfig::validateZkHosts()
{
    const int backendLine = lineOf(kBackend);
    const int line = lineOf(kZkHosts);
    if (hasIssueFor(kZkHosts))
        return; // already reported as not a single value
    if (line == 0) {
        addIssue(backendLine, kZkHosts,
                 tr("exhibitor_zk_hosts is missing, but exhibitor_storage_backend: zookeeper (line %1) needs it. "
                    "Add the backend ensemble as host:port,host:port.")
                     .arg(backendLine));
        return;
    }
    const QString hosts = m_zkHosts.trimmed();
    if (hosts.isEmpty()) {
        addIssue(line, kZkHosts, tr("exhibitor_zk_hosts is empty. Write the backend ensemble as host:port,host:port."));
        return;
    }
    if (hosts.startsWith(QLatin1String("zk://"), Qt::CaseInsensitive)) {
        addIssue(line, kZkHosts,
                 tr("exhibitor_zk_hosts must be host:port,host:port without zk:// (DC/OS rejects it). Remove "
                    "the zk:// prefix and any path."));
        return;
    }
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,5}")));
    for (const auto &rawEntry : hosts.split(QLatin1Char(','))) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty()) {
            addIssue(line, kZkHosts,
                     tr("exhibitor_zk_hosts has an empty entry (two commas in a row, or one at an end). "
                        "Remove it."));
            continue;
        }
        const int colon = int(entry.lastIndexOf(QLatin1Char(':')));
        if (colon < 0) {
            addIssue(line, kZkHosts,
                     tr("\"%1\" has no port. Write each server as host:port, such as %1:2181.").arg(entry));
            continue;
        }
        const QString host = entry.left(colon);
        const QString port = entry.mid(colon + 1);
        if (!isIPv4Address(host) && !isHostName(host)) {
            addIssue(line, kZkHosts,
                     tr("In \"%1\", \"%2\" is neither an IPv4 address nor a host name. Correct it.")
                         .arg(entry, host));
        }
        if (!digits.match(port).hasMatch() || port.toInt() < 1 || port.toInt() > 65535) {
            addIssue(line, kZkHosts,
                     tr("In \"%1\", the port \"%2\" is not a number from 1 to 65535. Correct it (ZooKeeper's "
                        "client port is usually 2181).")
                         .arg(entry, port));
        }
    }
}
