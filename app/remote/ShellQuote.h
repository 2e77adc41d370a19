#pragma once

#include <QString>
#include <QStringList>

// POSIX shell quoting for every argument of a remote command: 'single quotes', with embedded
// quotes written as '\''. A word made only of safe characters is left as it is, for readable logs.
namespace ShellQuote {
QString quote(const QString &word);
QString join(const QStringList &argv);
}
