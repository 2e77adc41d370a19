#include "DiscoveryIdsFile.h"

#include "config/InputFile.h"
#include "config/MigrationPlan.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QList>
#include <QSet>

bool DiscoveryIdsFile::isJsonFile(const QString &path)
{
    // Only a regular file is opened here: a FIFO would block the open. Anything else is left to
    // the ids file reader, which says what is wrong with it.
    if (!QFileInfo(path).isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(4096).trimmed();
    return start.startsWith('{');
}

DiscoveryIdsFile DiscoveryIdsFile::read(const QString &path)
{
    QString error;
    const std::optional<QByteArray> text = InputFile::read(path, InputFile::Kind::Ids, &error);
    if (!text) {
        DiscoveryIdsFile result;
        result.m_source = path;
        result.m_issues << ConfigIssue{path, 0, QString(), error};
        return result;
    }
    return parse(*text, path);
}

DiscoveryIdsFile DiscoveryIdsFile::parse(const QByteArray &text, const QString &fileName)
{
    DiscoveryIdsFile result;
    result.m_source = fileName;

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
    result.scanStrings(text);
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

void DiscoveryIdsFile::scanStrings(const QByteArray &text)
{
    struct Container
    {
        bool isObject = false;
        bool expectKey = false;
        QHash<QByteArray, int> keyLines;
    };
    QList<Container> open;
    int line = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            open.append(Container { c == '{', c == '{', {} });
        } else if (c == '}' || c == ']') {
            if (!open.isEmpty())
                open.removeLast();
        } else if (c == ',') {
            if (!open.isEmpty() && open.last().isObject)
                open.last().expectKey = true;
        } else if (c == '"') {
            // The text is valid JSON (it parsed): a string ends at the first unescaped quote and
            // holds no raw newline.
            qsizetype end = i + 1;
            while (end < size && text.at(end) != '"')
                end += text.at(end) == '\\' ? 2 : 1;
            const QByteArray raw = text.mid(i + 1, end - i - 1);
            const QString string = QString::fromUtf8(raw);
            if (!m_stringLines.contains(string))
                m_stringLines.insert(string, line);
            if (!open.isEmpty() && open.last().expectKey) {
                Container &object = open.last();
                object.expectKey = false;
                if (const int first = object.keyLines.value(raw)) {
                    m_warnings << ConfigIssue { m_source, line, string,
                                                tr("\"%1\" is given again in the same object here (first on "
                                                   "line %2); only one of them is read. Remove the one that is "
                                                   "wrong.")
                                                    .arg(string)
                                                    .arg(first) };
                } else {
                    object.keyLines.insert(raw, line);
                }
            }
            i = end;
        }
    }
}

int DiscoveryIdsFile::lineOf(const QString &master) const
{
    return m_stringLines.value(master, 0);
}

ConfigIssues DiscoveryIdsFile::withPlanIssues(const MigrationPlan &plan) const
{
    ConfigIssues issues = m_issues;
    QSet<QString> reportedKeys;
    for (const ConfigIssue &mine : m_issues) {
        if (!mine.key.isEmpty())
            reportedKeys.insert(mine.key);
    }
    for (ConfigIssue issue : plan.issues()) {
        const bool reported = !issue.key.isEmpty() && !m_ids.contains(issue.key) && reportedKeys.contains(issue.key);
        if (reported)
            continue;
        if (issue.file == m_source && issue.line == 0 && !issue.key.isEmpty())
            issue.line = lineOf(issue.key);
        issues << issue;
    }
    return issues;
}
