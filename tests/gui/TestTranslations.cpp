// Every .ts file in translations/ (German, Japanese, ...) is compiled into the programs, complete
// and in step with the sources: no unfinished, empty or vanished entry, as many plural forms as
// the language has, placeholders and mnemonics kept, and running lupdate now would neither add
// nor remove a string. When this fails after a source change: run
//     cmake --build <build dir> --target update_translations
// then translate the new entries (Qt Linguist, or by hand) and commit the .ts files.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<Message> readTs(const QString &path, QString *error, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            if (language)
                *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!message.context.isNull())
                messages << message;
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    if (!message.context.isNull())
        messages << message;
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// How many plural forms lupdate writes for a language ("ja_JP"), following Qt's numerus rules:
// one where nouns have no grammatical number (Japanese, Chinese, Korean, ...), else two or more
// (0 here: "at least two").
int pluralForms(const QString &language)
{
    static const QStringList oneForm{QStringLiteral("ja"), QStringLiteral("zh"), QStringLiteral("ko"),
                                     QStringLiteral("vi"), QStringLiteral("th"), QStringLiteral("id"),
                                     QStringLiteral("ms")};
    return oneForm.contains(language.section(QLatin1Char('_'), 0, 0)) ? 1 : 0;
}

// %1..%99 and %n, sorted: a translation must use exactly the source's.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[0-9]{1,2})"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// A single '&' before a letter marks a mnemonic; "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)\\w"));
    return int(text.count(pattern));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
    return QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void inStepWithSources_data();
    void inStepWithSources();

private:
    static void addTsFiles();
};

void TestTranslations::addTsFiles()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(EMW_SOURCE_DIR "/translations"));
    const auto files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no .ts file in translations/");
    for (const auto &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::complete_data()
{
    addTsFiles();
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QString error;
    QString language;
    const auto messages = readTs(path, &error, &language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    // exhibitor-wizard_ja.ts: the language attribute matches the name, and the file is one of
    // qt_add_translations' TS_FILES (else it would never reach the programs).
    const QString fileName = QFileInfo(path).fileName();
    const QString code = fileName.section(QLatin1Char('_'), 1).chopped(3);
    QVERIFY2(language == code || language.startsWith(code + QLatin1Char('_')),
             qPrintable(QStringLiteral("%1 declares language \"%2\"").arg(fileName, language)));
    QFile cmakeLists(QFileInfo(path).dir().filePath(QStringLiteral("CMakeLists.txt")));
    QVERIFY(cmakeLists.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(cmakeLists.readAll()).contains(fileName),
             qPrintable(fileName + QStringLiteral(" is not listed in translations/CMakeLists.txt")));
    const int forms = pluralForms(language);

    QStringList problems;
    for (const auto &message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(message.where(), message.type);
            continue;
        }
        if (message.numerus && forms == 0 && message.translations.size() < 2)
            problems << QStringLiteral("%1 lacks its plural forms").arg(message.where());
        else if (message.numerus && forms > 0 && message.translations.size() != forms)
            problems << QStringLiteral("%1 has %2 plural forms, %3 has %4")
                            .arg(message.where())
                            .arg(message.translations.size())
                            .arg(language)
                            .arg(forms);
        for (const auto &translation : message.translations) {
            if (translation.isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(message.where());
            } else if (placeholders(translation) != placeholders(message.source)
                       // A singular form may spell the number out instead of using %n; a
                       // language's only form may not.
                       && !(message.numerus && forms != 1
                            && placeholders(translation + QStringLiteral("%n")) == placeholders(message.source))) {
                problems << QStringLiteral("%1: the placeholders differ in \"%2\"").arg(message.where(), translation);
            } else if (mnemonics(translation) != mnemonics(message.source)) {
                problems << QStringLiteral("%1: the mnemonic (&) is missing or doubled in \"%2\"")
                                .arg(message.where(), translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::inStepWithSources_data()
{
    addTsFiles();
}

void TestTranslations::inStepWithSources()
{
    QFETCH(QString, path);
    // The lupdate target's own project description (written by qt_add_translations at configure
    // time), so this sees exactly the sources the build would.
    const QString projectDescription = QStringLiteral(EMW_LUPDATE_PROJECT);
    QVERIFY2(QFile::exists(projectDescription), qPrintable(projectDescription));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("project.json"));
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QString failure = run(QStringLiteral(EMW_CMAKE_COMMAND),
                          {QStringLiteral("-DIN_FILE=") + projectDescription, QStringLiteral("-DOUT_FILE=") + project,
                           QStringLiteral("-P"), QStringLiteral(EMW_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = run(QStringLiteral(EMW_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-ts"), copy, QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QString error;
    const auto committed = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> committedKeys;
    for (const auto &message : committed)
        committedKeys << message.key();
    QSet<QString> updatedKeys;
    QStringList problems;
    for (const auto &message : updated) {
        updatedKeys << message.key();
        if (!committedKeys.contains(message.key()))
            problems << QStringLiteral("new in the sources, missing from the .ts: %1").arg(message.where());
    }
    for (const auto &message : committed) {
        if (!updatedKeys.contains(message.key()))
            problems << QStringLiteral("no longer in the sources, still in the .ts: %1").arg(message.where());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n%1\nRun: cmake --build %2 --target update_translations, then translate.")
                            .arg(problems.join(QLatin1Char('\n')), QStringLiteral(EMW_BINARY_DIR))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
