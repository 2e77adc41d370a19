#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Finds a master's ZooKeeper ID in `journalctl -u dcos-exhibitor` output: the last "my id = N"
// (case-insensitive), in the 3.4 wording ("My id =  N", two spaces) and the 3.6+ wording (one
// space). In "Connection broken for id P, my id = N" P is the peer and N is ours.
class JournalIdParser
{
public:
    struct Match
    {
        int id = 0;
        int line = 0; // 1-based line of the journal output it came from
        QString text; // that line, white space simplified, cut to kMaxText characters
    };

    static constexpr int kMaxText = 160;

    // nullopt when no line names an ID: a rotated journal is not an error by itself.
    static std::optional<Match> lastId(const QByteArray &journal);
};
