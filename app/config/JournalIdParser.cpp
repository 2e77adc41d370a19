#include "JournalIdParser.h"

#include <QRegularExpression>
#include <QString>

std::optional<JournalIdParser::Match> JournalIdParser::lastId(const QByteArray &journal)
{
    // "[ \t]" and not "\s": an ID is never on the next line, and a match must not run into it.
    static const QRegularExpression myId(QStringLiteral("\\bmy id[ \\t]*=[ \\t]*(\\d{1,9})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(journal);
    std::optional<Match> last;
    qsizetype lastOffset = 0;
    auto it = myId.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        last = Match{match.captured(1).toInt(), 0, {}};
        lastOffset = match.capturedStart();
    }
    if (last) {
        const QStringView before = QStringView(text).left(lastOffset);
        last->line = int(before.count(QLatin1Char('\n'))) + 1;
        const qsizetype start = before.lastIndexOf(QLatin1Char('\n')) + 1;
        const qsizetype end = text.indexOf(QLatin1Char('\n'), lastOffset);
        QString line = text.mid(start, end < 0 ? -1 : end - start).simplified();
        if (line.size() > kMaxText)
            line = line.left(kMaxText - 1) + QChar(0x2026);
        last->text = line;
    }
    return last;
}
