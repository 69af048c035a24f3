// The shipped translations are whole and current: every message of every translations/*.ts is
// finished and non-empty, and lupdate run over today's sources finds no string the file lacks
// and none it has that the sources dropped.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsCheck {
    int messages = 0;
    int finished = 0;
    QStringList problems; ///< "context: source (unfinished)"
};

/// Reads a .ts file with Qt's XML reader and lists every message that is not finished.
TsCheck checkTs(const QString& path)
{
    TsCheck out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++out.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold <numerusform> children; their text must be non-empty too.
            QString text;
            bool emptyForm = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            const QString what = context + QStringLiteral(": ") + source.left(60);
            if (!type.isEmpty())
                out.problems << what + QStringLiteral(" (%1)").arg(type);
            else if (text.trimmed().isEmpty() || emptyForm)
                out.problems << what + QStringLiteral(" (empty)");
            else
                ++out.finished;
        }
    }
    if (xml.hasError())
        out.problems << QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList shippedTs()
{
    QStringList out;
    QDirIterator it(QStringLiteral(MINEATLAS_SOURCE_DIR "/translations"), {QStringLiteral("*.ts")});
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void shippedFilesAreFinished_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString& ts : shippedTs())
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
    void shippedFilesAreFinished()
    {
        QFETCH(QString, ts);
        const TsCheck check = checkTs(ts);
        qInfo("%s: %d messages, %d finished", qPrintable(QFileInfo(ts).fileName()), check.messages, check.finished);
        QVERIFY2(check.messages > 400, "the file holds far fewer messages than the interface has");
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(check.finished, check.messages);
    }

    void bothLanguagesAreShipped()
    {
        QStringList names;
        for (const QString& ts : shippedTs())
            names << QFileInfo(ts).fileName();
        QCOMPARE(names, QStringList({QStringLiteral("mineatlas_uk.ts"), QStringLiteral("mineatlas_zh_CN.ts")}));
    }

    // lupdate over app/ and lib/ (the same files and options CMake's update_translations uses)
    // into a copy: a string the .ts lacks comes back unfinished, one the sources dropped vanishes
    // (-no-obsolete then removes it, so the counts differ).
    void filesAreCurrent_data() { shippedFilesAreFinished_data(); }
    void filesAreCurrent()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList sources;
        for (const char* sub : {"app", "lib"}) {
            QDirIterator it(QStringLiteral(MINEATLAS_SOURCE_DIR "/") + QLatin1String(sub),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QVERIFY(sources.size() > 50);
        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(MINEATLAS_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-I"), QStringLiteral(MINEATLAS_SOURCE_DIR "/lib/core"),
                       QStringLiteral("-I"), QStringLiteral(MINEATLAS_SOURCE_DIR "/lib/gui"),
                       QStringLiteral("-I"), QStringLiteral(MINEATLAS_SOURCE_DIR "/app"),
                       QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const TsCheck before = checkTs(ts), after = checkTs(copy);
        QVERIFY2(after.problems.isEmpty(),
                 qPrintable(QStringLiteral("strings in the sources that %1 lacks (run the update_translations "
                                           "target and translate them):\n")
                                .arg(QFileInfo(ts).fileName()) +
                            after.problems.mid(0, 20).join(QLatin1Char('\n'))));
        QVERIFY2(after.messages == before.messages,
                 qPrintable(QStringLiteral("%1 has %2 messages the sources no longer have (run update_translations)")
                                .arg(QFileInfo(ts).fileName())
                                .arg(before.messages - after.messages)));
    }

    // The compiled files are embedded: a translator loads each language from the resource.
    void compiledFilesAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Ukrainian") << QStringLiteral("uk");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }
    void compiledFilesAreEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("mineatlas"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.language(), language);
        QVERIFY(!translator.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
