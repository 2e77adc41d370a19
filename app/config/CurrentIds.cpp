#include "CurrentIds.h"

#include "ClusterConfig.h"
#include "InputFile.h"
#include "JournalIdParser.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>

CurrentIds CurrentIds::fromIdsFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> text = InputFile::read(path, InputFile::Kind::Ids, &error);
    if (!text) {
        CurrentIds ids;
        ids.m_source = path;
        ids.m_issues << ConfigIssue{path, 0, QString(), error};
        return ids;
    }
    return fromIdsText(*text, path);
}

CurrentIds CurrentIds::fromIdsText(const QByteArray &text, const QString &fileName)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,9}")));

    CurrentIds result;
    result.m_source = fileName;
    const auto lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QString line = QString::fromUtf8(lines.at(i));
        const auto hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;

        const QStringList fields = line.split(blanks);
        if (fields.size() != 2 || !number.match(fields.at(1)).hasMatch()) {
            // Keyed by the master when the line starts with one, so the plan does not report it
            // a second time as a master without an ID.
            const QString key = ClusterConfig::isIPv4Address(fields.at(0)) ? fields.at(0) : QString();
            result.m_issues << ConfigIssue{fileName, lineNumber, key,
                                           tr("\"%1\" is not \"<ip> <id>\". Write one master per line, its "
                                              "address and its current ID, such as \"10.0.0.1 3\".")
                                               .arg(line)};
            continue;
        }
        const QString &ip = fields.at(0);
        if (result.m_ids.contains(ip)) {
            result.m_issues << ConfigIssue{fileName, lineNumber, ip,
                                           tr("%1 is given again here (first on line %2). Keep only the line "
                                              "with its current ID.")
                                               .arg(ip)
                                               .arg(result.m_origins.value(ip).line)};
            continue;
        }
        result.m_ids.insert(ip, fields.at(1).toInt());
        result.m_origins.insert(ip, Origin{fileName, lineNumber});
    }
    return result;
}

CurrentIds CurrentIds::fromJournalDir(const QString &dir, const QStringList &masters)
{
    CurrentIds result;
    result.m_source = dir;
    if (!QFileInfo(dir).isDir()) {
        result.m_issues << ConfigIssue{dir, 0, QString(),
                                       tr("This is not a directory. Give a directory holding one <ip>.log file "
                                          "per master, or the IDs with --ids.")};
        return result;
    }
    for (const auto &master : masters) {
        const QString path = QDir(dir).filePath(master + QStringLiteral(".log"));
        if (!QFileInfo::exists(path)) {
            result.m_issues << ConfigIssue{path, 0, master,
                                           tr("No journal for master %1 (%2). Save the output of \"journalctl -u "
                                              "dcos-exhibitor\" on that master as this file, or give the IDs "
                                              "with --ids.")
                                               .arg(master, qt_error_string(ENOENT))};
            continue;
        }
        QString error;
        const std::optional<QByteArray> journal = InputFile::read(path, InputFile::Kind::Journal, &error);
        if (!journal) {
            result.m_issues << ConfigIssue{path, 0, master, error};
            continue;
        }
        const auto match = JournalIdParser::lastId(*journal);
        if (!match) {
            result.m_issues << ConfigIssue{path, 0, master,
                                           tr("The journal of master %1 has no \"my id = N\" line; it may have "
                                              "been rotated. Read the ID on that master (cat "
                                              "/var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and give the IDs "
                                              "with --ids.")
                                               .arg(master)};
            continue;
        }
        result.m_ids.insert(master, match->id);
        result.m_origins.insert(master, Origin{path, match->line});
    }
    return result;
}
