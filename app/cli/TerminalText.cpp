#include "TerminalText.h"

#include <cerrno>
#include <cstring>

namespace {

bool isShownAsEscape(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) // C0, DEL, C1
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi embeddings, isolates
}

// How many bytes at the end of `bytes` are the start of a UTF-8 sequence still incomplete.
qsizetype incompleteTail(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, size); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(size - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: the lead is further back
        const qsizetype length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

QString TerminalText::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!isShownAsEscape(c))
            result += QString::fromUcs4(&c, 1);
        else if (c < 0x80)
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return result;
}

TerminalDevice::TerminalDevice(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice()
{
    if (!m_pending.isEmpty()) // a cut-off sequence at the very end: shown as what it is
        std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), m_stream);
    std::fflush(m_stream);
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    QByteArray bytes = m_pending + QByteArray(data, size);
    const qsizetype tail = incompleteTail(bytes);
    m_pending = bytes.right(tail);
    bytes.chop(tail);
    const QByteArray shown = TerminalText::escaped(QString::fromUtf8(bytes)).toUtf8();
    if (std::fwrite(shown.constData(), 1, size_t(shown.size()), m_stream) != size_t(shown.size())
        || std::fflush(m_stream) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    return size;
}
