#include "project/searchindex.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include "project/maplayer.h"
#include "project/project.h"
#include "treaty/treatystyle.h"
#include "treaty/countrynames.h"
#include "uilocale.h"

namespace mineatlas::project {

namespace {

/// Letters that Unicode does not decompose into a base letter and a mark.
QString foldLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x00DF:
        return QStringLiteral("ss");
    case 0x00E6:
        return QStringLiteral("ae");
    case 0x0153:
        return QStringLiteral("oe");
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    case 0x00FE:
        return QStringLiteral("th");
    case 0x0127:
        return QStringLiteral("h"); // ħ
    default:
        return QString(c);
    }
}

bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'`' || u == 0x2019 || u == 0x2018 || u == 0x02BC || u == 0x02B9 || u == 0x00B4;
}

int columnOf(const QStringList& fields, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        for (int i = 0; i < fields.size(); ++i)
            if (fields[i].compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

/// 0 exact, 1 starts with, 2 a word starts with, 3 holds; -1 no match.
int matchTier(const QString& name, const QString& query)
{
    if (name.size() < query.size())
        return -1;
    if (name.startsWith(query))
        return name.size() == query.size() ? 0 : 1;
    qsizetype from = 0;
    int tier = -1;
    while ((from = name.indexOf(query, from)) > 0) {
        if (name[from - 1] == QLatin1Char(' '))
            return 2;
        tier = 3;
        ++from;
    }
    return tier;
}

QString kindDetail(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Country:
        return QCoreApplication::translate("SearchIndex", "country");
    case SearchKind::Place:
        return QCoreApplication::translate("SearchIndex", "place");
    case SearchKind::Hazard:
        return QCoreApplication::translate("SearchIndex", "hazard area");
    }
    return {};
}

} // namespace

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // drops leading spaces and runs of them
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber()) {
            out += foldLetter(c.toCaseFolded());
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

std::vector<SearchSource> SearchIndex::sourcesOf(const Project& project)
{
    std::vector<SearchSource> sources;
    for (int i = 0; i < project.layerCount(); ++i) {
        const MapLayer* layer = project.layerAt(i);
        if (layer->kind() != MapLayer::Kind::Vector || !layer->store())
            continue;
        const data::FeatureStore& store = *layer->store();
        const QStringList& fields = store.fieldNames();
        SearchSource s;
        s.layerId = layer->id();
        s.layerName = layer->name();
        s.store = layer->store();
        const int localId = columnOf(fields, {"local_id"});
        const int name = columnOf(fields, {"name", "name_en", "admin", "name_long"});
        const int population = columnOf(fields, {"population", "pop"});
        const int iso3 = columnOf(fields, {"iso_a3", "adm0_a3", "iso3"});
        if (localId >= 0) {
            s.kind = SearchKind::Hazard;
            s.nameColumn = localId;
        } else if (name >= 0 && population >= 0 && store.dominantKind() == data::GeometryKind::Point) {
            s.kind = SearchKind::Place;
            s.nameColumn = name;
            s.rankColumn = population;
            s.countryColumn = columnOf(fields, {"country_code", "iso_a2", "country"});
            for (const char* other : {"other_names", "alternatenames", "asciiname"})
                if (const int c = columnOf(fields, {other}); c >= 0)
                    s.otherNameColumns.push_back(c);
        } else if (name >= 0 && (layer->treatyStyle() || iso3 >= 0) &&
                   store.dominantKind() == data::GeometryKind::Polygon) {
            s.kind = SearchKind::Country;
            s.nameColumn = name;
            if (const int c = columnOf(fields, {"name_iso", "formal_en", "name_long"}); c >= 0 && c != name)
                s.otherNameColumns.push_back(c);
            // The treaty table's name of the state, where the feature is the state itself (not a
            // territory, whose record is its sovereign's).
            if (const auto& treaty = layer->treatyStyle()) {
                s.extraNames.resize(store.size());
                const auto names = treaty::CountryNames::shared();
                // The state's names in every interface language (iso-codes), so "Україна" and "乌克兰"
                // find it: given to the feature named as the treaty table names the state, where one
                // is, so that a part of it drawn apart (Crimea) does not come first.
                QHash<const treaty::TreatyRecord*, std::size_t> namesake;
                for (std::size_t f = 0; f < store.size(); ++f)
                    if (const treaty::TreatyRecord* r = treaty->recordOf(f); r && !treaty->territoryOf(f) &&
                        store.attribute(f, name).toString().trimmed().compare(r->name, Qt::CaseInsensitive) == 0)
                        namesake.insert(r, f);
                for (std::size_t f = 0; f < store.size(); ++f)
                    if (const treaty::TreatyRecord* r = treaty->recordOf(f); r && !treaty->territoryOf(f)) {
                        s.extraNames[f] << r->name;
                        if (names && namesake.value(r, f) == f)
                            s.extraNames[f] << names->allNames(r->iso3);
                    }
            }
        } else {
            continue;
        }
        sources.push_back(std::move(s));
    }
    return sources;
}

std::shared_ptr<const SearchIndex> SearchIndex::build(const std::vector<SearchSource>& sources,
                                                      const std::atomic<bool>* cancel)
{
    auto index = std::make_shared<SearchIndex>();
    const QLocale english = uiLocale();
    for (const SearchSource& s : sources) {
        if (!s.store || s.nameColumn < 0)
            continue;
        const data::FeatureStore& store = *s.store;
        for (std::size_t f = 0; f < store.size(); ++f) {
            if ((f & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return nullptr;
            const QString own = store.attribute(f, s.nameColumn).toString().trimmed();
            if (own.isEmpty())
                continue;
            Entry e;
            e.hit.kind = s.kind;
            e.hit.layerId = s.layerId;
            e.hit.feature = static_cast<std::uint32_t>(f);
            e.hit.name = own;
            e.hit.bounds = store.bounds(f);
            e.hit.rank = s.rankColumn >= 0 ? store.attribute(f, s.rankColumn).toDouble() : 0;
            switch (s.kind) {
            case SearchKind::Place: {
                QStringList parts{kindDetail(s.kind)};
                if (s.countryColumn >= 0)
                    parts << store.attribute(f, s.countryColumn).toString();
                if (e.hit.rank > 0)
                    parts << QCoreApplication::translate("SearchIndex", "%1 people")
                                 .arg(english.toString(static_cast<qlonglong>(e.hit.rank)));
                e.hit.detail = parts.join(QStringLiteral(" · "));
                break;
            }
            case SearchKind::Hazard:
                e.hit.detail = QStringLiteral("%1 · %2").arg(kindDetail(s.kind), s.layerName);
                break;
            case SearchKind::Country:
                e.hit.detail = kindDetail(s.kind);
                break;
            }
            e.firstName = static_cast<std::uint32_t>(index->m_names.size());
            QSet<QString> seen;
            auto addName = [&](const QString& raw) {
                const QString folded = foldForSearch(raw);
                if (folded.isEmpty() || seen.contains(folded))
                    return;
                seen.insert(folded);
                index->m_names.push_back(folded);
                index->m_rawNames.push_back(raw.trimmed());
            };
            addName(own);
            for (const int c : s.otherNameColumns)
                for (const QString& n :
                     store.attribute(f, c).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    addName(n);
            if (f < s.extraNames.size())
                for (const QString& n : s.extraNames[f])
                    addName(n);
            e.nameEnd = static_cast<std::uint32_t>(index->m_names.size());
            index->m_entries.push_back(std::move(e));
        }
    }
    return index;
}

std::vector<SearchHit> SearchIndex::find(const QString& query, int limit) const
{
    const QString q = foldForSearch(query);
    if (q.isEmpty() || limit <= 0)
        return {};
    // Holding the query anywhere is worth listing only once it says enough.
    const int worstTier = q.size() >= 3 ? 3 : 2;
    struct Scored {
        int tier;
        bool other;
        int kind;
        double rank;
        std::size_t entry;
        std::uint32_t name;
    };
    std::vector<Scored> scored;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        int best = -1;
        std::uint32_t bestName = e.firstName;
        for (std::uint32_t n = e.firstName; n < e.nameEnd; ++n) {
            const int tier = matchTier(m_names[n], q);
            if (tier >= 0 && tier <= worstTier && (best < 0 || tier < best)) {
                best = tier;
                bestName = n;
                if (tier == 0)
                    break;
            }
        }
        if (best >= 0)
            scored.push_back(
                {best, bestName != e.firstName, static_cast<int>(e.hit.kind), e.hit.rank, i, bestName});
    }
    auto order = [this](const Scored& a, const Scored& b) {
        return std::make_tuple(a.tier, a.other, a.kind, -a.rank, m_entries[a.entry].hit.name) <
               std::make_tuple(b.tier, b.other, b.kind, -b.rank, m_entries[b.entry].hit.name);
    };
    const auto n = std::min<std::size_t>(scored.size(), static_cast<std::size_t>(limit));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(), order);
    std::vector<SearchHit> hits;
    for (std::size_t i = 0; i < n; ++i) {
        SearchHit hit = m_entries[scored[i].entry].hit;
        if (scored[i].other)
            hit.matched = m_rawNames[scored[i].name];
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace mineatlas::project
