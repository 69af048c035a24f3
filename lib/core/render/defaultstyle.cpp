#include "render/defaultstyle.h"

#include <QCoreApplication>

#include "data/featurestore.h"
#include "hazard/hazardarea.h"

namespace mineatlas::render {

namespace {

/// The field that classifies hazard areas, or -1.
int hazardClassField(const data::FeatureStore& store)
{
    const QStringList& fields = store.fieldNames();
    for (const char* name : {"classification", "status", "class", "hazard_class"}) {
        int column = -1;
        for (int i = 0; i < fields.size() && column < 0; ++i)
            if (fields[i].compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                column = i;
        if (column < 0)
            continue;
        const std::size_t probe = std::min<std::size_t>(store.size(), 200);
        for (std::size_t f = 0; f < probe; ++f) {
            const QString v = store.attribute(f, column).toString().trimmed().toUpper();
            if (v == QLatin1String("SHA") || v == QLatin1String("CHA"))
                return column;
        }
    }
    return -1;
}

VectorStyle imasHazardStyle(const data::FeatureStore& store)
{
    VectorStyle style;
    style.base.fill = QColor(0x99, 0x99, 0x99, 128);
    style.base.stroke = QColor(0x20, 0x20, 0x20);
    style.base.strokeWidth = 1.0;
    style.base.markerSize = 7;
    style.base.markerBelowPx = 4;
    style.categoryField = QStringLiteral("classification");
    auto fill = [&](const char* value, QColor colour, const char* label) {
        Category c;
        c.value = QString::fromLatin1(value);
        c.label = QString::fromUtf8(label);
        c.symbol = style.base;
        c.symbol.fill = colour;
        style.categories.push_back(c);
    };
    fill("CHA", QColor(0xFF, 0x00, 0x00, 128), "CHA — confirmed hazardous area");
    fill("SHA", QColor(0xF4, 0xA7, 0x18, 128), "SHA — suspected hazardous area");
    style.strokeField = QStringLiteral("status");
    auto outline = [&](const char* value, QColor colour, Qt::PenStyle pen, const char* label) {
        Category c;
        c.value = QString::fromLatin1(value);
        c.label = QString::fromUtf8(label);
        c.symbol = style.base;
        c.symbol.stroke = colour;
        c.symbol.strokeStyle = pen;
        style.strokeCategories.push_back(c);
    };
    outline("open", QColor(0xFF, 0x00, 0x00), Qt::SolidLine, "open");
    outline("worked on", QColor(0xF4, 0xA7, 0x18), Qt::DashLine, "worked on");
    outline("closed", QColor(0x99, 0xCC, 0x33), Qt::SolidLine, "closed");
    if (store.fieldNames().contains(QStringLiteral("local_id")))
        style.labelField = QStringLiteral("local_id");
    // Areas saved before their required attributes were filled (Enter right after drawing).
    style.requiredFields = hazard::requiredFieldNames();
    return style;
}

/// A gazetteer of populated places (GeoNames-like: a name and a population on points).
bool isPlacesLayer(const data::FeatureStore& store)
{
    const QStringList& fields = store.fieldNames();
    return store.dominantKind() == data::GeometryKind::Point && fields.contains(QStringLiteral("name")) &&
           fields.contains(QStringLiteral("population"));
}

VectorStyle placesStyle(const data::FeatureStore& store)
{
    VectorStyle style;
    style.base.fill = QColor(0x33, 0x33, 0x33);
    style.base.stroke = Qt::white;
    style.base.strokeWidth = 1;
    style.base.markerSize = 5;
    style.labelField = QStringLiteral("name");
    style.rankField = QStringLiteral("population");
    style.labelBesideMarker = true;
    // Scale bands after topographic series: millions-cities on a world map, regional centres
    // on a national one (1:4M shows Ukraine at 1280 px), every village at field scale (1:100k
    // and closer, where a planner draws at 1:68,000).
    style.rankScales = {{1'000'000, 60'000'000}, {300'000, 20'000'000}, {100'000, 8'000'000},
                        {30'000, 3'000'000},     {10'000, 1'000'000},    {3'000, 400'000}};
    style.rankScaleFloor = 150'000;
    if (store.fieldNames().contains(QStringLiteral("feature_code"))) {
        // National capitals stand out.
        style.categoryField = QStringLiteral("feature_code");
        Category capital;
        capital.value = QStringLiteral("PPLC");
        capital.label = QStringLiteral("capital");
        capital.symbol = style.base;
        capital.symbol.fill = QColor(0xb0, 0x00, 0x20);
        capital.symbol.markerSize = 7;
        style.categories.push_back(capital);
        style.baseLabel = QCoreApplication::translate("Legend", "populated place");
    }
    return style;
}

} // namespace

VectorStyle defaultStyle(const data::FeatureStore& store, int layerNumber)
{
    static const QColor fills[] = {QColor(0xe8, 0xe4, 0xd8), QColor(0xf4, 0xd0, 0x8a),
                                   QColor(0xb9, 0xd8, 0xb0), QColor(0xd8, 0xc3, 0xe6),
                                   QColor(0xf2, 0xb8, 0xb0), QColor(0xc0, 0xd6, 0xe8)};
    static const QColor strokes[] = {QColor(0x0b, 0x4f, 0x8a), QColor(0xb3, 0x3c, 0x00),
                                     QColor(0x1b, 0x7a, 0x3c), QColor(0x7a, 0x1f, 0x8a),
                                     QColor(0x8a, 0x5a, 0x00)};
    // A hazard layer in MineAtlas's schema (even an empty one, just created): IMAS TN 07.11/01 fills
    // by class, outline by status, markers where an area is too small to see, labels with the id.
    const QStringList& fields = store.fieldNames();
    if (fields.contains(QStringLiteral("classification")) && fields.contains(QStringLiteral("status")) &&
        fields.contains(QStringLiteral("local_id")))
        return imasHazardStyle(store);
    if (isPlacesLayer(store))
        return placesStyle(store);
    const int i = std::max(0, layerNumber);
    VectorStyle style;
    switch (store.dominantKind()) {
    case data::GeometryKind::Polygon:
        style.base.fill = fills[i % 6];
        style.base.stroke = QColor(0x6e, 0x6e, 0x6e);
        style.base.strokeWidth = 0.8;
        break;
    case data::GeometryKind::Line:
        style.base.stroke = strokes[i % 5];
        style.base.strokeWidth = 1.5;
        break;
    default:
        style.base.fill = strokes[i % 5];
        style.base.stroke = Qt::white;
        style.base.strokeWidth = 1;
        style.base.markerSize = 7;
        break;
    }
    // A hazard layer with MineAtlas's schema: IMAS TN 07.11/01 fills by class, outline by status,
    // markers where an area is too small to see, labels with the local id.

    const int column = hazardClassField(store);
    if (column < 0)
        return style;
    // IMAS TN 07.11/01 fills at 50 % (CHA #FF0000, SHA #F4A718); released land in green.
    style.categoryField = store.fieldNames()[column];
    style.base.stroke = QColor(0x20, 0x20, 0x20);
    style.base.strokeWidth = 0.8;
    auto add = [&](const char* value, QColor fill, const char* label) {
        Category c;
        c.value = QString::fromLatin1(value);
        c.label = QString::fromUtf8(label);
        c.symbol = style.base;
        c.symbol.fill = fill;
        style.categories.push_back(c);
    };
    add("CHA", QColor(0xFF, 0x00, 0x00, 128), "CHA — confirmed hazardous area");
    add("SHA", QColor(0xF4, 0xA7, 0x18, 128), "SHA — suspected hazardous area");
    add("cleared", QColor(0x99, 0xCC, 0x33, 128), "cleared");
    add("closed", QColor(0x99, 0xCC, 0x33, 128), "closed");
    style.base.fill = QColor(0x99, 0x99, 0x99, 128);
    return style;
}

} // namespace mineatlas::render
