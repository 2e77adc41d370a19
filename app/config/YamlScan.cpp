#include "YamlScan.h"

#include <QHash>
#include <QList>

#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

// Thrown from the event handler to stop the parser once a limit is passed.
struct LimitPassed
{
};

class CountingHandler : public YAML::EventHandler
{
public:
    explicit CountingHandler(YamlScan::Result *result)
        : m_result(result)
    {
    }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        ++m_result->documents;
        if (m_result->documents == 2)
            m_result->secondDocumentLine = mark.line + 1;
        m_documentNodes = 0;
        m_stack.clear();
        m_anchorNodes.clear(); // anchors are per document
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        ++m_result->aliases;
        add(mark, m_anchorNodes.value(anchor, 1));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        qint64 nodes = 1; // the collection itself
        YAML::anchor_t anchor = YAML::NullAnchor;
        YAML::Mark mark;
    };

    static qint64 saturated(qint64 a, qint64 b) { return qMin(a + b, YamlScan::kMaxNodes + 1); }

    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchorNodes.insert(anchor, 1);
        add(mark, 1);
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        m_stack.append(Frame { 1, anchor, mark });
        m_result->depth = qMax(m_result->depth, int(m_stack.size()));
        if (m_stack.size() > YamlScan::kMaxDepth) {
            fail(mark,
                 YamlScan::tr("The YAML is nested more than %1 levels deep, far more than any config.yaml: it "
                              "is not read. Give the cluster's genconf/config.yaml.")
                     .arg(YamlScan::kMaxDepth));
        }
    }

    void close()
    {
        if (m_stack.isEmpty())
            return;
        const Frame frame = m_stack.takeLast();
        if (frame.anchor != YAML::NullAnchor)
            m_anchorNodes.insert(frame.anchor, frame.nodes);
        add(frame.mark, frame.nodes);
    }

    // `nodes` more nodes in the innermost open collection (or the document itself).
    void add(const YAML::Mark &mark, qint64 nodes)
    {
        qint64 &count = m_stack.isEmpty() ? m_documentNodes : m_stack.last().nodes;
        count = saturated(count, nodes);
        // Every open collection contains the innermost one: the document's total is at least
        // the sum of what is open, so checking that sum stops a bomb at its first big alias.
        qint64 total = m_documentNodes;
        for (const Frame &frame : std::as_const(m_stack))
            total = saturated(total, frame.nodes);
        m_result->nodes = qMax(m_result->nodes, total);
        if (total > YamlScan::kMaxNodes) {
            fail(mark,
                 YamlScan::tr("Through its aliases (*name) this YAML expands to more than %1 values, far more "
                              "than any config.yaml has: it is not read (an alias bomb?). Write the values out "
                              "instead of aliasing them, or give the cluster's genconf/config.yaml.")
                     .arg(YamlScan::kMaxNodes));
        }
    }

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &problem)
    {
        m_result->problemLine = mark.line >= 0 ? mark.line + 1 : 0;
        m_result->problem = problem;
        throw LimitPassed();
    }

    YamlScan::Result *m_result;
    qint64 m_documentNodes = 0;
    QList<Frame> m_stack;
    QHash<YAML::anchor_t, qint64> m_anchorNodes;
};

} // namespace

YamlScan::Result YamlScan::scan(const QByteArray &text)
{
    Result result;
    std::istringstream stream(text.toStdString());
    try {
        YAML::Parser parser(stream);
        CountingHandler handler(&result);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const LimitPassed &) {
    } catch (const YAML::Exception &) {
        // A syntax error: loading the text reports it with its line.
    }
    return result;
}
