#include <QRegularExpression>
#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <gdal.h>
#include <ogrsf_frmts.h>
#include <proj.h>

#include <QImageReader>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include "data/vectorloader.h"
#include "export/layoutcontent.h"
#include "export/layoutsettings.h"
#include "export/pagewriter.h"
#include "export/pngwriter.h"
#include "hazard/statistics.h"
#include "project/layerfactory.h"
#include "project/project.h"
#include "treaty/treatytable.h"

using namespace mineatlas;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// lon/lat → Web Mercator, here (not MineAtlas's transforms).
QPointF merc(double lon, double lat)
{
    return {6378137.0 * lon * M_PI / 180, 6378137.0 * std::log(std::tan(M_PI / 4 + lat * M_PI / 360))};
}

/// The nearest "round" scale-bar length (1, 2 or 5 × 10ⁿ m) to `metres`.
double nearestRound(double metres)
{
    double best = 0;
    for (int e = 0; e < 8; ++e)
        for (double step : {1.0, 2.0, 5.0}) {
            const double v = step * std::pow(10.0, e);
            if (best == 0 || std::abs(std::log(v / metres)) < std::abs(std::log(best / metres)))
                best = v;
        }
    return best;
}

} // namespace

/// Map pages and briefs: written as PDF, SVG and PNG and read back with poppler, QtSvg and Qt's
/// PNG reader; the legend, date and sources are on the page; the treaty colours are where the
/// countries are; the scale bar and the north arrow agree with GeographicLib and PROJ.
class TestExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;

    void loadInto(project::Project& p, const QString& path)
    {
        static auto table = treaty::TreatyTable::loadBuiltIn().value();
        auto data = data::loadVectorLayer(path, {}, p.crs());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        auto countries = project::detectCountries(*data->store, *table);
        p.addLayer(project::makeVectorLayer(path, data.value(), p.layerCount(), {table, {}}, countries));
    }
    exporting::LayoutSettings baltic()
    {
        exporting::LayoutSettings s;
        s.title = QStringLiteral("Mine Ban Treaty status — Baltic states and Poland");
        s.subtitle = QStringLiteral("Test page");
        s.page = QPageSize::A4;
        s.landscape = true;
        s.dpi = 150;
        return s;
    }
    MapRect balticView() const
    {
        const QPointF a = merc(13, 48.5), b = merc(29, 60);
        return MapRect::fromCorners(a.x(), a.y(), b.x(), b.y());
    }
    Result<exporting::LayoutContent> content(const exporting::LayoutSettings& s, const MapRect& view)
    {
        return exporting::buildLayoutContent(*m_project, view, s);
    }
    QString write(const QString& name, const exporting::LayoutSettings& s, const MapRect& view)
    {
        auto c = content(s, view);
        if (!c)
            return QStringLiteral("<%1>").arg(c.error());
        std::atomic<bool> cancel{false};
        const QString path = m_dir.filePath(name);
        auto written = exporting::writePage(path, s, c.value(), cancel);
        return written ? path : QStringLiteral("<%1>").arg(written.error());
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        m_project = std::make_unique<project::Project>();
        m_project->setDate(QDate(2026, 3, 1));
        loadInto(*m_project, QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"));
        loadInto(*m_project, QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg"));
        QCOMPARE(m_project->layerCount(), 2);
    }

    void pdfHoldsTheTextAndTheColours()
    {
        const auto s = baltic();
        const QString pdf = write("map.pdf", s, balticView());
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
        const QString text = run("pdftotext", {"-layout", pdf, "-"});
        for (const char* needle : {"Mine Ban Treaty status — Baltic states and Poland", "Legend", "State Party",
                                   "Withdrawn", "Never joined", "1 March 2026", "Natural Earth", "public domain",
                                   "SYNTHETIC"})
            QVERIFY2(text.contains(QString::fromUtf8(needle)), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(needle, text)));
        // Withdrawn (5) on 1 March 2026: Estonia, Latvia, Lithuania, Poland and Finland (its south
        // coast reaches into the frame); not the whole table's count.
        QVERIFY2(text.contains("Withdrawn (5)"), qPrintable(text));
        // The page rendered by poppler: the treaty colours at the countries' centres.
        QVERIFY(run("pdftoppm", {"-r", "72", "-png", "-singlefile", pdf, m_dir.filePath("map-pdf")}).isEmpty());
        const QImage page(m_dir.filePath("map-pdf.png"));
        QVERIFY(!page.isNull());
        auto c = content(s, balticView());
        const exporting::LayoutGeometry g = exporting::layoutGeometry(s);
        auto pixelOf = [&](double lon, double lat) {
            const QPointF m = merc(lon, lat);
            const MapRect& e = c->map.extent;
            const double px = 72 / 25.4;
            return QPoint(static_cast<int>((g.map.left() + (m.x() - e.xMin) / e.width() * g.map.width()) * px),
                          static_cast<int>((g.map.top() + (e.yMax - m.y()) / e.height() * g.map.height()) * px));
        };
        // Documented legend colours (resources/treaty/README.md): withdrawn #AA3377, party #4477AA.
        QCOMPARE(page.pixelColor(pixelOf(22.0, 51.2)), QColor(0xAA, 0x33, 0x77)); // Poland (east of its label)
        QCOMPARE(page.pixelColor(pixelOf(13.6, 51.5)), QColor(0x44, 0x77, 0xAA)); // Germany (Saxony)
        int coloured = 0; // the map region is not blank
        for (int y = 0; y < page.height(); y += 5)
            for (int x = 0; x < page.width(); x += 5)
                coloured += page.pixelColor(x, y) == QColor(0xAA, 0x33, 0x77) || page.pixelColor(x, y) == QColor(0x44, 0x77, 0xAA);
        QVERIFY(coloured > 500);
    }

    void svgParsesAndHoldsTheLegend()
    {
        const QString svg = write("map.svg", baltic(), balticView());
        QVERIFY2(QFileInfo::exists(svg), qPrintable(svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        QVERIFY(!xml.hasError());
        QVERIFY2(text.contains("Withdrawn") && text.contains("Legend") && text.contains("1 March 2026"), qPrintable(text.left(500)));
    }

    void pngHasThePagesPixels_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<int>("dpi");
        QTest::newRow("A4 landscape 150 dpi") << int(QPageSize::A4) << true << 150;
        QTest::newRow("Letter portrait 96 dpi") << int(QPageSize::Letter) << false << 96;
        QTest::newRow("A3 portrait 600 dpi") << int(QPageSize::A3) << false << 600;
    }
    void pngHasThePagesPixels()
    {
        QFETCH(int, page);
        QFETCH(bool, landscape);
        QFETCH(int, dpi);
        auto s = baltic();
        s.page = QPageSize::PageSizeId(page);
        s.landscape = landscape;
        s.dpi = dpi;
        const QString png = write(QStringLiteral("map-%1-%2.png").arg(page).arg(dpi), s, balticView());
        QImageReader::setAllocationLimit(0); // an A3 page at 600 dpi is 280 MB of pixels
        const QImage img(png);
        QVERIFY2(!img.isNull(), qPrintable(png));
        QSizeF mm = QPageSize(s.page).size(QPageSize::Millimeter);
        if (landscape)
            mm.transpose();
        QCOMPARE(img.width(), qRound(mm.width() / 25.4 * dpi));
        QCOMPARE(img.height(), qRound(mm.height() / 25.4 * dpi));
        QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), dpi);
    }

    void pngWriterRoundTrips()
    {
        QImage img(317, 211, QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                img.setPixel(x, y, qRgb((x * 7) & 255, (y * 13) & 255, (x ^ y) & 255));
        const QString path = m_dir.filePath("roundtrip.png");
        QVERIFY(exporting::writePng(img, path, 300).ok());
        const QImage back = QImage(path).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(back.size(), img.size());
        QCOMPARE(back, img);
    }

    void scaleBarMatchesTheGroundAt0And60Degrees_data()
    {
        QTest::addColumn<double>("lat");
        QTest::newRow("equator") << 0.0;
        QTest::newRow("60°N") << 60.0;
    }
    void scaleBarMatchesTheGroundAt0And60Degrees()
    {
        QFETCH(double, lat);
        // A frame ~400 km across at this latitude over plain sea (only a far-away layer is open),
        // on a page without legend to keep it simple.
        project::Project sea;
        loadInto(sea, QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg"));
        auto s = baltic();
        s.legend = false;
        s.dpi = 200;
        const QPointF a = merc(-30, lat - 2), b = merc(-24, lat + 2);
        const MapRect view = MapRect::fromCorners(a.x(), a.y(), b.x(), b.y());
        auto c = exporting::buildLayoutContent(sea, view, s);
        QVERIFY(c.ok());
        std::atomic<bool> cancel{false};
        const QString png = m_dir.filePath(QStringLiteral("scale-%1.png").arg(lat));
        QVERIFY(exporting::writePage(png, s, c.value(), cancel).ok());
        const QImage img(png);
        QVERIFY2(!img.isNull(), qPrintable(png));
        const exporting::LayoutGeometry g = exporting::layoutGeometry(s);
        const double pxPerMm = s.dpi / 25.4;
        // The bar: dark and white segments, each outlined, on a white box in the frame's
        // bottom-left corner. Its top edge is one unbroken dark line as long as the bar: the
        // longest dark run on the rows around it.
        const double topMm = g.map.bottom() - 4 - 3.5;
        const int x0 = static_cast<int>((g.map.left() + 4) * pxPerMm), x1 = static_cast<int>(g.map.center().x() * pxPerMm);
        int first = -1, last = -1;
        for (int row = static_cast<int>(topMm * pxPerMm) - 2; row <= static_cast<int>(topMm * pxPerMm) + 2; ++row) {
            int runStart = -1;
            for (int x = x0; x <= x1; ++x) {
                const bool dark = x < x1 && qGray(img.pixel(x, row)) < 128;
                if (dark && runStart < 0)
                    runStart = x;
                if (!dark && runStart >= 0) {
                    if (x - 1 - runStart > last - first) {
                        first = runStart;
                        last = x - 1;
                    }
                    runStart = -1;
                }
            }
        }
        QVERIFY2(first > 0 && last > first, "no scale bar found");
        // Its length on the ground at the frame's centre, by GeographicLib (inverse Mercator here).
        const MapRect& e = c->map.extent;
        const double mapUnitsPerPx = e.width() / (g.map.width() * pxPerMm);
        const double y = e.centerY();
        const double latC = (2 * std::atan(std::exp(y / 6378137.0)) - M_PI / 2) * 180 / M_PI;
        const double lonA = (e.centerX() - 50 * mapUnitsPerPx) / 6378137.0 * 180 / M_PI;
        const double lonB = (e.centerX() + 50 * mapUnitsPerPx) / 6378137.0 * 180 / M_PI;
        double metres100 = 0;
        GeographicLib::Geodesic::WGS84().Inverse(latC, lonA, latC, lonB, metres100);
        const double drawn = (last - first + 1) * metres100 / 100;
        const double round = nearestRound(drawn);
        QVERIFY2(std::abs(drawn / round - 1) < 0.01,
                 qPrintable(QStringLiteral("drawn %1 m, nearest round length %2 m").arg(drawn).arg(round)));
    }

    void northArrowFollowsTheMeridianConvergenceInLaeaEurope()
    {
        project::Project laea;
        QVERIFY(laea.setCrs(geo::Crs::fromUserString("EPSG:3035").value()).ok());
        loadInto(laea, QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"));
        PJ_CONTEXT* ctx = proj_context_create();
        PJ* crs = proj_create(ctx, "EPSG:3035");
        // The projection itself, from the CRS's own PROJ string (LAEA with its parameters): its
        // factors take lon/lat in radians. (PROJ 9.1 reads them differently for the CRS object.)
        QString projString = QString::fromUtf8(proj_as_proj_string(ctx, crs, PJ_PROJ_5, nullptr));
        projString.remove(QStringLiteral("+type=crs"));
        PJ* conversion = proj_create(ctx, projString.toUtf8().constData());
        QVERIFY2(conversion, qPrintable(projString));
        for (auto [lon, lat] : {std::pair{30.0, 60.0}, {-10.0, 40.0}, {10.0, 52.0}}) {
            const auto centre = laea.coordinates().toMap({lon, lat});
            QVERIFY(centre);
            const MapRect view{centre->x() - 2e5, centre->y() - 2e5, centre->x() + 2e5, centre->y() + 2e5};
            auto c = exporting::buildLayoutContent(laea, view, baltic());
            QVERIFY(c.ok());
            const QPointF frameCentre = laea.coordinates().toLonLat({c->map.extent.centerX(), c->map.extent.centerY()}).value();
            const PJ_FACTORS f =
                proj_factors(conversion, proj_coord(proj_torad(frameCentre.x()), proj_torad(frameCentre.y()), 0, 0));
            const double convergence = proj_todeg(f.meridian_convergence);
            // PROJ's convergence is the angle from true north to grid north; the arrow turns from
            // the map's up to true north: the same angle, the other way round.
            QVERIFY2(std::abs(c->northAngle + convergence) < 0.5,
                     qPrintable(QStringLiteral("at %1,%2: arrow %3°, PROJ %4°").arg(lon).arg(lat).arg(c->northAngle).arg(convergence)));
            if (lon > 15)
                QVERIFY(c->northAngle < -5); // east of the centre of the projection north leans left
        }
        proj_destroy(conversion);
        proj_destroy(crs);
        proj_context_destroy(ctx);
    }

    void briefStatisticsAreGeodesicSums()
    {
        const QString hazards = QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg");
        auto stats = hazard::statisticsOf(hazards, "hazard_areas", {}, QDate(2026, 12, 1));
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        // Independently: every polygon as OGR reads it, measured by GeographicLib here.
        GDALDatasetUniquePtr ds(GDALDataset::Open(hazards.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* layer = ds->GetLayer(0);
        double total = 0, remaining = 0, cha = 0;
        int count = 0;
        for (auto& f : *layer) {
            ++count;
            remaining += f->GetFieldAsDouble("remaining_area_m2");
            const OGRMultiPolygon* multi = f->GetGeometryRef()->toMultiPolygon();
            double area = 0;
            for (const OGRPolygon* p : *multi) {
                bool exterior = true;
                for (const OGRLinearRing* r : *p) {
                    GeographicLib::PolygonArea pa(GeographicLib::Geodesic::WGS84());
                    for (int i = 0; i + 1 < r->getNumPoints(); ++i)
                        pa.AddPoint(r->getY(i), r->getX(i));
                    double perimeter = 0, a = 0;
                    pa.Compute(false, true, perimeter, a);
                    area += (exterior ? 1 : -1) * std::abs(a);
                    exterior = false;
                }
            }
            total += area;
            if (QString::fromUtf8(f->GetFieldAsString("classification")) == "CHA")
                cha += area;
        }
        QCOMPARE(stats->count, count);
        QVERIFY(std::abs(stats->totalM2 - total) < 1e-6 * total);
        QVERIFY(std::abs(stats->remainingM2 - remaining) < 1e-6 * remaining);
        double chaByClass = 0;
        for (const auto& c : stats->byClass)
            if (c.classification == "CHA")
                chaByClass += c.totalM2;
        QVERIFY(std::abs(chaByClass - cha) < 1e-6 * cha);
        QVERIFY(!stats->remainingOverTime.empty());
    }

    void briefListsTheCountriesInTheFrameByGeometry()
    {
        auto s = baltic();
        s.kind = exporting::LayoutSettings::Kind::Brief;
        s.landscape = false;
        const QString pdf = write("brief.pdf", s, balticView());
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
        const QString text = run("pdftotext", {"-layout", pdf, "-"});
        for (const char* needle : {"Countries in the frame", "Poland", "Latvia", "Lithuania", "Estonia", "Withdrawn"})
            QVERIFY2(text.contains(needle), qPrintable(QStringLiteral("no %1 in:\n%2").arg(needle, text)));
        // The USA's bounding box (Alaska across 180°) covers the Baltic: its shape does not.
        QVERIFY2(!text.contains("United States"), qPrintable(text));
        QVERIFY2(!text.contains("Hazard areas in the frame"), "no hazard area lies in the Baltic frame");
        // Southern Ukraine in November, once the synthetic areas are recorded (1 Sep 2026).
        m_project->setDate(QDate(2026, 11, 1));
        const QPointF a = merc(31, 45.5), b = merc(37, 48.5);
        const QString ukraine = write("brief-ukraine.pdf", s, MapRect::fromCorners(a.x(), a.y(), b.x(), b.y()));
        m_project->setDate(QDate(2026, 3, 1));
        const QString t2 = run("pdftotext", {"-layout", ukraine, "-"});
        QVERIFY2(t2.contains("Hazard areas in the frame: 18") && t2.contains("km²"), qPrintable(t2));
        QVERIFY2(t2.contains("Ukraine") && t2.contains("claims suspension"), qPrintable(t2));
        // The table's row says it too, not only the legend.
        const QStringList ukraineRows = t2.split('\n').filter(QRegularExpression("^\\s*Ukraine\\s"));
        QVERIFY2(ukraineRows.size() == 1 && ukraineRows[0].contains("State Party; suspension claimed"), qPrintable(t2));
        // Landmine Monitor's reported contamination beside the status where the page has room
        // (landscape): Ukraine massive with no figure read, Moldova nothing reported.
        s.landscape = true;
        const QString wide = run("pdftotext", {"-layout", write("brief-ukraine-wide.pdf", s, MapRect::fromCorners(a.x(), a.y(), b.x(), b.y())), "-"});
        const QStringList wideRows = wide.split('\n').filter(QRegularExpression("^\\s*Ukraine\\s+State Party"));
        QVERIFY2(wide.contains("AP mines (LM)") && wideRows.size() == 1 && wideRows[0].contains("massive, extent not reported") &&
                     wideRows[0].contains("State Party; suspension claimed"),
                 qPrintable(wide));
    }

    void templatesRoundTripAndRefuseNonsense()
    {
        auto s = baltic();
        s.kind = exporting::LayoutSettings::Kind::Brief;
        s.page = QPageSize::A3;
        s.legendPlace = exporting::LayoutSettings::Place::Bottom;
        s.locator = true;
        s.northArrow = false;
        const QString path = m_dir.filePath("weekly.json");
        QVERIFY(s.save(path).ok());
        auto back = exporting::LayoutSettings::load(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->page, QPageSize::A3);
        QVERIFY(!back->northArrow && back->locator);
        auto wrongPage = exporting::LayoutSettings::fromJson(R"({"kind":"mineatlas-layout","version":1,"page":"A9"})", "t.json");
        QVERIFY(!wrongPage.ok());
        QVERIFY2(wrongPage.error().contains("\"page\""), qPrintable(wrongPage.error()));
        QVERIFY(!exporting::LayoutSettings::fromJson("not json", "t.json").ok());
        QVERIFY(exporting::LayoutSettings::fromJson(R"({"kind":"something else","version":1})", "t.json")
                    .error()
                    .contains("not a MineAtlas layout template"));
        QVERIFY(!exporting::LayoutSettings::fromJson(R"({"kind":"mineatlas-layout","version":1,"dpi":9000})", "t.json").ok());
        // The documented example (docs/layout-template.md) loads as documented.
        auto weekly = exporting::LayoutSettings::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/templates/weekly-brief.json"));
        QVERIFY2(weekly.ok(), qPrintable(weekly.error()));
        QCOMPARE(weekly->kind, exporting::LayoutSettings::Kind::Brief);
        QVERIFY(!weekly->landscape && weekly->locator && weekly->dpi == 200);
    }

    void unknownFormatIsRefused()
    {
        auto c = content(baltic(), balticView());
        std::atomic<bool> cancel{false};
        auto r = exporting::writePage(m_dir.filePath("map.tiff"), baltic(), c.value(), cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(".pdf, .svg or .png"));
        // A canceled export leaves no file.
        std::atomic<bool> stop{true};
        auto canceled = exporting::writePage(m_dir.filePath("never.pdf"), baltic(), c.value(), stop);
        QVERIFY(!canceled.ok());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("never.pdf")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
