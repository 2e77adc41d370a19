#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// A reader for java.util.Properties text, as Properties.store() writes it and Properties.load()
// reads it: ISO-8859-1 with \uXXXX escapes, '#'/'!' comments, "key=value", "key:value" or
// "key value", backslash line continuations, and escapes such as "\:" (which store() puts before
// every ':' and '=' — Exhibitor's servers spec "1:10.0.0.1" is stored as "1\:10.0.0.1").
class JavaProperties
{
public:
    static JavaProperties parse(const QByteArray &text);

    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key, const QString &defaultValue = QString()) const
    {
        return m_values.value(key, defaultValue);
    }
    QStringList keys() const { return m_values.keys(); }
    int size() const { return int(m_values.size()); }

    // Java's unescaping of one key or value ("\:" -> ":", "\t" -> tab, "\u00e9" -> e-acute).
    static QString unescape(const QString &escaped);

private:
    QMap<QString, QString> m_values;
};
