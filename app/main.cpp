#include <QApplication>
#include <QCommandLineParser>

#include <gdal.h>

#include "data/vectorloader.h"
#include "mainwindow.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MineAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("MineAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINEATLAS_VERSION));
    GDALAllRegister();
    mineatlas::data::configureGdal();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MineAtlas: landmine contamination, borders and the Ottawa treaty."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Layers to open (any GDAL vector or raster file)."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    mineatlas::MainWindow window;
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}
