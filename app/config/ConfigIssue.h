#pragma once

#include <QList>
#include <QString>

// One problem found in an input file. Every problem names where it is and what to do about it,
// because the operator reading it is about to touch a production ensemble.
struct ConfigIssue
{
    QString file;    // path as the operator gave it
    int line = 0;    // 1-based; 0 when the problem has no single line (e.g. a missing key)
    QString key;     // config key or master IP the problem is about; may be empty
    QString message; // translated, says what is wrong and what to do

    // "config.yaml:12: master_list: '10.0.0.300' is not an IPv4 address. ..."
    QString toString() const;
    // "config.yaml:40: warning: ...", as compilers print warnings.
    QString toWarningString() const;

private:
    QString format(const QString &severity) const;
};

using ConfigIssues = QList<ConfigIssue>;
