#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the application's and Qt's own translations (English source; German, Japanese). The
// language follows the system locale unless the operator names one (--lang de, --lang ja).
class Localization
{
public:
    // Returns the language actually installed ("en" when none matched).
    static QString install(QCoreApplication &app, const QString &language = QString());
    static QStringList availableLanguages(); // always contains "en"
};
