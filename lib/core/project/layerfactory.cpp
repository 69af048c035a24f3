#include "project/layerfactory.h"

#include <QFileInfo>

#include "render/defaultstyle.h"
#include "treaty/treatystyle.h"

namespace mineatlas::project {

std::optional<treaty::CountryMatch> detectCountries(const data::FeatureStore& store, const treaty::TreatyTable& table)
{
    return treaty::detectCountryLayer(store, table);
}

std::unique_ptr<MapLayer> makeVectorLayer(const QString& path, const data::VectorData& data, int layerNumber,
                                          const TreatyContext& treatyContext,
                                          const std::optional<treaty::CountryMatch>& countries)
{
    const QString baseName = QFileInfo(path).completeBaseName();
    const QString name = data.layerName == baseName || data.layerName.isEmpty()
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
    return layer;
}

} // namespace mineatlas::project
