#include "ReportExport.h"

#include "OffGuiThread.h"
#include "migration/PrivateFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReportExport::tr("Cannot read the report %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}
} // namespace

ReportExport::Format ReportExport::formatFor(const QString &target)
{
    return target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? Format::Pdf : Format::Html;
}

ReportExport::Result ReportExport::write(const QString &reportHtml, const QString &target, Format format)
{
    Result result;
    const QByteArray html = readFile(reportHtml, &result.error);
    if (!result.error.isEmpty())
        return result;

    // Rendered in memory, then PrivateFile: a failed export never leaves half a report where an
    // older one was, and the report (the run's log, the masters' env files) stays the operator's.
    QByteArray content;
    if (format == Format::Html) {
        content = html;
    } else {
        QBuffer out(&content);
        out.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&out);
        pdf.setTitle(tr("Exhibitor migration report"));
        pdf.setCreator(QStringLiteral("Exhibitor Migration Wizard"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(QString::fromUtf8(html));
        document.print(&pdf);
    }
    if (!PrivateFile::write(target, content, &result.error))
        return result;
    result.ok = true;
    return result;
}

void ReportExport::exportReport(QObject *context, const QString &reportHtml, const QString &target,
                                Format format, std::function<void(const Result &)> done)
{
    runOffGuiThread(
        context, [reportHtml, target, format] { return write(reportHtml, target, format); },
        [done = std::move(done)](const Result &result) { done(result); });
}
