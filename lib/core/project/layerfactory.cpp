#include "project/layerfactory.h"

#include <QFileInfo>

#include "hazard/hazardstore.h"
#include "hazard/landrelease.h"
#include "hazard/teamworkspace.h"
#include "render/defaultstyle.h"
#include "treaty/treatystyle.h"

namespace mineatlas::project {

std::optional<treaty::CountryMatch> detectCountries(const data::FeatureStore& store, const treaty::TreatyTable& table)
{
    return treaty::detectCountryLayer(store, table);
}

HazardExtras readHazardExtras(const QString& path, const data::VectorData& data)
{
    HazardExtras extras;
    if (hazard::isLandReleaseLayer(data.store->fieldNames())) {
        if (auto total = hazard::readReleasedArea(path, data.layerName))
            extras.released = total.value();
        else
            extras.warning = total.error();
    } else if (hazard::HazardStore::hasHazardFields(data.store->fieldNames())) {
        if (auto history = hazard::readStatusHistory(path))
            extras.history = std::move(history.value());
    }
    return extras;
}

std::unique_ptr<MapLayer> makeVectorLayer(const QString& path, const data::VectorData& data, int layerNumber,
                                          const TreatyContext& treatyContext,
                                          const std::optional<treaty::CountryMatch>& countries, const HazardExtras* given)
{
    const HazardExtras extras = given ? *given : readHazardExtras(path, data);
    const QString baseName = QFileInfo(path).completeBaseName();
    const QString name = hazard::isTeamWorkspace(path) ? hazard::workspaceLayerName(path, data.layerName)
                         : data.layerName == baseName || data.layerName.isEmpty()
                             ? baseName
                             : QStringLiteral("%1 — %2").arg(baseName, data.layerName);
    auto layer = std::make_unique<MapLayer>(MapLayer::Kind::Vector, name, path, data.layerName);
    layer->setWarnings(data.warnings);
    layer->setCrsDescription(data.sourceCrsName);
    layer->setAttribution(data.attribution);
    layer->setStyle(render::defaultStyle(*data.store, layerNumber));
    layer->setStore(data.store);
    if (countries && treatyContext.table)
        layer->setTreatyStyle(std::make_shared<treaty::TreatyStyle>(
            treatyContext.table, *countries,
            treatyContext.highlighted.isEmpty() ? treaty::TreatyStyle::defaultHighlighted()
                                                : treatyContext.highlighted));
    else if (hazard::isLandReleaseLayer(data.store->fieldNames())) {
        // Released land appears on its release date and adds up; the total is measured on the
        // ellipsoid from the file's geometry.
        layer->setStyle(hazard::landReleaseStyle());
        time::TemporalSettings t;
        t.startField = QStringLiteral("release_date");
        t.mode = time::TemporalMode::Accumulate;
        layer->setTemporal(t);
        if (extras.released)
            layer->setRunningTotal(extras.released);
        if (!extras.warning.isEmpty())
            layer->setWarnings(QStringList(layer->warnings()) << extras.warning);
    } else {
        // Date fields with obvious names make the layer follow the map's date (what was recorded
        // by then); Layer ▸ Dates and time… changes or turns it off.
        layer->setTemporal(time::detectTemporalFields(*data.store));
        // Hazard areas with a status history are drawn with their class and status at the date.
        if (!extras.history.empty())
            layer->setRestyleAt(hazard::statusAtDate(extras.history, *data.store));
    }
    return layer;
}

} // namespace mineatlas::project
