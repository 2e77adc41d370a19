#include "RunLogModel.h"

#include <QFont>
#include <QFontDatabase>

namespace {
// Distinguishable on light and dark backgrounds and for the common colour-vision deficiencies
// (Okabe-Ito), so a master keeps its colour through the whole run.
const QColor kPalette[] = { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                            QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                            QColor(0xF0, 0xE4, 0x42) };
} // namespace

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_fonts[0] = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fonts[1] = m_fonts[0];
    m_fonts[1].setBold(true);
    m_fonts[2] = m_fonts[0];
    m_fonts[2].setItalic(true);
    m_fonts[3] = m_fonts[0];
    m_fonts[3].setWeight(QFont::Light); // same height: the view's rows are uniform
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kBatchMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunLogModel::flush);
}

void RunLogModel::setMasters(const QStringList &masters)
{
    if (masters == m_masters)
        return;
    m_masters = masters;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
    Q_EMIT mastersChanged();
}

QColor RunLogModel::masterColour(const QString &master) const
{
    const qsizetype at = m_masters.indexOf(master);
    if (master.isEmpty() || at < 0)
        return QColor(Qt::gray);
    return kPalette[at % std::size(kPalette)];
}

void RunLogModel::queue(const LogLine &line)
{
    m_queued << line;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RunLogModel::flush()
{
    m_flushTimer.stop();
    if (m_queued.isEmpty())
        return;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row + int(m_queued.size()) - 1);
    for (const LogLine &line : std::as_const(m_queued)) {
        m_texts << lineText(line);
        if (line.stream == LogStream::Journal)
            ++m_journalLines;
    }
    m_lines << m_queued;
    m_queued.clear();
    endInsertRows();
    if (m_journalLines > kJournalCap)
        dropOldestJournalLines(m_journalLines - kJournalCap + kJournalTrim);
}

void RunLogModel::dropOldestJournalLines(int count)
{
    // The oldest journal lines, as runs of adjacent rows. Journal lines interleave with the
    // run's own, so there may be many runs; each removal costs the views (the filter proxy
    // remaps every row), so past a few runs one reset is cheaper than many removals.
    constexpr int kMaxRemovals = 16;
    QList<std::pair<int, int>> runs; // first row, length
    int left = count;
    for (int row = 0; row < m_lines.size() && left > 0; ++row) {
        if (m_lines.at(row).stream != LogStream::Journal)
            continue;
        if (!runs.isEmpty() && runs.last().first + runs.last().second == row)
            ++runs.last().second;
        else
            runs.append({ row, 1 });
        --left;
    }
    const int dropped = count - left;
    if (dropped == 0)
        return;
    if (runs.size() > kMaxRemovals) {
        beginResetModel();
        QList<LogLine> lines;
        QStringList texts;
        lines.reserve(m_lines.size() - dropped);
        texts.reserve(m_lines.size() - dropped);
        int next = 0;
        for (const auto &[first, length] : std::as_const(runs)) {
            for (int row = next; row < first; ++row) {
                lines << m_lines.at(row);
                texts << m_texts.at(row);
            }
            next = first + length;
        }
        for (int row = next; row < m_lines.size(); ++row) {
            lines << m_lines.at(row);
            texts << m_texts.at(row);
        }
        m_lines = std::move(lines);
        m_texts = std::move(texts);
        m_journalLines -= dropped;
        endResetModel();
    } else {
        // From the last run up, so the earlier runs' rows stay where they are.
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows({}, it->first, it->first + it->second - 1);
            m_lines.remove(it->first, it->second);
            m_texts.remove(it->first, it->second);
            m_journalLines -= it->second;
            endRemoveRows();
        }
    }
    m_droppedJournal += dropped;
    Q_EMIT journalLinesDropped(dropped);
}

void RunLogModel::clear()
{
    m_flushTimer.stop();
    m_queued.clear();
    beginResetModel();
    m_lines.clear();
    m_texts.clear();
    m_journalLines = 0;
    m_droppedJournal = 0;
    endResetModel();
}

QString RunLogModel::streamText(LogStream stream)
{
    switch (stream) {
    case LogStream::Info:
        return tr("info");
    case LogStream::Command:
        return tr("command");
    case LogStream::Stdout:
        return tr("output");
    case LogStream::Stderr:
        return tr("error output");
    case LogStream::Warning:
        return tr("warning");
    case LogStream::Error:
        return tr("error");
    case LogStream::Journal:
        return tr("journal");
    }
    return QString();
}

QString RunLogModel::lineText(const LogLine &line)
{
    const QString master = line.master.isEmpty() ? tr("run") : line.master;
    const QString prefix = line.stream == LogStream::Command ? QStringLiteral("$ ") : QString();
    return QStringLiteral("%1 %2 [%3] %4%5")
        .arg(line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), master,
             logStreamName(line.stream), prefix, line.text);
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.at(index.row());
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(line.master.isEmpty() ? tr("run") : line.master, streamText(line.stream), line.text);
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(line.master.isEmpty() ? tr("the run") : line.master,
                                 streamText(line.stream));
    case Qt::DecorationRole:
    case MasterColourRole:
        return masterColour(line.master);
    case Qt::ForegroundRole:
        switch (line.stream) {
        case LogStream::Error:
        case LogStream::Stderr:
            return QColor(0xC0, 0x1C, 0x28);
        case LogStream::Warning:
            return QColor(0xB3, 0x5C, 0x00);
        case LogStream::Command:
            return QColor(0x1A, 0x5F, 0xB4);
        case LogStream::Journal:
            // A master's own journal, not the run's doing: a muted violet, in a font of its own
            // (below), so it reads apart from the commands and their output.
            return QColor(0x6A, 0x4C, 0x93);
        default:
            return {};
        }
    case Qt::FontRole:
        return line.stream == LogStream::Command || line.stream == LogStream::Error ? m_fonts[1]
            : line.stream == LogStream::Stderr                                       ? m_fonts[2]
            : line.stream == LogStream::Journal                                      ? m_fonts[3]
                                                                                     : m_fonts[0];
    case MasterRole:
        return line.master;
    case StreamRole:
        return int(line.stream);
    case TextRole:
        return line.text;
    default:
        return {};
    }
}
