#include "treaty/contamination.h"

#include <algorithm>
#include <set>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <ogrsf_frmts.h>

#include "data/featurestore.h"
#include "data/csvtable.h"
#include "data/resourcefile.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatytable.h"

namespace mineatlas::treaty {

namespace {

const char* const kColumns[] = {"code",        "name",       "party_status",       "area_km2",
                                "area_year",   "area_kind",  "size_class",         "lm_edition",
                                "article5_deadline", "article5_original_deadline", "article5_extensions",
                                "notes",       "sources"};

std::optional<ContaminationClass> classFromText(const QString& t, bool* ok)
{
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("massive"))
        return ContaminationClass::Massive;
    if (t == QLatin1String("large") || t == QLatin1String("heavy"))
        return ContaminationClass::Large;
    if (t == QLatin1String("medium"))
        return ContaminationClass::Medium;
    if (t == QLatin1String("small") || t == QLatin1String("light"))
        return ContaminationClass::Small;
    if (t == QLatin1String("unknown"))
        return ContaminationClass::Unknown;
    *ok = false;
    return std::nullopt;
}

} // namespace

ContaminationClass classForArea(double km2)
{
    if (km2 > 100)
        return ContaminationClass::Massive;
    if (km2 >= 20)
        return ContaminationClass::Large;
    if (km2 >= 5)
        return ContaminationClass::Medium;
    return ContaminationClass::Small;
}

QString classLabel(ContaminationClass c)
{
    switch (c) {
    case ContaminationClass::Massive:
        return QCoreApplication::translate("Contamination", "massive (> 100 km²)");
    case ContaminationClass::Large:
        return QCoreApplication::translate("Contamination", "large (20–100 km²)");
    case ContaminationClass::Medium:
        return QCoreApplication::translate("Contamination", "medium (5–20 km²)");
    case ContaminationClass::Small:
        return QCoreApplication::translate("Contamination", "small (< 5 km²)");
    case ContaminationClass::Unknown:
        return QCoreApplication::translate("Contamination", "contaminated, extent not reported");
    }
    return {};
}

Result<std::shared_ptr<const ContaminationTable>> ContaminationTable::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("%1: file not found").arg(QFileInfo(path).fileName())};
    return loadDataset(path, QFileInfo(path).fileName());
}

Result<std::shared_ptr<const ContaminationTable>> ContaminationTable::loadBuiltIn()
{
    const data::ResourceFile file(QStringLiteral(":/contamination/ap-contamination.csv"));
    if (!file.isValid())
        return Error{QStringLiteral("The built-in contamination table is missing from this build")};
    return loadDataset(file.path(), QStringLiteral("built-in contamination table"));
}

Result<std::shared_ptr<const ContaminationTable>> ContaminationTable::loadDataset(const QString& gdalPath, const QString& label)
{
    auto csv = data::openCsvTable(gdalPath, label, kColumns, std::size(kColumns));
    if (!csv)
        return Error{csv.error()};
    OGRLayer* layer = csv->layer;
    auto table = std::make_shared<ContaminationTable>();
    QStringList problems;
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z]{3}$"));
    int row = 1;
    for (auto& f : *layer) {
        ++row;
        auto text = [&](const char* name) { return csv->text(*f, name); };
        ContaminationRecord r;
        r.row = row;
        r.code = text("code").toUpper();
        r.name = text("name");
        const QString where = QStringLiteral("row %1 (%2)").arg(row).arg(r.code.isEmpty() ? QStringLiteral("?") : r.code);
        auto complain = [&](const QString& what) { problems << QStringLiteral("%1: %2").arg(where, what); };
        if (!codeRe.match(r.code).hasMatch())
            complain(QStringLiteral("code \"%1\" is not three letters").arg(text("code")));
        else if (table->m_byCode.contains(r.code))
            complain(QStringLiteral("code %1 appears twice").arg(r.code));
        r.partyStatus = text("party_status");
        if (r.partyStatus != QLatin1String("state_party") && r.partyStatus != QLatin1String("not_party") &&
            r.partyStatus != QLatin1String("other_area"))
            complain(QStringLiteral("party_status \"%1\" must be state_party, not_party or other_area").arg(r.partyStatus));
        if (const QString a = text("area_km2"); !a.isEmpty()) {
            bool ok = false;
            const double v = a.toDouble(&ok);
            if (!ok || v < 0)
                complain(QStringLiteral("area_km2 \"%1\" is not a number of km²").arg(a));
            else
                r.areaKm2 = v;
        }
        if (const QString y = text("area_year"); !y.isEmpty()) {
            bool ok = false;
            r.areaYear = y.toInt(&ok);
            if (!ok || r.areaYear < 1990 || r.areaYear > 2100)
                complain(QStringLiteral("area_year \"%1\" is not a year").arg(y));
        }
        r.areaKind = text("area_kind");
        if (r.areaKm2) {
            if (r.areaYear == 0)
                complain(QStringLiteral("an area is given without its year"));
            if (r.areaKind != QLatin1String("estimate") && r.areaKind != QLatin1String("survey"))
                complain(QStringLiteral("an area is given, but area_kind \"%1\" is not estimate or survey").arg(r.areaKind));
        }
        bool classOk = true;
        r.sizeClass = classFromText(text("size_class").toLower(), &classOk);
        if (!classOk)
            complain(QStringLiteral("size_class \"%1\" must be massive, large, medium, small or unknown").arg(text("size_class")));
        if (r.areaKm2 && r.sizeClass == ContaminationClass::Unknown)
            complain(QStringLiteral("size_class is unknown although an area is given"));
        if (r.areaKm2 && r.sizeClass && *r.sizeClass != ContaminationClass::Unknown && *r.sizeClass != classForArea(*r.areaKm2))
            table->m_warnings << QStringLiteral("%1: Landmine Monitor's class \"%2\" does not fit its figure of %3 km² (%4); "
                                                "the Monitor's class is kept, see the row's notes")
                                     .arg(where, classLabel(*r.sizeClass), QString::number(*r.areaKm2),
                                          classLabel(classForArea(*r.areaKm2)));
        r.edition = text("lm_edition");
        if ((r.areaKm2 || r.sizeClass) && r.edition.isEmpty())
            complain(QStringLiteral("figures without the Landmine Monitor edition they come from"));
        for (auto [name, out] : {std::pair{"article5_deadline", &r.article5Deadline},
                                 std::pair{"article5_original_deadline", &r.article5OriginalDeadline}}) {
            const QString d = text(name);
            *out = QDate::fromString(d, Qt::ISODate);
            if (!d.isEmpty() && !out->isValid())
                complain(QStringLiteral("%1 \"%2\" is not a date").arg(QString::fromLatin1(name), d));
        }
        if (r.article5Deadline.isValid() && r.partyStatus != QLatin1String("state_party"))
            complain(QStringLiteral("an Article 5 deadline is given for a state that is not a party"));
        r.article5Extensions = text("article5_extensions");
        r.notes = text("notes");
        for (const QString& s : text("sources").split(QStringLiteral(" ; "), Qt::SkipEmptyParts))
            r.sources << s.trimmed();
        if (r.sources.isEmpty())
            complain(QStringLiteral("no source given (every row needs one)"));
        if (codeRe.match(r.code).hasMatch() && !table->m_byCode.contains(r.code)) {
            table->m_byCode.insert(r.code, static_cast<int>(table->m_records.size()));
            table->m_records.push_back(std::move(r));
        }
    }
    if (row == 1)
        return Error{QStringLiteral("%1: the table has no rows").arg(label)};
    if (!problems.isEmpty())
        return Error{QStringLiteral("%1: %2 problem(s) in the contamination table:\n%3")
                         .arg(label)
                         .arg(problems.size())
                         .arg(problems.mid(0, 20).join(QLatin1Char('\n')))};
    return std::shared_ptr<const ContaminationTable>(std::move(table));
}

const ContaminationRecord* ContaminationTable::byCode(const QString& code) const
{
    const int i = m_byCode.value(code.toUpper(), -1);
    return i < 0 ? nullptr : &m_records[static_cast<std::size_t>(i)];
}

QString ContaminationTable::editionsText() const
{
    static const QRegularExpression year(QStringLiteral("Landmine Monitor (\\d{4})"));
    int first = 9999, last = 0;
    for (const ContaminationRecord& r : m_records)
        if (auto m = year.match(r.edition); m.hasMatch()) {
            first = std::min(first, m.captured(1).toInt());
            last = std::max(last, m.captured(1).toInt());
        }
    if (last == 0)
        return QCoreApplication::translate("Contamination", "Landmine Monitor");
    return first == last ? QCoreApplication::translate("Contamination", "Landmine Monitor %1").arg(first)
                         : QCoreApplication::translate("Contamination", "Landmine Monitor, figures from the %1–%2 editions").arg(first).arg(last);
}

ContaminationStyle contaminationStyle(const data::FeatureStore& store, const CountryMatch& match, const TreatyTable& treaty,
                                      const ContaminationTable& contamination)
{
    const QString& joinField = match.field;
    const int joinColumn = store.fieldNames().indexOf(joinField);
    ContaminationStyle out;
    render::VectorStyle& style = out.style;
    style.base.fill = QColor(0xF2, 0xF0, 0xEA);
    style.baseLabel = QCoreApplication::translate("Contamination", "no contamination reported");
    style.base.stroke = QColor(0xB0, 0xB0, 0xB0);
    style.base.strokeWidth = 0.5;
    style.categoryField = joinField;
    // ColorBrewer YlOrRd, darker is more contaminated; "extent not reported" hatched.
    const std::pair<ContaminationClass, QColor> fills[] = {{ContaminationClass::Massive, QColor(0xBD, 0x00, 0x26)},
                                                           {ContaminationClass::Large, QColor(0xF0, 0x3B, 0x20)},
                                                           {ContaminationClass::Medium, QColor(0xFD, 0x8D, 0x3C)},
                                                           {ContaminationClass::Small, QColor(0xFE, 0xCC, 0x5C)},
                                                           {ContaminationClass::Unknown, QColor(0xD9, 0xC8, 0xB4)}};
    for (const auto& [c, colour] : fills) {
        render::Category cat;
        cat.value = classLabel(c);
        cat.label = classLabel(c);
        cat.symbol = style.base;
        cat.symbol.fill = colour;
        cat.symbol.stroke = QColor(0x60, 0x60, 0x60);
        if (c == ContaminationClass::Unknown) {
            cat.symbol.hatch = Qt::BDiagPattern;
            cat.symbol.hatchColor = QColor(0x80, 0x50, 0x30);
        }
        style.categories.push_back(cat);
    }
    out.classOf.assign(store.size(), QString());
    for (std::size_t f = 0; f < store.size(); ++f) {
        const int r = f < match.recordOf.size() ? match.recordOf[f] : -1;
        const QString code = r >= 0 ? treaty.records()[static_cast<std::size_t>(r)].iso3
                                    : (joinColumn >= 0 ? store.attribute(f, joinColumn).toString().trimmed().toUpper() : QString());
        if (const ContaminationRecord* c = code.size() == 3 ? contamination.byCode(code) : nullptr) {
            const ContaminationClass k = c->sizeClass.value_or(c->areaKm2 ? classForArea(*c->areaKm2) : ContaminationClass::Unknown);
            out.classOf[f] = classLabel(k);
        }
    }
    return out;
}

std::function<std::shared_ptr<const render::StyledFeatures>(const render::VectorStyle&, const data::FeatureStore&, QDate)>
contaminationRestyle(const ContaminationStyle& cs, const data::FeatureStore& store)
{
    const int column = store.fieldNames().indexOf(cs.style.categoryField);
    return [classOf = cs.classOf, column](const render::VectorStyle& style, const data::FeatureStore& s, QDate) {
        return render::applyStyle(style, s, [&](std::size_t f, int c) -> std::optional<QVariant> {
            if (c != column || f >= classOf.size())
                return std::nullopt;
            return QVariant(classOf[f]); // empty: no report, the base symbol
        });
    };
}

} // namespace mineatlas::treaty
