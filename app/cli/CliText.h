#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Text helpers every command shares, so their output and their stdin look the same.
namespace CliText {

// Left-aligned columns, two spaces apart, indented like the rest of the text output.
QString table(const QList<QStringList> &rows);

// One line of stdin without its line ending; false at end of input. One stdin for every
// password and confirmation, read in the order the command asks for them.
bool readStdinLine(QString *line);

// The same for a password: on a terminal, prompt (on stderr) and read with the echo off
// (TerminalEcho); from a pipe or a file, just the next line.
bool readSecretLine(QString *line, const QString &prompt);

} // namespace CliText
