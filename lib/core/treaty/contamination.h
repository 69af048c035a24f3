#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QStringList>

#include "render/style.h"
#include "result.h"

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::treaty {

struct CountryMatch;
class TreatyTable;

/// Landmine Monitor's size classes of anti-personnel mine contamination: massive > 100 km²,
/// large 20–100, medium 5–20, small < 5 (resources/contamination/README.md; older editions'
/// heavy/light are large/small). Unknown: contaminated, extent not reported.
enum class ContaminationClass { Massive, Large, Medium, Small, Unknown };

/// The class a reported area falls in.
ContaminationClass classForArea(double km2);
QString classLabel(ContaminationClass c);

/// One state or other area Landmine Monitor reports as contaminated by anti-personnel mines.
struct ContaminationRecord {
    int row = 0;
    QString code; ///< ISO 3166-1 alpha-3, or the area's code (XKX, SOL, ESH, NKR)
    QString name;
    QString partyStatus; ///< state_party, not_party, other_area
    std::optional<double> areaKm2;
    int areaYear = 0;
    QString areaKind; ///< estimate or survey
    std::optional<ContaminationClass> sizeClass; ///< empty: the Monitor gives none
    QString edition; ///< the Landmine Monitor edition the figures come from
    QDate article5Deadline, article5OriginalDeadline;
    QString article5Extensions;
    QString notes;
    QStringList sources;
};

/// The contamination table (resources/contamination/ap-contamination.csv), read through GDAL's
/// CSV driver and validated: every row has a source, a figure has its year and kind, a class is
/// one of the four or unknown. A class that disagrees with its own figure (the Monitor's class
/// kept, explained in the notes) is accepted and listed in warnings().
class ContaminationTable {
public:
    static Result<std::shared_ptr<const ContaminationTable>> load(const QString& path);
    static Result<std::shared_ptr<const ContaminationTable>> loadBuiltIn();

    const std::vector<ContaminationRecord>& records() const { return m_records; }
    const ContaminationRecord* byCode(const QString& code) const;
    const QStringList& warnings() const { return m_warnings; }
    /// "Landmine Monitor 2004–2023 editions": the range of editions the figures come from.
    QString editionsText() const;

private:
    static Result<std::shared_ptr<const ContaminationTable>> loadDataset(const QString& gdalPath, const QString& label);
    std::vector<ContaminationRecord> m_records;
    QHash<QString, int> m_byCode;
    QStringList m_warnings;
};

/// Colours a border layer joined to the treaty table by reported contamination class (a sequential
/// ramp, darker is more); features with no report get a neutral fill. The categories use the
/// join field, their values the class labels, so legends count what the map shows.
struct ContaminationStyle {
    render::VectorStyle style;
    std::vector<QString> classOf; ///< per feature: its class label, or empty
};
/// Features are found by their treaty record, or (other areas such as Western Sahara, not in the
/// treaty table) by a three-letter code in the join field.
ContaminationStyle contaminationStyle(const data::FeatureStore& store, const CountryMatch& match, const TreatyTable& treaty,
                                      const ContaminationTable& contamination);

/// The styled features of `cs` (its classes through the join field) for MapLayer::setRestyleAt.
std::function<std::shared_ptr<const render::StyledFeatures>(const render::VectorStyle&, const data::FeatureStore&, QDate)>
contaminationRestyle(const ContaminationStyle& cs, const data::FeatureStore& store);

} // namespace mineatlas::treaty
