#pragma once

#include "migration/MigrationTypes.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QTimer>

// Every log line of the wizard's runs, all masters merged in arrival order. A list model (not a
// growing text document) so that a long run's log stays cheap to show, filter and search.
// Each master has a stable colour (its place in the plan's master order picks it from a fixed
// palette); each stream its own style.
//
// Journal lines (LogStream::Journal, the masters' live `journalctl -f`, JournalFollowers) are
// capped: a chatty journal must not grow the log without end during a long run. Once more than
// kJournalCap of them are held, the oldest kJournalTrim journal lines go at once (so removal
// happens once per kJournalTrim lines, not at every burst); the run's own lines are never
// dropped. 20,000 lines of about 150 characters are roughly 15 MiB with their display texts.
class RunLogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MasterRole = Qt::UserRole + 1,
        StreamRole, // int(LogStream)
        TextRole,
        MasterColourRole,
    };

    explicit RunLogModel(QObject *parent = nullptr);

    // The masters in the order that picks their colours.
    void setMasters(const QStringList &masters);
    QStringList masters() const { return m_masters; }
    QColor masterColour(const QString &master) const;

    // A run's lines come in bursts (five masters' command output at once): queued lines are
    // inserted together, at most kBatchMs later (ten times a second still reads as live), so the
    // views lay out and repaint once per burst instead of once per line. flush() inserts what is
    // queued now.
    void queue(const LogLine &line);
    void flush();
    void clear();
    const LogLine &line(int row) const { return m_lines.at(row); }
    // "12:00:01.123 127.0.0.1 [stdout] text", as copied and saved.
    static QString lineText(const LogLine &line);
    static QString streamText(LogStream stream); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int kBatchMs = 100;
    static constexpr int kJournalCap = 20000;
    static constexpr int kJournalTrim = 5000;
    int journalLines() const { return m_journalLines; }
    // Journal lines dropped so far (the cap), for the pane's status and tests.
    qint64 droppedJournalLines() const { return m_droppedJournal; }

Q_SIGNALS:
    void journalLinesDropped(int count);
    // The masters (and so the colours) changed: views that list them list them again.
    void mastersChanged();

private:
    void dropOldestJournalLines(int count);

    QStringList m_masters;
    QList<LogLine> m_lines;
    QStringList m_texts; // lineText() of each line, made once: views ask for it at every paint
    QList<LogLine> m_queued;
    QFont m_fonts[4]; // fixed-width: plain, bold (commands, errors), italic (error output), light (journal)
    QTimer m_flushTimer;
    int m_journalLines = 0;
    qint64 m_droppedJournal = 0;
};
