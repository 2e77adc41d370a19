#pragma once

#include <QCoreApplication>
#include <QString>

struct MigrationReport;

// The report as one self-contained HTML page (no scripts, no external files): summary, the run's
// timeline as inline SVG (TimelineModel, the same picture as the Summary page's), checks,
// the data check on the live cluster, operations with timings, quorum-loss windows, env files before and after, each master's
// timeline and the full command log. Everything is escaped.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString render(const MigrationReport &report);

private:
    static QString summary(const MigrationReport &report);
    static QString timelineSvg(const MigrationReport &report);
    static QString checks(const MigrationReport &report);
    static QString data(const MigrationReport &report);
    static QString operations(const MigrationReport &report);
    static QString quorum(const MigrationReport &report);
    static QString restarts(const MigrationReport &report);
    static QString envFiles(const MigrationReport &report);
    static QString timelines(const MigrationReport &report);
    static QString log(const MigrationReport &report);
};
