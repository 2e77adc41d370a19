#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

// Records every Qt log message of the test process, debug included, so a test can prove that
// no secret reaches a log. QtKeychain, Qt D-Bus and our code all log through this handler;
// libsecret's own GLib messages do not, but libsecret never logs secrets.
class LogRecorder
{
public:
    static void install()
    {
        // Every category at every level: a secret leaking at debug level still counts.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_previous = qInstallMessageHandler(&LogRecorder::record);
    }

    // Before the test ends: Qt's own shutdown would otherwise print debug chatter.
    static void uninstall()
    {
        qInstallMessageHandler(s_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

    // Messages containing needle, for the failure report.
    static QStringList messagesContaining(const QString &needle)
    {
        return messages().filter(needle, Qt::CaseInsensitive);
    }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            // The Qt D-Bus thread logs too.
            QMutexLocker lock(&s_mutex);
            s_messages.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                              + message);
        }
        // Qt Test's own handler counts warnings and honours QTest::ignoreMessage; debug chatter
        // from every category would drown the test output, so it is only recorded.
        if (type != QtDebugMsg && s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};
