#include "DiscoveryIdsFile.h"

#include "config/MigrationPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

bool DiscoveryIdsFile::isJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(4096).trimmed();
    return start.startsWith('{');
}

DiscoveryIdsFile DiscoveryIdsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DiscoveryIdsFile result;
        result.m_source = path;
        result.m_issues << ConfigIssue{path, 0, QString(),
                                       tr("Cannot read the file (%1). Check the path, and that your user may read it.")
                                           .arg(file.errorString())};
        return result;
    }
    return parse(file.readAll(), path);
}

DiscoveryIdsFile DiscoveryIdsFile::parse(const QByteArray &text, const QString &fileName)
{
    DiscoveryIdsFile result;
    result.m_source = fileName;
    result.m_text = text;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        result.m_issues << ConfigIssue{fileName, line, QString(),
                                       tr("This is not valid JSON (%1). Give the output of \"exhibitor-migrate "
                                          "discover --format json\" or an ids file.")
                                           .arg(error.errorString())};
        return result;
    }
    const QJsonValue currentIds = doc.object().value(QLatin1String("current_ids"));
    if (!currentIds.isObject()) {
        result.m_issues << ConfigIssue{fileName, 0, QStringLiteral("current_ids"),
                                       tr("No \"current_ids\" object. Give the output of \"exhibitor-migrate "
                                          "discover --format json\".")};
        return result;
    }
    const QJsonObject ids = currentIds.toObject();
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value != double(int(value))) {
            result.m_issues << ConfigIssue{fileName, result.lineOf(it.key()), it.key(),
                                           tr("The ID of %1 in current_ids is not a whole number.").arg(it.key())};
            continue;
        }
        result.m_ids.insert(it.key(), int(value));
    }
    // Masters discovery could not settle: their own problems say why and what to do.
    const QJsonArray masters = doc.object().value(QLatin1String("masters")).toArray();
    for (const QJsonValue &value : masters) {
        const QJsonObject master = value.toObject();
        const QString ip = master.value(QLatin1String("ip")).toString();
        if (ip.isEmpty() || result.m_ids.contains(ip))
            continue;
        const QJsonArray problems = master.value(QLatin1String("problems")).toArray();
        QStringList lines;
        for (const QJsonValue &problem : problems) {
            // Discovery's lines name the master first; the issue names it already.
            QString line = problem.toString();
            if (line.startsWith(ip + QStringLiteral(": ")))
                line.remove(0, ip.size() + 2);
            lines << line;
        }
        result.m_issues << ConfigIssue{
            fileName, result.lineOf(ip), ip,
            lines.isEmpty() ? tr("Discovery found no agreed ID for %1.").arg(ip) : lines.join(QLatin1Char(' '))};
    }
    return result;
}

int DiscoveryIdsFile::lineOf(const QString &master) const
{
    const qsizetype at = m_text.indexOf('"' + master.toUtf8() + '"');
    return at < 0 ? 0 : int(m_text.left(at).count('\n')) + 1;
}

ConfigIssues DiscoveryIdsFile::withPlanIssues(const MigrationPlan &plan) const
{
    ConfigIssues issues = m_issues;
    for (ConfigIssue issue : plan.issues()) {
        const bool reported = !issue.key.isEmpty() && !m_ids.contains(issue.key)
            && std::any_of(m_issues.cbegin(), m_issues.cend(),
                           [&issue](const ConfigIssue &mine) { return mine.key == issue.key; });
        if (reported)
            continue;
        if (issue.file == m_source && issue.line == 0 && !issue.key.isEmpty())
            issue.line = lineOf(issue.key);
        issues << issue;
    }
    return issues;
}
