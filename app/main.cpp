#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

#include <gdal.h>

#include "data/vectorloader.h"
#include "dialogs.h"
#include "language.h"
#include "mainwindow.h"
#include "projectactions.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MineAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("MineAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINEATLAS_VERSION));
    GDALAllRegister();
    mineatlas::data::configureGdal();
    mineatlas::applyLanguage(QSettings().value(QLatin1String(mineatlas::kLanguageKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "MineAtlas: landmine contamination, borders and the Ottawa treaty."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "Layers to open (any GDAL vector or raster file), or one MineAtlas "
                                                                    "project (.mineatlas)."),
                                 QStringLiteral("[FILE...]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window once loaded, then quit."),
                                  QStringLiteral("PNG"));
    QCommandLineOption view(QStringLiteral("view"),
                            QCoreApplication::translate("main", "With --screenshot: show this lon/lat box."),
                            QStringLiteral("LONMIN,LATMIN,LONMAX,LATMAX"));
    QCommandLineOption identify(QStringLiteral("identify"),
                                QCoreApplication::translate("main", "With --screenshot: identify here."),
                                QStringLiteral("LON,LAT"));
    QCommandLineOption date(QStringLiteral("date"), QCoreApplication::translate("main", "Show treaty status as of this date."),
                            QStringLiteral("YYYY-MM-DD"));
    QCommandLineOption edit(
        QStringLiteral("edit"),
        QCoreApplication::translate("main", "With --screenshot: start editing the top layer (a hazard layer), so "
                                            "--identify opens an area in the form."));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QCoreApplication::translate("main", "Interface language for this run: en, uk or zh_CN "
                                                                "(default: the Preferences choice, else the system's)."),
                            QStringLiteral("LANG"));
    parser.addOptions({screenshot, view, identify, date, edit, lang});
    parser.process(app);
    if (parser.isSet(lang)) {
        if (!mineatlas::interfaceLanguages().contains(parser.value(lang))) {
            std::fprintf(stderr, "mineatlas: --lang must be one of %s\n",
                         qPrintable(mineatlas::interfaceLanguages().join(QStringLiteral(", "))));
            return 2;
        }
        mineatlas::applyLanguage(parser.value(lang));
    }
    auto numbers = [](const QString& text) {
        QList<double> out;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.toDouble();
        return out;
    };

    // A scripted run has nobody to answer questions: it takes every default.
    std::unique_ptr<mineatlas::gui::Dialogs> dialogs;
    if (parser.isSet(screenshot))
        dialogs = std::make_unique<mineatlas::gui::UnattendedDialogs>();
    // A first start: nothing saved yet (read before the window saves anything).
    const bool firstStart = QSettings().allKeys().isEmpty();
    mineatlas::MainWindow window(std::move(dialogs));
    window.show();
    if (parser.isSet(date)) {
        const QDate d = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!d.isValid()) {
            std::fprintf(stderr, "mineatlas: --date must be YYYY-MM-DD\n");
            return 2;
        }
        window.setDate(d);
    }
    if (parser.isSet(screenshot)) {
        const QList<double> v = numbers(parser.value(view)), p = numbers(parser.value(identify));
        QList<double> w = v;
        if (w.size() == 4 && w[2] < w[0])
            w[2] += 360; // LONMIN > LONMAX: the box crosses the antimeridian
        const QRectF box = w.size() == 4 ? QRectF(QPointF(w[0], w[3]), QPointF(w[2], w[1])) : QRectF();
        window.screenshotWhenReady(parser.value(screenshot), box,
                                   p.size() == 2 ? QPointF(p[0], p[1]) : QPointF(), parser.isSet(edit));
    }
    QStringList paths = parser.positionalArguments();
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".mineatlas"), Qt::CaseInsensitive))
        window.projectActions().openProject(paths.takeFirst());
    else if (firstStart && paths.isEmpty() && !parser.isSet(screenshot))
        window.projectActions().offerSampleProject();
    window.openPaths(paths);
    return app.exec();
}
