#include "export/layoutsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mineatlas::exporting {

namespace {
const char* kKind = "mineatlas-layout";
constexpr int kVersion = 1;

const std::pair<QPageSize::PageSizeId, const char*> kPages[] = {
    {QPageSize::A4, "A4"}, {QPageSize::A3, "A3"}, {QPageSize::Letter, "Letter"}};
} // namespace

QString LayoutSettings::pageName(QPageSize::PageSizeId page)
{
    for (const auto& [id, name] : kPages)
        if (id == page)
            return QString::fromLatin1(name);
    return {};
}

bool LayoutSettings::pageFromName(const QString& name, QPageSize::PageSizeId& page)
{
    for (const auto& [id, n] : kPages)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0) {
            page = id;
            return true;
        }
    return false;
}

QSizeF LayoutSettings::pageSizeMm() const
{
    const QSizeF portrait = QPageSize(page).size(QPageSize::Millimeter);
    return landscape ? QSizeF(portrait.height(), portrait.width()) : portrait;
}

QByteArray LayoutSettings::toJson() const
{
    auto element = [](bool show) { return QJsonObject{{QStringLiteral("show"), show}}; };
    QJsonObject legendObject = element(legend);
    legendObject.insert(QStringLiteral("place"), legendPlace == Place::Right ? QStringLiteral("right") : QStringLiteral("bottom"));
    const QJsonObject doc{
        {QStringLiteral("kind"), QString::fromLatin1(kKind)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("layout"), kind == Kind::Map ? QStringLiteral("map") : QStringLiteral("brief")},
        {QStringLiteral("title"), title},
        {QStringLiteral("subtitle"), subtitle},
        {QStringLiteral("page"), pageName(page)},
        {QStringLiteral("orientation"), landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")},
        {QStringLiteral("margin_mm"), marginMm},
        {QStringLiteral("dpi"), dpi},
        {QStringLiteral("elements"),
         QJsonObject{{QStringLiteral("legend"), legendObject},
                     {QStringLiteral("scale_bar"), element(scaleBar)},
                     {QStringLiteral("north_arrow"), element(northArrow)},
                     {QStringLiteral("date"), element(date)},
                     {QStringLiteral("attribution"), element(attribution)},
                     {QStringLiteral("locator"), element(locator)}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<LayoutSettings> LayoutSettings::fromJson(const QByteArray& json, const QString& fileName)
{
    const QString name = fileName.isEmpty() ? QCoreApplication::translate("LayoutTemplate", "layout template") : fileName;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("LayoutTemplate", "%1: not JSON (%2 at byte %3)").arg(name, parse.errorString()).arg(parse.offset)};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("kind")).toString() != QLatin1String(kKind))
        return Error{QCoreApplication::translate("LayoutTemplate", "%1: not a MineAtlas layout template (\"kind\" must be \"%2\")").arg(name, QString::fromLatin1(kKind))};
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return Error{QCoreApplication::translate("LayoutTemplate", "%1: template version %2 is not one this MineAtlas reads (%3)")
                         .arg(name)
                         .arg(o.value(QStringLiteral("version")).toInt())
                         .arg(kVersion)};
    LayoutSettings s;
    auto bad = [&](const char* key, const QString& why) {
        return Error{QStringLiteral("%1: \"%2\" %3").arg(name, QString::fromLatin1(key), why)};
    };
    if (o.contains(QStringLiteral("layout"))) {
        const QString kind = o.value(QStringLiteral("layout")).toString();
        if (kind != QLatin1String("map") && kind != QLatin1String("brief"))
            return bad("layout", QCoreApplication::translate("LayoutTemplate", "must be \"map\" or \"brief\""));
        s.kind = kind == QLatin1String("map") ? Kind::Map : Kind::Brief;
    }
    if (o.contains(QStringLiteral("title")))
        s.title = o.value(QStringLiteral("title")).toString();
    if (o.contains(QStringLiteral("subtitle")))
        s.subtitle = o.value(QStringLiteral("subtitle")).toString();
    if (o.contains(QStringLiteral("page")) && !pageFromName(o.value(QStringLiteral("page")).toString(), s.page))
        return bad("page", QCoreApplication::translate("LayoutTemplate", "must be A4, A3 or Letter"));
    if (o.contains(QStringLiteral("orientation"))) {
        const QString orientation = o.value(QStringLiteral("orientation")).toString();
        if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
            return bad("orientation", QCoreApplication::translate("LayoutTemplate", "must be \"landscape\" or \"portrait\""));
        s.landscape = orientation == QLatin1String("landscape");
    }
    if (o.contains(QStringLiteral("margin_mm"))) {
        s.marginMm = o.value(QStringLiteral("margin_mm")).toDouble(-1);
        if (s.marginMm < 0 || s.marginMm > 50)
            return bad("margin_mm", QCoreApplication::translate("LayoutTemplate", "must be between 0 and 50"));
    }
    if (o.contains(QStringLiteral("dpi"))) {
        s.dpi = o.value(QStringLiteral("dpi")).toInt(-1);
        if (s.dpi < 36 || s.dpi > 600)
            return bad("dpi", QCoreApplication::translate("LayoutTemplate", "must be between 36 and 600"));
    }
    const QJsonObject elements = o.value(QStringLiteral("elements")).toObject();
    auto shown = [&](const char* key, bool& out) {
        if (elements.contains(QLatin1String(key)))
            out = elements.value(QLatin1String(key)).toObject().value(QStringLiteral("show")).toBool(out);
    };
    shown("legend", s.legend);
    shown("scale_bar", s.scaleBar);
    shown("north_arrow", s.northArrow);
    shown("date", s.date);
    shown("attribution", s.attribution);
    shown("locator", s.locator);
    const QString place = elements.value(QStringLiteral("legend")).toObject().value(QStringLiteral("place")).toString();
    if (!place.isEmpty() && place != QLatin1String("right") && place != QLatin1String("bottom"))
        return bad("elements.legend.place", QCoreApplication::translate("LayoutTemplate", "must be \"right\" or \"bottom\""));
    if (place == QLatin1String("bottom"))
        s.legendPlace = Place::Bottom;
    return s;
}

Result<LayoutSettings> LayoutSettings::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    return fromJson(f.readAll(), QFileInfo(path).fileName());
}

Result<bool> LayoutSettings::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    f.write(toJson());
    if (!f.commit())
        return Error{QCoreApplication::translate("LayoutTemplate", "%1: not saved: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    return true;
}

LayoutGeometry layoutGeometry(const LayoutSettings& s)
{
    const QSizeF page = s.pageSizeMm();
    const double m = s.marginMm;
    const QRectF inner(m, m, page.width() - 2 * m, page.height() - 2 * m);
    LayoutGeometry g;
    const double titleH = s.subtitle.isEmpty() ? 12 : 18;
    g.title = QRectF(inner.left(), inner.top(), inner.width(), titleH);
    const double footerH = (s.date || s.attribution) ? 10 : 0;
    g.footer = QRectF(inner.left(), inner.bottom() - footerH, inner.width(), footerH);
    QRectF body(inner.left(), g.title.bottom() + 2, inner.width(), g.footer.top() - g.title.bottom() - 4);
    if (s.kind == LayoutSettings::Kind::Brief) {
        // The brief: the map on top, the tables below it.
        const double tableH = body.height() * (s.landscape ? 0.38 : 0.42);
        g.table = QRectF(body.left(), body.bottom() - tableH, body.width(), tableH);
        body.setBottom(g.table.top() - 3);
    }
    if (s.legend) {
        if (s.legendPlace == LayoutSettings::Place::Right) {
            const double w = std::min(70.0, body.width() * 0.3);
            g.legend = QRectF(body.right() - w, body.top(), w, body.height());
            body.setRight(g.legend.left() - 3);
        } else {
            const double h = std::min(40.0, body.height() * 0.3);
            g.legend = QRectF(body.left(), body.bottom() - h, body.width(), h);
            body.setBottom(g.legend.top() - 3);
        }
    }
    g.map = body;
    return g;
}

} // namespace mineatlas::exporting
