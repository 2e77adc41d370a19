#include "ReportExport.h"

#include "OffGuiThread.h"
#include "TimelineView.h"
#include "migration/MigrationReport.h"
#include "migration/TimelineModel.h"
#include "migration/PrivateFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

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

// QTextDocument draws no SVG: for the PDF the timeline's <svg> (ReportHtml) becomes a picture
// painted by TimelineView from the same model, read from the report.json beside the HTML. Without
// that file the SVG is dropped and the words below it stay.
QString withTimelinePicture(const QString &html, const QString &reportHtml, QTextDocument *document)
{
    const QString open = QStringLiteral("<div class=\"timeline\">");
    const qsizetype start = html.indexOf(open);
    const qsizetype end = start < 0 ? -1 : html.indexOf(QLatin1String("</svg>"), start);
    if (start < 0 || end < 0)
        return html;
    QFile json(QFileInfo(reportHtml).dir().filePath(QStringLiteral("report.json")));
    QString picture;
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        TimelineModel model = TimelineModel::fromReport(MigrationReport::fromJson(object));
        if (!model.isEmpty()) {
            constexpr int width = 660; // fits A4 within the margins at the document's 96 dpi
            QFont font;
            font.setPixelSize(11);
            const QImage image = TimelineView::render(model, font, width, 3.0);
            const QUrl name(QStringLiteral("emw-timeline.png"));
            document->addResource(QTextDocument::ImageResource, name, image);
            picture = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                          .arg(name.toString())
                          .arg(width)
                          .arg(int(image.height() / 3.0));
        }
    }
    return html.left(start + open.size()) + picture + html.mid(end + QLatin1String("</svg>").size());
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
        document.setHtml(withTimelinePicture(QString::fromUtf8(html), reportHtml, &document));
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
