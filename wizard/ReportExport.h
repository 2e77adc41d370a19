#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

// Copies a run's report (report.html from MigrationReport::write) to where the operator wants
// it: as HTML, or as PDF laid out by QTextDocument on a QPdfWriter, with the run's timeline as a
// picture in place of the HTML's inline SVG (QTextDocument draws no SVG). Both run on Qt's thread
// pool: a long log makes a PDF of many pages, and the wizard must stay responsive meanwhile.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Html, Pdf };

    struct Result
    {
        bool ok = false;
        QString error; // translated; empty when ok
    };

    // Pdf for a target ending in .pdf (any case), Html otherwise.
    static Format formatFor(const QString &target);

    // Blocking; what exportReport() runs off the GUI thread.
    static Result write(const QString &reportHtml, const QString &target, Format format);

    // Calls done on context's thread once written; never synchronously, never after context died.
    static void exportReport(QObject *context, const QString &reportHtml, const QString &target,
                             Format format, std::function<void(const Result &)> done);
};
