#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A look at a YAML text before it is loaded, for what yaml-cpp has no limit for.
//
// yaml-cpp does not copy an aliased node (an alias shares its anchor's node), but every walk over
// the loaded tree does visit it once per alias: ours comparing the documents before and after the
// migration, yaml-cpp's own emitter and iterators. Nine aliases of nine aliases of ... make a
// few hundred bytes into a billion nodes (the "billion laughs" alias bomb), and the walk never
// ends. yaml-cpp has no setting for this, so the text is parsed once more with yaml-cpp's own
// event parser (linear in the text: an alias is one event) and the nodes are counted as a walk
// sees them: an alias counts as many nodes as its anchor's subtree. Counting the events rather
// than pre-scanning the text for '&' and '*' leaves the YAML grammar (quotes, comments, block
// scalars) to the parser that reads the file afterwards.
//
// The limits are far above a real DC/OS config.yaml (a few hundred nodes, four levels deep).
// yaml-cpp itself stops at 2000 levels of nesting (DeepRecursion); ours is lower, because our
// walks recurse too.
class YamlScan
{
    Q_DECLARE_TR_FUNCTIONS(YamlScan)

public:
    static constexpr qint64 kMaxNodes = 100000;
    static constexpr int kMaxDepth = 64;

    struct Result
    {
        int documents = 0;           // YAML documents in the text ("---" starts another)
        int secondDocumentLine = 0;  // 1-based line where the second one starts; 0 with one
        qint64 nodes = 0;            // of the largest document, aliases expanded (capped above kMaxNodes)
        int depth = 0;               // deepest nesting of sequences and mappings
        int aliases = 0;
        int problemLine = 0;         // 1-based, where a limit was passed
        QString problem;             // translated; empty when the text is within the limits
    };

    // A text yaml-cpp cannot parse is not a problem here: loading it reports the syntax error.
    static Result scan(const QByteArray &text);
};
