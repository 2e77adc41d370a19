#include "UnifiedDiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace {

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    qsizetype a; // index into the old lines (Equal, Delete)
    qsizetype b; // index into the new lines (Equal, Insert)
};

// Each line keeps its '\n' (the last one may lack it).
QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines << text.mid(start, end - start);
        start = end;
    }
    return lines;
}

// Myers' O(ND) greedy algorithm with the V arrays kept for backtracking; fine for the sizes of
// config files. The common prefix and suffix are split off first, which is where most lines are.
std::vector<Edit> diffLines(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    auto equal = [&](qsizetype x, qsizetype y) { return a.at(prefix + x) == b.at(prefix + y); };

    std::vector<Edit> middle;
    if (n > 0 || m > 0) {
        const qsizetype max = n + m;
        const qsizetype offset = max + 1;
        std::vector<qsizetype> v(size_t(2 * max + 3), 0);
        std::vector<std::vector<qsizetype>> trace;
        bool done = false;
        for (qsizetype d = 0; d <= max && !done; ++d) {
            trace.push_back(v);
            for (qsizetype k = -d; k <= d; k += 2) {
                qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && equal(x, y)) {
                    ++x;
                    ++y;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    done = true;
                    break;
                }
            }
        }

        qsizetype x = n;
        qsizetype y = m;
        for (qsizetype d = qsizetype(trace.size()) - 1; d >= 0; --d) {
            const auto &vd = trace[size_t(d)];
            const qsizetype k = x - y;
            const qsizetype prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
            const qsizetype prevX = vd[offset + prevK];
            const qsizetype prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                --x;
                --y;
                middle.push_back({Op::Equal, prefix + x, prefix + y});
            }
            if (d > 0) {
                if (x == prevX)
                    middle.push_back({Op::Insert, prefix + x, prefix + y - 1});
                else
                    middle.push_back({Op::Delete, prefix + x - 1, prefix + y});
            }
            x = prevX;
            y = prevY;
        }
        std::reverse(middle.begin(), middle.end());
    }

    std::vector<Edit> edits;
    for (qsizetype i = 0; i < prefix; ++i)
        edits.push_back({Op::Equal, i, i});
    // diff prints each changed block as its removed lines, then its added lines.
    for (size_t i = 0; i < middle.size();) {
        if (middle[i].op == Op::Equal) {
            edits.push_back(middle[i++]);
            continue;
        }
        size_t end = i;
        while (end < middle.size() && middle[end].op != Op::Equal)
            ++end;
        for (size_t j = i; j < end; ++j) {
            if (middle[j].op == Op::Delete)
                edits.push_back(middle[j]);
        }
        for (size_t j = i; j < end; ++j) {
            if (middle[j].op == Op::Insert)
                edits.push_back(middle[j]);
        }
        i = end;
    }
    for (qsizetype i = 0; i < suffix; ++i)
        edits.push_back({Op::Equal, a.size() - suffix + i, b.size() - suffix + i});
    return edits;
}

// "start,count" as diff writes it: ",1" is left out, and an empty range names the line before.
QByteArray range(qsizetype start, qsizetype count)
{
    if (count == 0)
        return QByteArray::number(start) + ",0";
    if (count == 1)
        return QByteArray::number(start + 1);
    return QByteArray::number(start + 1) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray &out, char prefix, const QByteArray &line)
{
    out += prefix;
    if (line.endsWith('\n')) {
        out += line;
    } else {
        out += line + "\n\\ No newline at end of file\n";
    }
}

} // namespace

QString UnifiedDiff::diff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
                          const QString &afterName, int context)
{
    const auto a = splitLines(before);
    const auto b = splitLines(after);
    const auto edits = diffLines(a, b);
    context = std::max(context, 0);

    std::vector<size_t> changes;
    for (size_t i = 0; i < edits.size(); ++i) {
        if (edits[i].op != Op::Equal)
            changes.push_back(i);
    }
    if (changes.empty())
        return QString();

    QByteArray out = "--- " + beforeName.toUtf8() + "\n+++ " + afterName.toUtf8() + '\n';
    size_t c = 0;
    while (c < changes.size()) {
        // Changes closer than two contexts apart share a hunk, as in diff.
        size_t last = c;
        while (last + 1 < changes.size() && changes[last + 1] - changes[last] - 1 <= size_t(2 * context))
            ++last;
        const size_t begin = changes[c] >= size_t(context) ? changes[c] - size_t(context) : 0;
        const size_t end = std::min(edits.size(), changes[last] + 1 + size_t(context));

        qsizetype aStart = -1;
        qsizetype bStart = -1;
        qsizetype aCount = 0;
        qsizetype bCount = 0;
        for (size_t i = begin; i < end; ++i) {
            if (edits[i].op != Op::Insert) {
                if (aStart < 0)
                    aStart = edits[i].a;
                ++aCount;
            }
            if (edits[i].op != Op::Delete) {
                if (bStart < 0)
                    bStart = edits[i].b;
                ++bCount;
            }
        }
        // An empty side starts where the other side's lines sit in it.
        if (aStart < 0)
            aStart = edits[begin].a;
        if (bStart < 0)
            bStart = edits[begin].b;

        out += "@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@\n";
        for (size_t i = begin; i < end; ++i) {
            switch (edits[i].op) {
            case Op::Equal:
                appendLine(out, ' ', a.at(edits[i].a));
                break;
            case Op::Delete:
                appendLine(out, '-', a.at(edits[i].a));
                break;
            case Op::Insert:
                appendLine(out, '+', b.at(edits[i].b));
                break;
            }
        }
        c = last + 1;
    }
    return QString::fromUtf8(out);
}
