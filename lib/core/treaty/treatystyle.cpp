#include "treaty/treatystyle.h"

#include <QCoreApplication>
#include <QHash>

#include "data/featurestore.h"
#include "treaty/territories.h"
#include "treaty/countrynames.h"

namespace mineatlas::treaty {

namespace {

// Paul Tol's colour-blind-safe "bright" scheme.
const QColor kBlue(0x44, 0x77, 0xAA), kCyan(0x66, 0xCC, 0xEE), kYellow(0xCC, 0xBB, 0x44),
    kRed(0xEE, 0x66, 0x77), kPurple(0xAA, 0x33, 0x77), kGrey(0x77, 0x77, 0x77);

constexpr int kVariants = 4; // × (suspension flag) × (highlighted)

int symbolIndex(TreatyStatus s, bool suspended, bool highlighted)
{
    return 1 + static_cast<int>(s) * kVariants + (suspended ? 2 : 0) + (highlighted ? 1 : 0);
}

} // namespace

QStringList TreatyStyle::defaultHighlighted()
{
    return {QStringLiteral("POL"), QStringLiteral("FIN"), QStringLiteral("EST"), QStringLiteral("LVA"),
            QStringLiteral("LTU"), QStringLiteral("UKR"), QStringLiteral("USA"), QStringLiteral("RUS"),
            QStringLiteral("CHN"), QStringLiteral("VNM")};
}

TreatyStyle::TreatyStyle(std::shared_ptr<const TreatyTable> table, CountryMatch match,
                         QStringList highlighted)
    : m_table(std::move(table)), m_match(std::move(match)), m_highlighted(std::move(highlighted))
{
}

render::Symbol TreatyStyle::noStatusSymbol()
{
    render::Symbol s;
    s.fill = QColor(0xE4, 0xE4, 0xE4);
    s.stroke = QColor(0x9a, 0x9a, 0x9a);
    s.strokeWidth = 0.6;
    return s;
}

render::Symbol TreatyStyle::symbolFor(TreatyStatus status, unsigned flags)
{
    render::Symbol s;
    s.stroke = Qt::white;
    s.strokeWidth = 0.6;
    switch (status) {
    case TreatyStatus::NotYetOpen:
        s.fill = QColor(0xDD, 0xDD, 0xDD);
        break;
    case TreatyStatus::NotYetAState:
        // Part of another state then: pale, with a dotted outline.
        s.fill = QColor(0xEE, 0xEE, 0xEE);
        s.stroke = QColor(0x8a, 0x8a, 0x8a);
        s.strokeStyle = Qt::DotLine;
        break;
    case TreatyStatus::NeverJoined:
        s.fill = kGrey;
        break;
    case TreatyStatus::Signatory:
        s.fill = kYellow;
        break;
    case TreatyStatus::JoinedNotInForce:
        s.fill = kCyan;
        break;
    case TreatyStatus::StateParty:
        s.fill = kBlue;
        break;
    case TreatyStatus::WithdrawalAnnounced:
        s.fill = kBlue;
        s.hatch = Qt::FDiagPattern;
        s.hatchColor = kRed;
        break;
    case TreatyStatus::WithdrawalPending:
        s.fill = kRed;
        s.hatch = Qt::BDiagPattern;
        s.hatchColor = kBlue;
        break;
    case TreatyStatus::Withdrawn:
        s.fill = kPurple;
        break;
    case TreatyStatus::Uncertain:
        s.fill = QColor(0xF4, 0xF4, 0xF4);
        s.hatch = Qt::DiagCrossPattern;
        s.hatchColor = kGrey;
        break;
    }
    if (flags & SuspensionClaimed) {
        s.hatch = Qt::FDiagPattern;
        s.hatchColor = kYellow;
    }
    return s;
}

std::shared_ptr<const render::StyledFeatures> TreatyStyle::apply(const data::FeatureStore& store,
                                                                 QDate date) const
{
    auto styled = std::make_shared<render::StyledFeatures>();
    styled->symbols.assign(1 + kTreatyStatusCount * kVariants, noStatusSymbol());
    for (int st = 0; st < kTreatyStatusCount; ++st)
        for (int v = 0; v < kVariants; ++v) {
            render::Symbol s = symbolFor(static_cast<TreatyStatus>(st), (v & 2) ? SuspensionClaimed : NoFlag);
            if (v & 1) {
                s.stroke = QColor(0x11, 0x11, 0x11);
                s.strokeWidth = 1.0; // at most 1 px keeps Qt on its fast cosmetic stroker
            }
            styled->symbols[static_cast<std::size_t>(
                symbolIndex(static_cast<TreatyStatus>(st), v & 2, v & 1))] = s;
        }
    styled->symbolOf.assign(store.size(), 0);
    const auto& records = m_table->records();
    // Evaluate each state once, then spread to its features.
    std::vector<int> symbolOfRecord(records.size(), -1);
    QHash<int, std::uint32_t> labelFeature; // record → its largest highlighted feature
    for (std::size_t f = 0; f < store.size() && f < m_match.recordOf.size(); ++f) {
        const int r = m_match.recordOf[f];
        if (r < 0)
            continue;
        if (const Territory* t = territoryOf(f); t && !t->coveredOn(date))
            continue; // a dependency before the Convention was extended to it: no treaty status
        const TreatyRecord& rec = records[static_cast<std::size_t>(r)];
        const bool highlighted = m_highlighted.contains(rec.iso3);
        if (symbolOfRecord[static_cast<std::size_t>(r)] < 0) {
            const StatusAtDate s = statusAt(rec, date);
            symbolOfRecord[static_cast<std::size_t>(r)] =
                symbolIndex(s.status, s.flags & SuspensionClaimed, highlighted);
        }
        styled->symbolOf[f] = static_cast<std::uint16_t>(symbolOfRecord[static_cast<std::size_t>(r)]);
        if (highlighted) {
            auto area = [&](std::uint32_t g) { return store.bounds(g).width() * store.bounds(g).height(); };
            auto it = labelFeature.find(r);
            if (it == labelFeature.end() || area(static_cast<std::uint32_t>(f)) > area(it.value()))
                labelFeature.insert(r, static_cast<std::uint32_t>(f));
        }
    }
    for (auto it = labelFeature.cbegin(); it != labelFeature.cend(); ++it)
        styled->labels.emplace_back(it.value(), localizedCountryName(records[static_cast<std::size_t>(it.key())].iso3,
                                                                     records[static_cast<std::size_t>(it.key())].name));
    std::sort(styled->labels.begin(), styled->labels.end());
    return styled;
}

std::vector<TreatyStyle::LegendEntry> TreatyStyle::legend(QDate date) const
{
    std::vector<const TreatyRecord*> all;
    for (const TreatyRecord& r : m_table->records())
        all.push_back(&r);
    int noStatus = static_cast<int>(m_match.unmatched.size());
    for (std::size_t f = 0; f < m_match.territoryOf.size(); ++f)
        noStatus += m_match.recordOf[f] >= 0 && m_match.territoryOf[f] && !m_match.territoryOf[f]->coveredOn(date);
    return legend(date, all, noStatus);
}

std::vector<TreatyStyle::LegendEntry> TreatyStyle::legend(QDate date, const std::vector<const TreatyRecord*>& states,
                                                          int noStatus) const
{
    int counts[kTreatyStatusCount] = {};
    int suspended = 0;
    for (const TreatyRecord* r : states) {
        const StatusAtDate s = statusAt(*r, date);
        if (s.flags & SuspensionClaimed)
            ++suspended;
        else
            ++counts[static_cast<int>(s.status)];
    }
    std::vector<LegendEntry> out;
    const TreatyStatus order[] = {
        TreatyStatus::StateParty,        TreatyStatus::JoinedNotInForce, TreatyStatus::WithdrawalAnnounced,
        TreatyStatus::WithdrawalPending, TreatyStatus::Withdrawn,        TreatyStatus::Signatory,
        TreatyStatus::NeverJoined,       TreatyStatus::Uncertain,        TreatyStatus::NotYetOpen,
        TreatyStatus::NotYetAState};
    for (TreatyStatus st : order) {
        if (counts[static_cast<int>(st)] > 0)
            out.push_back({statusLabel(st), symbolFor(st, NoFlag), counts[static_cast<int>(st)]});
        if (st == TreatyStatus::StateParty && suspended > 0)
            out.push_back({QCoreApplication::translate("Legend", "State Party, claims suspension"),
                           symbolFor(TreatyStatus::StateParty, SuspensionClaimed), suspended});
    }
    if (noStatus > 0)
        out.push_back({QCoreApplication::translate("Legend", "No treaty status"), noStatusSymbol(), noStatus});
    return out;
}

const Territory* TreatyStyle::territoryOf(std::size_t feature) const
{
    return feature < m_match.territoryOf.size() ? m_match.territoryOf[feature] : nullptr;
}

const TreatyRecord* TreatyStyle::recordOf(std::size_t feature) const
{
    if (feature >= m_match.recordOf.size() || m_match.recordOf[feature] < 0)
        return nullptr;
    return &m_table->records()[static_cast<std::size_t>(m_match.recordOf[feature])];
}

} // namespace mineatlas::treaty
