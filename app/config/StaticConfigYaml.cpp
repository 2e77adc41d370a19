#include "StaticConfigYaml.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace {

const QString kBackendKey = QStringLiteral("exhibitor_storage_backend");

struct TextLine
{
    QByteArray content; // without the line ending
    QByteArray eol;
};

QList<TextLine> splitLines(const QByteArray &text)
{
    QList<TextLine> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        TextLine line;
        if (newline < 0) {
            line.content = text.mid(start);
            start = text.size();
        } else {
            line.content = text.mid(start, newline - start);
            line.eol = "\n";
            start = newline + 1;
        }
        if (line.content.endsWith('\r')) {
            line.content.chop(1);
            line.eol.prepend('\r');
        }
        lines << line;
    }
    return lines;
}

// A top-level "key:" line (plain or quoted simple key), the key's name and where the value starts.
struct KeyLine
{
    QString key;
    qsizetype valueStart = 0;
};

std::optional<KeyLine> topLevelKey(const QByteArray &content)
{
    static const QRegularExpression keyLine(
        QStringLiteral("^([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\1[ \\t]*:(?=[ \\t]|$)"));
    const auto match = keyLine.match(QString::fromUtf8(content));
    if (!match.hasMatch())
        return std::nullopt;
    return KeyLine{match.captured(2), QString::fromUtf8(content).left(match.capturedEnd()).toUtf8().size()};
}

// A line that ends the previous top-level value: anything starting at column 0 except a
// sequence entry ("- x" may sit at column 0 under its key) and blank lines.
bool startsTopLevelItem(const QByteArray &content)
{
    if (content.isEmpty())
        return false;
    const char first = content.front();
    if (content.startsWith("---") || content.startsWith("..."))
        return true;
    return first != ' ' && first != '\t' && first != '-';
}

bool isBlankLine(const QByteArray &content)
{
    return content.trimmed().isEmpty();
}

// "key: zookeeper  # note" -> "key: static  # note", keeping quotes and the comment.
QByteArray withStaticValue(const QByteArray &content, qsizetype valueStart)
{
    qsizetype start = valueStart;
    while (start < content.size() && (content.at(start) == ' ' || content.at(start) == '\t'))
        ++start;
    if (start >= content.size() || content.at(start) == '#')
        return content.left(valueStart) + " static" + (start < content.size() ? ' ' + content.mid(start) : QByteArray());

    const char quote = content.at(start);
    qsizetype end = start;
    if (quote == '\'' || quote == '"') {
        const qsizetype close = content.indexOf(quote, start + 1);
        end = close < 0 ? content.size() : close + 1;
        return content.left(start) + quote + "static" + quote + content.mid(end);
    }
    const qsizetype comment = content.indexOf(" #", start);
    end = comment < 0 ? content.size() : comment;
    while (end > start && (content.at(end - 1) == ' ' || content.at(end - 1) == '\t'))
        --end;
    return content.left(start) + "static" + content.mid(end);
}

bool sameNode(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type() || a.Tag() != b.Tag())
        return false;
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (!sameNode(a[i], b[i]))
                return false;
        }
        return true;
    case YAML::NodeType::Map: {
        if (a.size() != b.size())
            return false;
        auto ia = a.begin();
        auto ib = b.begin();
        for (; ia != a.end(); ++ia, ++ib) {
            if (!sameNode(ia->first, ib->first) || !sameNode(ia->second, ib->second))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

// yaml-cpp throws when asked the type of a key that is not there; this does not.
std::optional<QString> scalarAt(const YAML::Node &map, const std::string &key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    return QString::fromStdString(node.Scalar());
}

std::optional<YAML::Node> load(const QByteArray &text)
{
    try {
        auto root = YAML::Load(text.toStdString());
        if (root.IsMap())
            return root;
    } catch (const YAML::Exception &) {
    }
    return std::nullopt;
}

} // namespace

QStringList StaticConfigYaml::backendKeys(const QString &backend)
{
    if (backend == QLatin1String("zookeeper"))
        return {QStringLiteral("exhibitor_zk_hosts"), QStringLiteral("exhibitor_zk_path")};
    if (backend == QLatin1String("aws_s3"))
        return {QStringLiteral("aws_region"), QStringLiteral("s3_bucket"), QStringLiteral("s3_prefix")};
    if (backend == QLatin1String("azure"))
        return {QStringLiteral("exhibitor_azure_account_name"), QStringLiteral("exhibitor_azure_account_key"),
                QStringLiteral("exhibitor_azure_prefix")};
    if (backend == QLatin1String("shared_filesystem"))
        return {QStringLiteral("exhibitor_fs_config_dir")};
    return {};
}

QByteArray StaticConfigYaml::render(const QByteArray &originalYaml, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };

    const auto loadedBefore = load(originalYaml);
    if (!loadedBefore)
        return fail(tr("The file is not a YAML mapping that yaml-cpp can read."));
    // Const nodes: yaml-cpp's non-const operator[] may add the key it looks up.
    const YAML::Node before = *loadedBefore;
    const std::string backendKey = kBackendKey.toStdString();
    const QString backend = scalarAt(before, backendKey).value_or(QString());
    const QStringList removed = backendKeys(backend);
    const QSet<QString> removedSet(removed.cbegin(), removed.cend());

    const auto lines = splitLines(originalYaml);
    QByteArray out;
    bool backendWritten = false;
    for (qsizetype i = 0; i < lines.size();) {
        const auto key = topLevelKey(lines.at(i).content);
        const bool dropped = key && removedSet.contains(key->key);
        const bool isBackend = key && key->key == kBackendKey && !backendWritten;
        if (!dropped && !isBackend) {
            out += lines.at(i).content + lines.at(i).eol;
            ++i;
            continue;
        }

        // The entry's value runs to the next top-level item; blank lines at its end separate
        // entries and stay.
        qsizetype end = i + 1;
        while (end < lines.size() && !startsTopLevelItem(lines.at(end).content))
            ++end;
        qsizetype valueEnd = end;
        while (valueEnd > i + 1 && isBlankLine(lines.at(valueEnd - 1).content))
            --valueEnd;

        if (isBackend) {
            out += withStaticValue(lines.at(i).content, key->valueStart) + lines.at(i).eol;
            backendWritten = true;
        }
        for (qsizetype j = valueEnd; j < end; ++j)
            out += lines.at(j).content + lines.at(j).eol;
        i = end;
    }
    if (!backendWritten) {
        const QByteArray eol = lines.isEmpty() || lines.constFirst().eol.isEmpty() ? QByteArray("\n")
                                                                                   : lines.constFirst().eol;
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += eol;
        out += kBackendKey.toUtf8() + ": static" + eol;
    }

    // Prove it: the same keys with the same values, except the ones meant to change.
    const auto loadedAfter = load(out);
    if (!loadedAfter)
        return fail(tr("Rewriting it did not give valid YAML."));
    const YAML::Node after = *loadedAfter;
    if (scalarAt(after, backendKey) != QStringLiteral("static"))
        return fail(tr("Rewriting it did not set %1 to static.").arg(kBackendKey));
    size_t kept = 0;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QString name = QString::fromStdString(it->first.Scalar());
        if (name == kBackendKey)
            continue;
        const YAML::Node value = after[it->first.Scalar()];
        if (removedSet.contains(name)) {
            if (value.IsDefined())
                return fail(tr("Rewriting it did not remove %1.").arg(name));
            continue;
        }
        if (!value.IsDefined() || !sameNode(it->second, value))
            return fail(tr("Rewriting it changed %1, which must stay as it is.").arg(name));
        ++kept;
    }
    if (after.size() != kept + 1)
        return fail(tr("Rewriting it added keys."));
    return out;
}
