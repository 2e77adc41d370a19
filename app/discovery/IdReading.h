#pragma once

#include "IdSource.h"

#include <QString>

// What one source said about one master's ID. A source that could not say (journal rotated, word
// not whitelisted, REST not answering, ...) is Unavailable with the reason: that is not a
// disagreement, only fewer witnesses.
struct IdReading
{
    enum class Status { Pending, Found, Unavailable };

    IdSource source = IdSource::Journal;
    Status status = Status::Pending;
    int id = 0;     // Found
    QString detail; // Found: where it was seen (e.g. "line 812"), may be empty; Unavailable: why, translated

    bool isFound() const { return status == Status::Found; }
    bool isPending() const { return status == Status::Pending; }
    bool isUnavailable() const { return status == Status::Unavailable; }

    static IdReading pending(IdSource source) { return IdReading{source, Status::Pending, 0, {}}; }
    static IdReading found(IdSource source, int id, const QString &detail = {})
    {
        return IdReading{source, Status::Found, id, detail};
    }
    static IdReading unavailable(IdSource source, const QString &reason)
    {
        return IdReading{source, Status::Unavailable, 0, reason};
    }

    // "journal: no 'my id' line (rotated?)", "myid: 4": for logs, tooltips and problem lines.
    QString describe() const
    {
        const QString what = isFound() ? QString::number(id) : isPending() ? QStringLiteral("…") : detail;
        return IdSources::name(source) + QStringLiteral(": ") + what;
    }

    bool operator==(const IdReading &) const = default;
};
