#include "hazard/sketchjournal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mineatlas::hazard {

SketchJournal::SketchJournal(const QString& geopackagePath)
    : m_path(geopackagePath + QStringLiteral(".sketch.json"))
{
}

bool SketchJournal::save(const JournaledSketch& sketch) const
{
    QJsonArray points;
    for (const QPointF& p : sketch.lonLat)
        points.append(QJsonArray{p.x(), p.y()});
    const QJsonObject doc{{QStringLiteral("kind"), QStringLiteral("mineatlas-hazard-sketch")},
                          {QStringLiteral("version"), 2},
                          {QStringLiteral("guid"), sketch.guid},
                          {QStringLiteral("purpose"), sketch.purpose == SketchPurpose::Hole    ? QStringLiteral("hole")
                                                      : sketch.purpose == SketchPurpose::Split ? QStringLiteral("split")
                                                                                               : QStringLiteral("area")},
                          {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("crs"), QStringLiteral("EPSG:4326")},
                          {QStringLiteral("lonlat"), points}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<JournaledSketch> SketchJournal::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    if (doc.value(QStringLiteral("kind")).toString() != QLatin1String("mineatlas-hazard-sketch"))
        return std::nullopt;
    JournaledSketch out;
    out.guid = doc.value(QStringLiteral("guid")).toString(); // empty in version 1 journals
    const QString purpose = doc.value(QStringLiteral("purpose")).toString();
    out.purpose = purpose == QLatin1String("hole")    ? SketchPurpose::Hole
                  : purpose == QLatin1String("split") ? SketchPurpose::Split
                                                      : SketchPurpose::NewArea;
    for (const QJsonValue& v : doc.value(QStringLiteral("lonlat")).toArray()) {
        const QJsonArray p = v.toArray();
        if (p.size() == 2 && p[0].isDouble() && p[1].isDouble())
            out.lonLat.emplace_back(p[0].toDouble(), p[1].toDouble());
    }
    if (out.lonLat.empty())
        return std::nullopt;
    return out;
}

void SketchJournal::clear() const
{
    QFile::remove(m_path);
}

} // namespace mineatlas::hazard
