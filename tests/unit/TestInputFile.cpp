#include "config/InputFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

// Reading an operator's input file: only regular files, never more than the cap, never blocking.
class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsRegularFile();
    void missingFile();
    void directoryRefused();
    void devZeroRefused();
    void fifoRefusedWithoutBlocking();
    void tooLargeRefused();
    void capsOfEachKind();
    void sizeText();

private:
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestInputFile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestInputFile::readsRegularFile()
{
    const QString path = write(QStringLiteral("config.yaml"), "master_list:\n- 10.0.0.1\n");
    QString error;
    const auto content = InputFile::read(path, InputFile::Kind::Config, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(*content, QByteArray("master_list:\n- 10.0.0.1\n"));
    QVERIFY(error.isEmpty());
}

void TestInputFile::missingFile()
{
    QString error;
    QVERIFY(!InputFile::read(m_dir->filePath(QStringLiteral("none.yaml")), InputFile::Kind::Config, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot read the file (No such file or directory)")), qPrintable(error));
}

void TestInputFile::directoryRefused()
{
    QString error;
    QVERIFY(!InputFile::read(m_dir->path(), InputFile::Kind::Config, &error));
    QVERIFY2(error.contains(QLatin1String("a directory, not a file")), qPrintable(error));
}

void TestInputFile::devZeroRefused()
{
#ifdef Q_OS_UNIX
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!InputFile::read(QStringLiteral("/dev/zero"), InputFile::Kind::Config, &error));
    QVERIFY2(error.contains(QLatin1String("a device, not a file")), qPrintable(error));
    QVERIFY(clock.elapsed() < 1000);
#else
    QSKIP("no /dev/zero here");
#endif
}

void TestInputFile::fifoRefusedWithoutBlocking()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir->filePath(QStringLiteral("ids.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QString error;
    // A blocking open would never return: nobody writes to this FIFO.
    QVERIFY(!InputFile::read(path, InputFile::Kind::Ids, &error));
    QVERIFY2(error.contains(QLatin1String("a FIFO (named pipe), not a file")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ids file")), qPrintable(error));
#else
    QSKIP("no FIFOs here");
#endif
}

void TestInputFile::tooLargeRefused()
{
    const QString path = write(QStringLiteral("ids.json"), QByteArray(3600 * 1000, ' '));
    QString error;
    QVERIFY(!InputFile::read(path, InputFile::Kind::Ids, &error));
    QVERIFY2(error.contains(QLatin1String("The file is 3.6 MB, more than the 1 MiB")), qPrintable(error));

    // Exactly the cap is fine; one byte more is not.
    const QString atCap = write(QStringLiteral("cap"), QByteArray(100, 'x'));
    QVERIFY(InputFile::read(atCap, 100, QString(), &error));
    QVERIFY(!InputFile::read(atCap, 99, QString(), &error));
}

void TestInputFile::capsOfEachKind()
{
    QCOMPARE(InputFile::maxBytes(InputFile::Kind::Config), 1024 * 1024);
    QCOMPARE(InputFile::maxBytes(InputFile::Kind::Ids), 1024 * 1024);
    QCOMPARE(InputFile::maxBytes(InputFile::Kind::Journal), 64 * 1024 * 1024);
}

void TestInputFile::sizeText()
{
    QCOMPARE(InputFile::sizeText(1024 * 1024), QStringLiteral("1 MiB"));
    QCOMPARE(InputFile::sizeText(64 * 1024 * 1024), QStringLiteral("64 MiB"));
    QCOMPARE(InputFile::sizeText(3600 * 1000), QStringLiteral("3.6 MB"));
    QCOMPARE(InputFile::sizeText(1500), QStringLiteral("1.5 kB"));
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "TestInputFile.moc"
