#include "ReportHtml.h"

#include "MigrationReport.h"
#include "TimelineModel.h"

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString time(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

QString row(const QStringList &cells, const QString &cssClass = {})
{
    QString html = cssClass.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cssClass);
    for (const QString &cell : cells)
        html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>\n");
}

QString header(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<th>") + esc(cell) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>\n");
}

} // namespace

QString ReportHtml::render(const MigrationReport &report)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
        "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:1em}"
        "td,th{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}"
        "pre{background:#f4f4f4;padding:6px;overflow-x:auto}.fail td{background:#fdd}"
        ".skip td{color:#777}.warn td{background:#ffc}.pass td:first-child{color:#070}\n</style></head><body>\n")
                       .arg(esc(tr("Exhibitor migration report %1").arg(report.runId)));
    html += summary(report) + timelineSvg(report) + checks(report) + data(report) + report.writeProbe.toHtml() + operations(report) + quorum(report) + restarts(report) +
            envFiles(report) +
            timelines(report) + log(report);
    return html + QStringLiteral("</body></html>\n");
}

QString ReportHtml::summary(const MigrationReport &report)
{
    QString html = QStringLiteral("<h1>%1</h1>\n<table>\n").arg(esc(tr("Exhibitor migration report")));
    const QList<std::pair<QString, QString>> rows{
        {tr("Run"), report.runId},
        {tr("Kind"), report.kind},
        {tr("Outcome"), outcomeKey(report.outcome)},
        {tr("Message"), report.outcomeMessage},
        {tr("Started"), time(report.started)},
        {tr("Finished"), time(report.finished)},
        {tr("Cluster"), report.clusterName},
        {tr("config.yaml"), report.configFile},
        {tr("config.yaml for DC/OS afterwards"), report.configOut},
        {tr("Masters"), report.masters.join(QStringLiteral(", "))},
        {tr("Phase A ensemble"), report.phaseA},
        {tr("Phase B ensemble"), report.phaseB},
        {tr("Phase B"), report.phaseBReason}};
    for (const auto &[key, value] : rows)
        html += row({esc(key), esc(value)});
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::timelineSvg(const MigrationReport &report)
{
    const TimelineModel model = TimelineModel::fromReport(report);
    if (model.isEmpty())
        return QString();
    // ReportExport swaps the <svg> element for a picture in the PDF (QTextDocument draws no SVG):
    // keep it whole inside this div.
    return QStringLiteral("<h2>%1</h2>\n<div class=\"timeline\">\n%2</div>\n<p>%3</p>\n")
        .arg(esc(tr("Timeline")), model.toSvg(), esc(model.summary()));
}

QString ReportHtml::checks(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Checks")));
    html += header({tr("Result"), tr("Master"), tr("Check"), tr("Detail"), tr("Time")});
    for (const CheckResult &check : report.checks) {
        const QString result = check.skipped ? tr("skipped")
                               : check.passed ? (check.warning ? tr("pass, warning") : tr("pass"))
                                              : tr("FAIL");
        html += row({esc(result), esc(check.master), esc(check.title), esc(check.detail), esc(time(check.time))},
                    check.skipped  ? QStringLiteral("skip")
                    : !check.passed ? QStringLiteral("fail")
                    : check.warning ? QStringLiteral("warn")
                                    : QStringLiteral("pass"));
    }
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::data(const MigrationReport &report)
{
    const MigrationReport::DataCheck &data = report.data;
    if (!data.checked)
        return QString();
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n")
                       .arg(esc(tr("Data on a live cluster")),
                            esc(tr("Between the preflight snapshot (zxid 0x%1) and Verify, other clients kept "
                                   "writing: their changes are counted; a znode that went back in time or vanished "
                                   "without a change of its parent fails the check.")
                                    .arg(QString::number(data.snapshotZxid, 16))));
    const QList<std::pair<QString, QString>> rows{
        {tr("znodes in the snapshot"), QString::number(data.snapshotZnodes)},
        {tr("znodes at Verify"), QString::number(data.znodesAfter)},
        {tr("unchanged"), QString::number(data.unchanged)},
        {tr("added by other clients"), QString::number(data.added)},
        {tr("changed by other clients"), QString::number(data.changed)},
        {tr("removed by other clients"), QString::number(data.removed)},
        {tr("went back in time or vanished"), QString::number(data.problems.size())},
        {tr("left out"), data.excluded.join(QStringLiteral(", "))},
        {tr("not compared (no permission to read)"), data.notCompared.join(QStringLiteral(", "))}};
    for (const auto &[key, value] : rows)
        html += row({esc(key), esc(value)});
    html += QStringLiteral("</table>\n");
    if (!data.problems.isEmpty()) {
        html += QStringLiteral("<ul>\n");
        for (const QString &problem : data.problems)
            html += QStringLiteral("<li class=\"fail\">%1</li>\n").arg(esc(problem));
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

QString ReportHtml::operations(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Operations")));
    html += header({tr("#"), tr("Phase"), tr("Operation"), tr("Master"), tr("Started"), tr("Duration (ms)"),
                    tr("Result")});
    for (const auto &record : report.operations) {
        const QString result = record.skipped ? tr("skipped") : record.ok ? tr("done") : tr("FAILED");
        html += row({QString::number(record.index + 1), esc(phaseTitle(record.phase)), esc(record.title),
                     esc(record.master), esc(time(record.started)), QString::number(record.durationMs()),
                     esc(result + (record.message.isEmpty() ? QString() : QStringLiteral(": ") + record.message))},
                    record.ok || record.skipped ? QString() : QStringLiteral("fail"));
    }
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::quorum(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Quorum-loss windows")));
    if (report.quorumWindows.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(tr("The polls never saw the ensemble without quorum.")));
    html += QStringLiteral("<table>\n") + header({tr("Phase"), tr("After the restart of"), tr("From"), tr("To"),
                                                  tr("Duration (ms)")});
    for (const auto &window : report.quorumWindows) {
        html += row({esc(phaseTitle(window.phase)), esc(window.afterRestartOf), esc(time(window.from)),
                     esc(time(window.to)), QString::number(window.durationMs())});
    }
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::restarts(const MigrationReport &report)
{
    if (report.restarts.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n")
                       .arg(esc(tr("Restarts, step by step")),
                            esc(tr("Milliseconds after the restart began; empty where the step was not reached. "
                                   "Exhibitor's REST: when it took the request to start ZooKeeper at once.")));
    html += header({tr("Phase"), tr("Master"), tr("Began"), tr("Unit stopped"), tr("Exhibitor's REST"),
                    tr("ZooKeeper up"), tr("Serving"), tr("Caught up")});
    for (const auto &restart : report.restarts) {
        const auto after = [&restart](const QDateTime &t) {
            return t.isValid() ? QString::number(restart.started.msecsTo(t)) : QString();
        };
        html += row({esc(phaseTitle(restart.phase)), esc(restart.master), esc(time(restart.started)),
                     after(restart.unitStopped), after(restart.restUp), after(restart.zooKeeperUp),
                     after(restart.serving), after(restart.caughtUp)},
                    restart.caughtUp.isValid() ? QString() : QStringLiteral("fail"));
    }
    return html + QStringLiteral("</table>\n");
}

QString ReportHtml::envFiles(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Env files")));
    for (auto it = report.envFiles.cbegin(); it != report.envFiles.cend(); ++it) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(it.key()));
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(tr("before sha256 %1, after sha256 %2, exhibitor.orig sha256 %3")
                                 .arg(it->beforeSha256, it->afterSha256, it->backupSha256)));
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>\n").arg(esc(tr("Before")), esc(QString::fromUtf8(it->before)));
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>\n").arg(esc(tr("After")), esc(QString::fromUtf8(it->after)));
    }
    return html;
}

QString ReportHtml::timelines(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Timeline per master")));
    for (const QString &master : report.masters) {
        html += QStringLiteral("<h3>%1</h3>\n<table>\n").arg(esc(master));
        for (const LogLine &line : report.timeline(master)) {
            if (line.stream == LogStream::Stdout || line.stream == LogStream::Stderr)
                continue; // output is in the log below
            html += row({esc(time(line.time)), esc(logStreamName(line.stream)), esc(line.text)});
        }
        html += QStringLiteral("</table>\n");
    }
    return html;
}

QString ReportHtml::log(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Commands and output")));
    html += header({tr("Time"), tr("Master"), tr("Stream"), tr("Text")});
    for (const LogLine &line : report.log) {
        html += row({esc(time(line.time)), esc(line.master), esc(logStreamName(line.stream)),
                     QStringLiteral("<code>") + esc(line.text) + QStringLiteral("</code>")});
    }
    return html + QStringLiteral("</table>\n");
}
