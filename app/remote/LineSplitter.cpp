#include "LineSplitter.h"

namespace {

QString decode(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

QStringList LineSplitter::feed(const QByteArray &chunk)
{
    m_partial += chunk;
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        lines << decode(m_partial.mid(start, nl - start));
        start = nl + 1;
    }
    m_partial.remove(0, start);
    return lines;
}

QStringList LineSplitter::finish()
{
    QStringList lines;
    if (!m_partial.isEmpty())
        lines << decode(m_partial);
    m_partial.clear();
    return lines;
}
