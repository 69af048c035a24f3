#include "treaty/countrymatcher.h"

#include <set>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "data/featurestore.h"
#include "treaty/territories.h"
#include "treaty/treatytable.h"

namespace mineatlas::treaty {

namespace {

enum class Kind { Alpha3, Numeric, Name };

// Field names seen in border datasets, most specific first (Natural Earth, GADM, geoBoundaries,
// world-atlas, UN/FAO layers, OSM-derived sets).
/// Matched states that make a layer a border layer whatever else it holds.
constexpr int kEnoughStates = 20;

const char* const kAlpha3Fields[] = {
    "iso_a3", "adm0_a3",           "iso_a3_eh", "gid_0",    "shapegroup", "iso3",   "a3",
    "iso",    "iso3166_1_alpha_3", "alpha3",    "adm0_iso", "gu_a3",      "su_a3",  "wb_a3"};
const char* const kNumericFields[] = {"iso_n3", "iso_n3_eh", "un_a3", "iso_num",
                                      "isonum", "id",        "ccn3",  "m49"};
const char* const kNameFields[] = {"name",    "admin",  "name_en",   "name_long",  "country", "name_0",
                                   "shapename", "cntry_name", "geounit", "subunit", "name_iso", "formal_en"};
// Not joined on: the sovereign fields (Natural Earth's SOVEREIGNT, SOV_A3), since a dependency's
// treaty coverage is its own (Greenland's sovereign is Denmark); see territories.csv.

QString normaliseName(const QString& s)
{
    // Compiled once per thread (the loader matches on a worker): compiling them per name cost
    // more than the rest of the join.
    QString n = s.normalized(QString::NormalizationForm_D).toLower();
    thread_local const QRegularExpression marks(QStringLiteral("[\\x{0300}-\\x{036f}]"));
    thread_local const QRegularExpression other(QStringLiteral("[^a-z0-9 ]"));
    thread_local const QRegularExpression article(QStringLiteral("\\bthe\\b"));
    n.remove(marks);
    n.replace(QLatin1Char('&'), QStringLiteral(" and "));
    n.remove(other);
    n.replace(article, QString());
    return n.simplified();
}

/// Other names border datasets use for states in the table.
const QHash<QString, QString>& nameAliases()
{
    static const QHash<QString, QString> aliases = [] {
        const char* pairs[][2] = {
            {"United States of America", "USA"},
            {"Russian Federation", "RUS"},
            {"Viet Nam", "VNM"},
            {"Dem. Rep. Congo", "COD"},
            {"Democratic Republic of the Congo", "COD"},
            {"Congo, Dem. Rep.", "COD"},
            {"Republic of the Congo", "COG"},
            {"Central African Rep.", "CAF"},
            {"Bosnia and Herz.", "BIH"},
            {"Eq. Guinea", "GNQ"},
            {"S. Sudan", "SSD"},
            {"Dominican Rep.", "DOM"},
            {"Solomon Is.", "SLB"},
            {"Czech Republic", "CZE"},
            {"Czech Rep.", "CZE"},
            {"Turkey", "TUR"},
            {"Macedonia", "MKD"},
            {"Swaziland", "SWZ"},
            {"eSwatini", "SWZ"},
            {"Ivory Coast", "CIV"},
            {"Cape Verde", "CPV"},
            {"East Timor", "TLS"},
            {"Lao PDR", "LAO"},
            {"Lao People's Democratic Republic", "LAO"},
            {"Syrian Arab Republic", "SYR"},
            {"Iran (Islamic Republic of)", "IRN"},
            {"Republic of Korea", "KOR"},
            {"Korea, Republic of", "KOR"},
            {"Dem. Rep. Korea", "PRK"},
            {"Democratic People's Republic of Korea", "PRK"},
            {"Republic of Moldova", "MDA"},
            {"United Republic of Tanzania", "TZA"},
            {"Brunei Darussalam", "BRN"},
            {"Micronesia (Federated States of)", "FSM"},
            {"Federated States of Micronesia", "FSM"},
            {"St. Kitts and Nevis", "KNA"},
            {"St. Lucia", "LCA"},
            {"St. Vin. and Gren.", "VCT"},
            {"Antigua and Barb.", "ATG"},
            {"Marshall Is.", "MHL"},
            {"Vatican", "VAT"},
            {"Holy See (Vatican City)", "VAT"},
            {"Palestinian Territories", "PSE"},
            {"State of Palestine", "PSE"},
            {"Cook Is.", "COK"},
            {"The Bahamas", "BHS"},
            {"Bahamas, The", "BHS"},
            {"Gambia, The", "GMB"},
            {"The Gambia", "GMB"},
            {"Republic of Serbia", "SRB"},
            {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
            {"Bolivia (Plurinational State of)", "BOL"},
            {"Venezuela (Bolivarian Republic of)", "VEN"},
            {"People's Republic of China", "CHN"},
            {"Burma", "MMR"},
            {"Kyrgyz Republic", "KGZ"},
            {"Slovak Republic", "SVK"},
            {"Sao Tome and Principe", "STP"},
            {"Guinea Bissau", "GNB"},
        };
        QHash<QString, QString> h;
        for (const auto& p : pairs)
            h.insert(normaliseName(QString::fromUtf8(p[0])), QString::fromLatin1(p[1]));
        return h;
    }();
    return aliases;
}

struct Lookup {
    const TreatyTable& table;
    QHash<QString, int> byName;

    explicit Lookup(const TreatyTable& t) : table(t)
    {
        for (std::size_t i = 0; i < t.records().size(); ++i)
            byName.insert(normaliseName(t.records()[i].name), static_cast<int>(i));
        for (auto it = nameAliases().cbegin(); it != nameAliases().cend(); ++it)
            if (const int i = t.indexOfIso3(it.value()); i >= 0 && !byName.contains(it.key()))
                byName.insert(it.key(), i);
    }
    int find(Kind kind, const QVariant& value) const
    {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == QLatin1String("-99") || text == QLatin1String("-1"))
            return -1;
        switch (kind) {
        case Kind::Alpha3:
            return text.size() == 3 ? table.indexOfIso3(text) : -1;
        case Kind::Numeric:
            return table.indexOfNumeric(text);
        case Kind::Name:
            return byName.value(normaliseName(text), -1);
        }
        return -1;
    }
};

struct Candidate {
    int column;
    Kind kind;
};

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Alpha3:
        return QCoreApplication::translate("CountryMatcher", "ISO alpha-3");
    case Kind::Numeric:
        return QCoreApplication::translate("CountryMatcher", "ISO numeric");
    case Kind::Name:
        return QStringLiteral("name");
    }
    return {};
}

std::vector<Candidate> candidates(const data::FeatureStore& store)
{
    std::vector<Candidate> out;
    const QStringList& fields = store.fieldNames();
    auto add = [&](const char* const* names, std::size_t n, Kind kind) {
        for (std::size_t i = 0; i < n; ++i)
            for (int c = 0; c < fields.size(); ++c)
                if (fields[c].compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
                    out.push_back({c, kind});
    };
    add(kAlpha3Fields, std::size(kAlpha3Fields), Kind::Alpha3);
    add(kNumericFields, std::size(kNumericFields), Kind::Numeric);
    add(kNameFields, std::size(kNameFields), Kind::Name);
    return out;
}

int countMatches(const data::FeatureStore& store, const Lookup& lookup, const Candidate& c)
{
    int n = 0;
    for (std::size_t f = 0; f < store.size(); ++f)
        n += lookup.find(c.kind, store.attribute(f, c.column)) >= 0;
    return n;
}

Kind guessKind(const data::FeatureStore& store, int column, const Lookup& lookup)
{
    int best = -1;
    Kind bestKind = Kind::Name;
    for (Kind k : {Kind::Alpha3, Kind::Numeric, Kind::Name}) {
        const int n = countMatches(store, lookup, {column, k});
        if (n > best) {
            best = n;
            bestKind = k;
        }
    }
    return bestKind;
}

/// The territory a feature is, from any of its code or name fields.
const Territory* territoryOf(const data::FeatureStore& store, std::size_t f, const std::vector<Candidate>& all)
{
    const TerritoryTable& territories = TerritoryTable::builtIn();
    for (const Candidate& c : all) {
        const QString text = store.attribute(f, c.column).toString().trimmed();
        if (text.isEmpty())
            continue;
        const Territory* t = nullptr;
        if (c.kind == Kind::Alpha3 && text.size() == 3)
            t = territories.byCode(text);
        else if (c.kind == Kind::Name)
            t = territories.byNormalisedName(normaliseName(text));
        if (t)
            return t;
    }
    return nullptr;
}

} // namespace

QString normaliseCountryName(const QString& name)
{
    return normaliseName(name);
}

Result<CountryMatch> matchCountries(const data::FeatureStore& store, const TreatyTable& table,
                                    const QString& field)
{
    const Lookup lookup(table);
    std::vector<Candidate> all = candidates(store);
    Candidate primary{-1, Kind::Name};
    if (!field.isEmpty()) {
        const int column = store.fieldNames().indexOf(field);
        if (column < 0)
            return Error{QCoreApplication::translate("CountryMatcher", "The layer has no field \"%1\"").arg(field)};
        primary = {column, guessKind(store, column, lookup)};
    } else {
        // Codes are the reliable join; names ("Congo") only when no code field covers half the layer.
        // Territories of the table are known too: they count towards the half.
        // (Counted only when the states alone do not decide: a pass over every feature's names.)
        int territoryCount = -1;
        auto enough = [&](int matched) {
            if (matched * 2 >= static_cast<int>(store.size()) || matched >= kEnoughStates)
                return true;
            if (territoryCount < 0) {
                territoryCount = 0;
                // Border files hold hundreds of features, not a hazard layer's hundred thousand.
                if (store.size() > 20000)
                    return false;
                for (std::size_t f = 0; f < store.size(); ++f)
                    territoryCount += territoryOf(store, f, all) != nullptr;
            }
            return (matched + territoryCount) * 2 >= static_cast<int>(store.size());
        };
        int best = 0;
        for (const bool names : {false, true}) {
            for (const Candidate& c : all) {
                if ((c.kind == Kind::Name) != names)
                    continue;
                const int n = countMatches(store, lookup, c);
                if (n > best) {
                    best = n;
                    primary = c;
                }
            }
            if (best > 0 && enough(best))
                break;
        }
        // A world file may carry more dependencies without codes than states: enough matched
        // states make it a border layer whatever the share.
        if (primary.column < 0 || !enough(best))
            return Error{
                QCoreApplication::translate("CountryMatcher", "No field of this layer matches the treaty table's country codes or names "
                               "for at least half of its %1 features or %2 states; choose the join field by hand")
                    .arg(store.size())
                    .arg(kEnoughStates)};
    }
    CountryMatch match;
    match.field = store.fieldNames()[primary.column];
    match.kind = kindName(primary.kind);
    match.recordOf.assign(store.size(), -1);
    match.territoryOf.assign(store.size(), nullptr);
    const int nameColumn = [&] {
        for (const Candidate& c : all)
            if (c.kind == Kind::Name)
                return c.column;
        return primary.column;
    }();
    for (std::size_t f = 0; f < store.size(); ++f) {
        // A territory of the table (Åland, Bermuda, Greenland, Dhekelia), by any of its code or
        // name fields, takes its sovereign's status only where the Convention covers it, even
        // when the file puts it under its state (Natural Earth's map units give ADM0_A3 NLD to
        // the Caribbean Netherlands, covered only from 2014).
        int r = -1;
        if (const Territory* t = territoryOf(store, f, all)) {
            match.territoryOf[f] = t;
            if (t->coverage == Territory::Coverage::Applies)
                r = table.indexOfIso3(t->sovereign);
        } else {
            r = lookup.find(primary.kind, store.attribute(f, primary.column));
            // A placeholder or missing code: the feature's other code and name fields (Natural
            // Earth's ADM0_A3 where ISO_A3 is -99), never its sovereign's.
            for (std::size_t i = 0; r < 0 && i < all.size(); ++i)
                if (all[i].column != primary.column)
                    r = lookup.find(all[i].kind, store.attribute(f, all[i].column));
        }
        match.recordOf[f] = r;
        if (r < 0) {
            match.unmatched.push_back(static_cast<std::uint32_t>(f));
            QString name = store.attribute(f, nameColumn).toString();
            if (name.isEmpty())
                name = QCoreApplication::translate("CountryMatcher", "feature %1").arg(f + 1);
            match.unmatchedNames << name;
        }
    }
    return match;
}

bool looksLikeCountryLayer(const data::FeatureStore& store, const TreatyTable& table)
{
    return detectCountryLayer(store, table).has_value();
}

std::optional<CountryMatch> detectCountryLayer(const data::FeatureStore& store, const TreatyTable& table)
{
    if (store.dominantKind() != data::GeometryKind::Polygon || store.size() < 2)
        return std::nullopt;
    auto match = matchCountries(store, table);
    // Recognised by its join field and the states it matches, not by the share of its features:
    // Natural Earth or world-atlas files carry dozens of dependencies with no code of their own.
    if (!match.ok())
        return std::nullopt;
    std::set<int> states(match->recordOf.begin(), match->recordOf.end());
    states.erase(-1);
    const bool enough = static_cast<int>(states.size()) >= kEnoughStates;
    // A small regional file: most features are states or territories the table knows.
    std::size_t known = 0; // territories without a status of their own (covered ones are matched)
    for (std::size_t f = 0; f < match->territoryOf.size(); ++f)
        known += match->territoryOf[f] && match->recordOf[f] < 0;
    const bool mostly = (match->matchedCount() + known) * 5 >= store.size() * 4 && match->matchedCount() > 0;
    if (!enough && !mostly)
        return std::nullopt;
    return std::move(match.value());
}

} // namespace mineatlas::treaty
