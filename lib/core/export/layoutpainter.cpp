#include "export/layoutpainter.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include "geo/geodesy.h"
#include "render/layerrenderer.h"
#include "render/renderjob.h"
#include "treaty/treatystatus.h"
#include "uilocale.h"

namespace mineatlas::exporting {

namespace {

const QString kFontFamily = QStringLiteral("DejaVu Sans");
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);

/// Millimetres and points in device units.
struct Units {
    double dpi;
    double mm(double v) const { return v * dpi / 25.4; }
    QRectF mm(const QRectF& r) const { return {mm(r.x()), mm(r.y()), mm(r.width()), mm(r.height())}; }
    QFont font(double points, bool bold = false, bool italic = false) const
    {
        QFont f(kFontFamily);
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * dpi / 72.0))));
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }
};

QString km2(double m2)
{
    const QLocale en = uiLocale();
    return QStringLiteral("%1 km² (%2 ha)")
        .arg(en.toString(m2 / 1e6, 'f', m2 < 1e7 ? 3 : 1))
        .arg(en.toString(m2 / 1e4, 'f', m2 < 1e6 ? 2 : 0));
}


void paintMap(QPainter& p, const QRectF& frame, double dpi, const render::MapSettings& map, MapDrawing drawing,
              const std::atomic<bool>& cancel)
{
    render::MapSettings s = map;
    s.size = QSize(std::max(1, static_cast<int>(std::lround(frame.width()))),
                   std::max(1, static_cast<int>(std::lround(frame.height()))));
    s.dpi = dpi;
    s.title.clear(); // the page has its own title
    auto* page = dynamic_cast<QImage*>(p.device());
    const QRect pixels(QPoint(static_cast<int>(std::lround(frame.left())), static_cast<int>(std::lround(frame.top()))),
                       s.size);
    const bool intoPage = drawing == MapDrawing::Raster && page && p.transform().isIdentity() &&
                          QRect(QPoint(0, 0), page->size()).contains(pixels) &&
                          (page->format() == QImage::Format_RGB32 || page->format() == QImage::Format_ARGB32_Premultiplied);
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    p.scale(frame.width() / s.size.width(), frame.height() / s.size.height());
    if (intoPage) {
        // Straight into the page's rows: no second image of the frame to fill and copy.
        uchar* bits = page->bits() + static_cast<qsizetype>(pixels.top()) * page->bytesPerLine() + 4 * pixels.left();
        QImage region(bits, pixels.width(), pixels.height(), page->bytesPerLine(), page->format());
        render::renderMap(s, cancel, nullptr, &region);
    } else if (drawing == MapDrawing::Raster) {
        const render::RenderResult r = render::renderMap(s, cancel);
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(s.size)), r.image);
    } else {
        s.clipMarginPixels = 0; // SVG has no clip: what lies outside the frame must not be drawn
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(s.size)), s.background);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (auto it = s.layers.rbegin(); it != s.layers.rend() && !cancel.load(); ++it) {
            const render::LayerSnapshot& layer = *it;
            p.setOpacity(layer.opacity);
            if (layer.type == render::LayerSnapshot::Type::Raster) {
                if (auto image = render::renderLayer(s, layer, cancel); image && !image->isNull())
                    p.drawImage(QRectF(QPointF(0, 0), QSizeF(s.size)), image.value());
                continue;
            }
            if (!layer.store || !layer.styled)
                continue;
            render::drawVectorLayer(p, s, layer, cancel);
            render::drawVectorLabels(p, s, layer, /*asText=*/true);
        }
        p.setOpacity(1);
    }
    p.restore();
    p.setPen(QPen(kInk, dpi / 96.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
}

void paintScaleBar(QPainter& p, const Units& u, const QRectF& frame, const LayoutContent& c)
{
    const double mapUnitsPerDevice = c.map.extent.width() / frame.width();
    const ScaleBar bar = chooseScaleBar(c.metresPerMapUnit, frame.width() * 0.25 * mapUnitsPerDevice);
    if (bar.metres <= 0)
        return;
    const double length = bar.mapUnits / mapUnitsPerDevice;
    const QFont font = u.font(7);
    const QFontMetricsF fm(font);
    // Room for the label centred over the bar's end.
    const QRectF box(frame.left() + u.mm(4), frame.bottom() - u.mm(4) - u.mm(9),
                     length + u.mm(8) + fm.horizontalAdvance(bar.label) / 2, u.mm(9));
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white); // opaque: the bar reads the same over sea, land and hatching
    p.drawRect(box);
    const QRectF barRect(box.left() + u.mm(4), box.bottom() - u.mm(3.5), length, u.mm(1.6));
    for (int i = 0; i < 4; ++i) {
        p.setBrush(i % 2 ? Qt::white : kInk);
        p.setPen(QPen(kInk, u.dpi / 150.0));
        p.drawRect(QRectF(barRect.left() + barRect.width() * i / 4, barRect.top(), barRect.width() / 4, barRect.height()));
    }
    p.setFont(font);
    p.setPen(kInk);
    p.drawText(QPointF(barRect.left() - fm.horizontalAdvance(QStringLiteral("0")) / 2, barRect.top() - u.mm(1)),
               QStringLiteral("0"));
    p.drawText(QPointF(barRect.right() - fm.horizontalAdvance(bar.label) / 2, barRect.top() - u.mm(1)), bar.label);
    p.restore();
}

void paintNorthArrow(QPainter& p, const Units& u, const QRectF& frame, double angle)
{
    const double r = u.mm(6);
    const QPointF centre(frame.right() - u.mm(4) - r, frame.top() + u.mm(4) + r);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawEllipse(centre, r, r);
    p.translate(centre);
    p.rotate(angle); // true north, clockwise from the map's up
    QPainterPath arrow;
    arrow.moveTo(0, -r * 0.85);
    arrow.lineTo(r * 0.32, r * 0.55);
    arrow.lineTo(0, r * 0.3);
    arrow.lineTo(-r * 0.32, r * 0.55);
    arrow.closeSubpath();
    p.setBrush(kInk);
    p.drawPath(arrow);
    p.setFont(u.font(6, true));
    p.setPen(Qt::white);
    p.drawText(QRectF(-r, -r * 0.1, 2 * r, r * 0.5), Qt::AlignCenter, QStringLiteral("N"));
    p.restore();
}

void paintLegend(QPainter& p, const Units& u, const QRectF& box, const std::vector<LegendGroup>& groups, double dpi)
{
    const QFont title = u.font(8.5, true), note = u.font(6.5, false, true), entry = u.font(7.5);
    const double line = QFontMetricsF(entry).height() * 1.25;
    double y = box.top();
    p.save();
    p.setPen(kInk);
    p.setFont(u.font(10, true));
    p.drawText(QPointF(box.left(), y + QFontMetricsF(u.font(10, true)).ascent()), QCoreApplication::translate("Layout", "Legend"));
    y += QFontMetricsF(u.font(10, true)).height() * 1.3;
    for (const LegendGroup& g : groups) {
        if (y + line > box.bottom())
            break;
        p.setFont(title);
        p.setPen(kInk);
        const QRectF titleRect(box.left(), y, box.width(), line * 2);
        const QRectF used = p.boundingRect(titleRect, Qt::TextWordWrap, g.title);
        p.drawText(titleRect, Qt::TextWordWrap, g.title);
        y += used.height() + u.mm(0.5);
        if (!g.note.isEmpty()) {
            p.setFont(note);
            p.setPen(kMuted);
            const QRectF noteRect(box.left(), y, box.width(), line * 2);
            const QRectF n = p.boundingRect(noteRect, Qt::TextWordWrap, g.note);
            p.drawText(noteRect, Qt::TextWordWrap, g.note);
            y += n.height() + u.mm(0.5);
        }
        p.setFont(entry);
        for (const LegendEntry& e : g.entries) {
            if (y + line > box.bottom()) {
                p.setPen(kMuted);
                p.drawText(QPointF(box.left(), y + QFontMetricsF(entry).ascent()), QStringLiteral("…"));
                y = box.bottom();
                break;
            }
            if (e.ramp.empty())
                drawSwatch(p, QRectF(box.left(), y + line * 0.12, u.mm(5), line * 0.72), e.symbol, e.kind, dpi);
            else
                drawRampSwatch(p, QRectF(box.left(), y + line * 0.12, u.mm(5), line * 0.72), e.ramp);
            p.setPen(kInk);
            const QString text = e.count >= 0 ? QStringLiteral("%1 (%2)").arg(e.label).arg(e.count) : e.label;
            p.drawText(QRectF(box.left() + u.mm(6.5), y, box.width() - u.mm(6.5), line),
                       Qt::AlignVCenter | Qt::TextSingleLine,
                       QFontMetricsF(entry).elidedText(text, Qt::ElideRight, box.width() - u.mm(6.5)));
            y += line;
        }
        y += u.mm(2.5);
    }
    p.restore();
}

QString sinceText(const treaty::StatusRow& r)
{
    return r.since.isEmpty() ? QStringLiteral("—")
                             : r.precision.isEmpty() ? r.since : QStringLiteral("%1 (%2)").arg(r.since, r.precision);
}

void paintCountryTable(QPainter& p, const Units& u, const QRectF& box, const LayoutContent& c)
{
    const QFont head = u.font(8.5, true), cell = u.font(7), small = u.font(6.5, false, true);
    const double line = QFontMetricsF(cell).height() * 1.2;
    p.save();
    p.setPen(kInk);
    p.setFont(head);
    const QString date = localLongDate(c.date);
    p.drawText(QPointF(box.left(), box.top() + QFontMetricsF(head).ascent()),
               QCoreApplication::translate("Layout", "Countries in the frame: treaty status on %1").arg(date));
    double y = box.top() + QFontMetricsF(head).height() * 1.4;
    // Columns as wide as their longest entry (the status takes what is left), so that a
    // status with its flags is not cut off when the hazard statistics share the width.
    const QFontMetricsF cellMetrics(cell);
    double nameWidth = 0, sinceWidth = QFontMetricsF(small).horizontalAdvance(QCoreApplication::translate("Layout", "Since (precision)"));
    for (const treaty::StatusRow& r : c.countries) {
        nameWidth = std::max(nameWidth, cellMetrics.horizontalAdvance(r.name));
        sinceWidth = std::max(sinceWidth, cellMetrics.horizontalAdvance(sinceText(r)));
    }
    double mineWidth = 0;
    for (const treaty::StatusRow& r : c.countries)
        mineWidth = std::max(mineWidth, cellMetrics.horizontalAdvance(r.contamination));
    if (mineWidth > 0)
        mineWidth = std::max(mineWidth, QFontMetricsF(small).horizontalAdvance(QCoreApplication::translate("Layout", "AP mines (LM)")));
    const double gap = u.mm(4);
    const double colStatus = box.left() + std::min(nameWidth + gap, box.width() * 0.36);
    const double colSince = std::max(colStatus + box.width() * 0.3, box.right() - std::min(sinceWidth, box.width() * 0.36));
    // Reported contamination, when any country in the frame has some, between the status (which
    // keeps the width its longest entry needs) and "Since"; left out when the page has no room.
    auto statusText = [](const treaty::StatusRow& r) {
        const QString flags = treaty::flagsText(r.flags & treaty::SuspensionClaimed ? treaty::SuspensionClaimed
                                                                                    : r.flags & treaty::WithdrawalAnnouncedOnly);
        return flags.isEmpty() ? r.status : QStringLiteral("%1; %2").arg(r.status, flags);
    };
    double statusWidth = 0;
    for (const treaty::StatusRow& r : c.countries)
        statusWidth = std::max(statusWidth, cellMetrics.horizontalAdvance(statusText(r)));
    const double minesFrom = colStatus + statusWidth + gap;
    const double colMines = mineWidth > 0 && minesFrom + QFontMetricsF(small).horizontalAdvance(QCoreApplication::translate("Layout", "AP mines (LM)")) + gap <= colSince
                                ? std::max(minesFrom, colSince - mineWidth - gap)
                                : colSince;
    p.setFont(small);
    p.setPen(kMuted);
    p.drawText(QPointF(box.left(), y + QFontMetricsF(small).ascent()), QCoreApplication::translate("Layout", "Country"));
    p.drawText(QPointF(colStatus, y + QFontMetricsF(small).ascent()), QCoreApplication::translate("Layout", "Status"));
    if (colMines < colSince)
        p.drawText(QPointF(colMines, y + QFontMetricsF(small).ascent()), QCoreApplication::translate("Layout", "AP mines (LM)"));
    p.drawText(QPointF(colSince, y + QFontMetricsF(small).ascent()), QCoreApplication::translate("Layout", "Since (precision)"));
    y += line;
    p.setPen(QPen(kMuted, u.dpi / 200.0));
    p.drawLine(QPointF(box.left(), y - line * 0.15), QPointF(box.right(), y - line * 0.15));
    p.setFont(cell);
    const QFontMetricsF fm(cell);
    const int fit = static_cast<int>((box.bottom() - y) / line);
    const int shown = static_cast<int>(c.countries.size()) > fit ? std::max(0, fit - 1) : static_cast<int>(c.countries.size());
    for (int i = 0; i < shown; ++i) {
        const treaty::StatusRow& r = c.countries[static_cast<std::size_t>(i)];
        p.setPen(kInk);
        p.drawText(QPointF(box.left(), y + fm.ascent()), fm.elidedText(r.name, Qt::ElideRight, colStatus - box.left() - u.mm(1)));
        // A claimed suspension or an announced-only withdrawal belongs with the status, as on the
        // map; the date's uncertainty is in the next column.
        // (Ukraine announced a withdrawal but claims a suspension: the suspension is the story.)
        const QString status = statusText(r);
        p.drawText(QPointF(colStatus, y + fm.ascent()), fm.elidedText(status, Qt::ElideRight, colMines - colStatus - u.mm(1)));
        if (colMines < colSince)
            p.drawText(QPointF(colMines, y + fm.ascent()), fm.elidedText(r.contamination, Qt::ElideRight, colSince - colMines - u.mm(1)));
        p.drawText(QPointF(colSince, y + fm.ascent()), fm.elidedText(sinceText(r), Qt::ElideRight, box.right() - colSince));
        y += line;
    }
    if (shown < static_cast<int>(c.countries.size())) {
        p.setPen(kMuted);
        p.drawText(QPointF(box.left(), y + fm.ascent()),
                   QCoreApplication::translate("Layout", "… and %1 more").arg(static_cast<int>(c.countries.size()) - shown));
    }
    if (c.countries.empty()) {
        p.setPen(kMuted);
        p.drawText(QPointF(box.left(), y + fm.ascent()), QCoreApplication::translate("Layout", "No treaty map is shown."));
    }
    p.restore();
}

void paintChart(QPainter& p, const Units& u, const QRectF& box, const std::vector<std::pair<QDate, double>>& series)
{
    if (series.size() < 2 || box.height() < u.mm(12))
        return;
    const QFont small = u.font(6);
    const QFontMetricsF fm(small);
    double maxV = 0;
    for (const auto& pt : series)
        maxV = std::max(maxV, pt.second);
    if (maxV <= 0)
        return;
    const QRectF plot(box.left() + fm.horizontalAdvance(QStringLiteral("000.0")) + u.mm(1), box.top() + u.mm(2),
                      box.width() - fm.horizontalAdvance(QStringLiteral("000.0")) - u.mm(2), box.height() - u.mm(2) - fm.height() * 1.5);
    const qint64 d0 = series.front().first.toJulianDay(), d1 = std::max(d0 + 1, series.back().first.toJulianDay());
    auto at = [&](QDate d, double v) {
        return QPointF(plot.left() + plot.width() * double(d.toJulianDay() - d0) / double(d1 - d0),
                       plot.bottom() - plot.height() * v / maxV);
    };
    p.save();
    p.setPen(QPen(kMuted, u.dpi / 200.0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setFont(small);
    p.drawText(QPointF(box.left(), plot.top() + fm.ascent()), uiLocale().toString(maxV / 1e6, 'f', 1));
    p.drawText(QPointF(box.left(), plot.bottom()), QStringLiteral("0"));
    p.drawText(QPointF(plot.left(), plot.bottom() + fm.height()), series.front().first.toString(Qt::ISODate));
    const QString last = series.back().first.toString(Qt::ISODate);
    p.drawText(QPointF(plot.right() - fm.horizontalAdvance(last), plot.bottom() + fm.height()), last);
    QPolygonF line;
    double previous = -1;
    for (const auto& [d, v] : series) {
        if (previous >= 0)
            line << at(d, previous); // a step: the area holds until the next date
        line << at(d, v);
        previous = v;
    }
    p.setPen(QPen(QColor(0xcc, 0x22, 0x22), u.dpi / 120.0));
    p.drawPolyline(line);
    p.restore();
}

void paintHazards(QPainter& p, const Units& u, const QRectF& box, const std::vector<hazard::HazardStatistics>& hazards)
{
    const QFont head = u.font(8.5, true), cell = u.font(7), small = u.font(6.5, false, true);
    const double line = QFontMetricsF(cell).height() * 1.2;
    double y = box.top();
    p.save();
    for (const hazard::HazardStatistics& h : hazards) {
        if (h.count == 0)
            continue;
        p.setPen(kInk);
        p.setFont(head);
        p.drawText(QPointF(box.left(), y + QFontMetricsF(head).ascent()),
                   QCoreApplication::translate("Layout", "Hazard areas in the frame: %1").arg(h.count));
        y += QFontMetricsF(head).height() * 1.3;
        p.setFont(cell);
        const QFontMetricsF fm(cell);
        p.drawText(QPointF(box.left(), y + fm.ascent()),
                   fm.elidedText(QCoreApplication::translate("Layout", "Layer: %1").arg(h.layerName), Qt::ElideMiddle, box.width()));
        y += line;
        p.drawText(QPointF(box.left(), y + fm.ascent()),
                   QCoreApplication::translate("Layout", "Total %1; remaining %2").arg(km2(h.totalM2), km2(h.remainingM2)));
        y += line;
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(QRectF(box.left(), y, box.width(), line * 2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("Layout", "Areas measured on the WGS 84 ellipsoid; remaining area as recorded.%1")
                       .arg(h.incomplete > 0 ? QCoreApplication::translate("Layout", " %1 with required fields empty.").arg(h.incomplete) : QString()));
        if (QFontMetricsF(small).horizontalAdvance(QCoreApplication::translate("Layout", "Areas measured on the WGS 84 ellipsoid; remaining area as recorded.")) > box.width())
            y += line;
        y += line;
        p.setFont(cell);
        for (const hazard::ClassStatistics& c : h.byClass) {
            if (y + line > box.bottom())
                break;
            p.setPen(kInk);
            p.drawText(QPointF(box.left(), y + fm.ascent()),
                       fm.elidedText(QCoreApplication::translate("Layout", "%1, %2: %3 areas, %4 km², %5 km² remaining")
                                         .arg(c.classification, c.status)
                                         .arg(c.count)
                                         .arg(uiLocale().toString(c.totalM2 / 1e6, 'f', 2),
                                              uiLocale().toString(c.remainingM2 / 1e6, 'f', 2)),
                                     Qt::ElideRight, box.width()));
            y += line;
        }
        if (h.remainingOverTime.size() >= 2 && y + u.mm(20) < box.bottom()) {
            p.setFont(small);
            p.setPen(kMuted);
            p.drawText(QPointF(box.left(), y + line), QCoreApplication::translate("Layout", "Remaining hazard area over time (km²)"));
            paintChart(p, u, QRectF(box.left(), y + line * 1.2, box.width(), std::min(u.mm(35), box.bottom() - y - line * 1.2)),
                       h.remainingOverTime);
            y = box.bottom();
        }
        y += u.mm(2);
    }
    p.restore();
}

} // namespace

void drawSwatch(QPainter& p, const QRectF& box, const render::Symbol& s, data::GeometryKind kind, double dpi)
{
    const double scale = dpi / 96.0;
    QPen pen(s.stroke, std::max(0.5, s.strokeWidth) * scale, s.strokeStyle);
    if (s.strokeWidth <= 0 || s.stroke.alpha() == 0)
        pen = QPen(QColor(0x99, 0x99, 0x99), 0.5 * scale);
    p.save();
    if (kind == data::GeometryKind::Line) {
        p.setPen(pen);
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
    } else if (kind == data::GeometryKind::Point) {
        p.setPen(pen);
        p.setBrush(s.fill);
        const double r = std::min(box.width(), box.height()) / 2.5;
        p.drawEllipse(box.center(), r, r);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(s.fill);
        p.drawRect(box);
        if (s.hatch != Qt::NoBrush) {
            QBrush hatch(s.hatchColor, s.hatch);
            hatch.setTransform(QTransform::fromScale(scale, scale));
            p.setBrush(hatch);
            p.drawRect(box);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        p.drawRect(box);
    }
    p.restore();
}

void drawRampSwatch(QPainter& p, const QRectF& box, const std::vector<QColor>& ramp)
{
    QLinearGradient g(box.topLeft(), box.topRight());
    for (std::size_t i = 0; i < ramp.size(); ++i)
        g.setColorAt(ramp.size() > 1 ? static_cast<double>(i) / static_cast<double>(ramp.size() - 1) : 0, ramp[i]);
    p.save();
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
    p.setBrush(g);
    p.drawRect(box);
    p.restore();
}

QSizeF pageSizeAt(const LayoutSettings& settings, double dpi)
{
    const QSizeF mm = settings.pageSizeMm();
    return {mm.width() * dpi / 25.4, mm.height() * dpi / 25.4};
}

void paintLayout(QPainter& p, double dpi, const LayoutSettings& settings, const LayoutContent& content,
                 const std::vector<hazard::HazardStatistics>& hazards, MapDrawing drawing,
                 const std::atomic<bool>& cancel)
{
    const Units u{dpi};
    const LayoutGeometry g = layoutGeometry(settings);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), pageSizeAt(settings, dpi)), Qt::white);

    // Title and subtitle.
    const QRectF title = u.mm(g.title);
    p.setPen(kInk);
    // A title longer than the page is set smaller, down to 11 pt, then cut with an ellipsis.
    double titlePt = 17;
    while (titlePt > 11 && QFontMetricsF(u.font(titlePt, true)).horizontalAdvance(settings.title) > title.width())
        titlePt -= 1;
    const QFontMetricsF titleMetrics(u.font(titlePt, true));
    p.setFont(u.font(titlePt, true));
    const double titleAscent = QFontMetricsF(u.font(17, true)).ascent();
    p.drawText(QPointF(title.left(), title.top() + titleAscent),
               titleMetrics.elidedText(settings.title, Qt::ElideRight, title.width()));
    if (!settings.subtitle.isEmpty()) {
        p.setFont(u.font(10.5));
        p.setPen(kMuted);
        p.drawText(QPointF(title.left(), title.top() + titleAscent + QFontMetricsF(u.font(10.5)).height() * 1.2),
                   QFontMetricsF(u.font(10.5)).elidedText(settings.subtitle, Qt::ElideRight, title.width()));
    }

    const QRectF frame = u.mm(g.map);
    paintMap(p, frame, dpi, content.map, drawing, cancel);
    if (settings.scaleBar)
        paintScaleBar(p, u, frame, content);
    if (settings.northArrow)
        paintNorthArrow(p, u, frame, content.northAngle);
    if (content.locator && settings.locator) {
        const QRectF inset(frame.right() - u.mm(42), frame.bottom() - u.mm(26), u.mm(40), u.mm(24));
        render::MapSettings world = content.locatorMap;
        world.extent = world.extent.expandedToAspect(inset.width() / inset.height());
        paintMap(p, inset, dpi / 3, world, MapDrawing::Raster, cancel);
        // The frame on the small map.
        const MapRect v = world.extent;
        const MapRect f = content.map.extent;
        auto toInset = [&](double x, double y) {
            return QPointF(inset.left() + (x - v.xMin) / v.width() * inset.width(),
                           inset.top() + (v.yMax - y) / v.height() * inset.height());
        };
        QRectF marked(toInset(f.xMin, f.yMax), toInset(f.xMax, f.yMin));
        if (marked.width() < u.mm(1.5))
            marked.adjust(-u.mm(0.75), 0, u.mm(0.75), 0);
        if (marked.height() < u.mm(1.5))
            marked.adjust(0, -u.mm(0.75), 0, u.mm(0.75));
        p.save();
        p.setClipRect(inset);
        p.setPen(QPen(QColor(0xd0, 0x10, 0x10), dpi / 120.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(marked);
        p.restore();
    }
    if (settings.legend && !g.legend.isEmpty())
        paintLegend(p, u, u.mm(g.legend), content.legend, dpi);
    if (settings.kind == LayoutSettings::Kind::Brief && !g.table.isEmpty()) {
        const QRectF table = u.mm(g.table);
        const bool withHazards =
            std::any_of(hazards.begin(), hazards.end(), [](const hazard::HazardStatistics& h) { return h.count > 0; });
        const QRectF left(table.left(), table.top(), withHazards ? table.width() * 0.52 : table.width(), table.height());
        paintCountryTable(p, u, left, content);
        if (withHazards)
            paintHazards(p, u, QRectF(left.right() + u.mm(5), table.top(), table.right() - left.right() - u.mm(5), table.height()),
                         hazards);
    }

    // Footer: the as-of date and the credits.
    const QRectF footer = u.mm(g.footer);
    p.setPen(QPen(kMuted, dpi / 200.0));
    p.drawLine(footer.topLeft(), footer.topRight());
    double x = footer.left();
    if (settings.date) {
        const QString date = localLongDate(content.date);
        const QString text = content.treatyMap ? QCoreApplication::translate("Layout", "Treaty status as of %1").arg(date)
                                               : QCoreApplication::translate("Layout", "As of %1").arg(date);
        p.setFont(u.font(8, true));
        p.setPen(kInk);
        p.drawText(QRectF(x, footer.top() + u.mm(1), footer.width() * 0.33, footer.height() - u.mm(1)),
                   Qt::AlignLeft | Qt::AlignTop, text);
        x += footer.width() * 0.35;
    }
    if (settings.attribution && !content.attribution.isEmpty()) {
        p.setFont(u.font(6));
        p.setPen(kMuted);
        p.drawText(QRectF(x, footer.top() + u.mm(1), footer.right() - x, footer.height() - u.mm(1)),
                   Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("Layout", "Sources: %1").arg(content.attribution.join(QStringLiteral(" · "))));
    }
}

} // namespace mineatlas::exporting
