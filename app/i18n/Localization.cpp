#include "Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const auto kPrefix = QStringLiteral("exhibitor-wizard_");
const auto kResourceDir = QStringLiteral(":/i18n");
}

QStringList Localization::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const auto files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const auto &file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

QString Localization::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("exhibitor-wizard"), QStringLiteral("_"), kResourceDir)) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return QFileInfo(translator->filePath()).completeBaseName().mid(kPrefix.size());
}
