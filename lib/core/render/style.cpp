#include "render/style.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include <QHash>

#include "data/featurestore.h"

namespace mineatlas::render {

const std::vector<QColor>& qualitativePalette()
{
    static const std::vector<QColor> palette = {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
        QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x88, 0xCC, 0xEE), QColor(0x44, 0xAA, 0x99),
        QColor(0x11, 0x77, 0x33), QColor(0x99, 0x99, 0x33), QColor(0xDD, 0xCC, 0x77),
        QColor(0xCC, 0x66, 0x77), QColor(0x88, 0x22, 0x55), QColor(0xAA, 0x44, 0x99),
        QColor(0x33, 0x22, 0x88),
    };
    return palette;
}

VectorStyle VectorStyle::categorized(const data::FeatureStore& store, const QString& field,
                                     const Symbol& base, int maxCategories)
{
    VectorStyle style;
    style.base = base;
    style.base.fill = QColor(0xcc, 0xcc, 0xcc);
    const int column = store.fieldNames().indexOf(field);
    if (column < 0)
        return style;
    style.categoryField = field;
    QHash<QString, int> counts;
    QHash<QString, QVariant> firstValue;
    for (std::size_t f = 0; f < store.size(); ++f) {
        const QVariant v = store.attribute(f, column);
        const QString key = v.toString();
        if (!counts.contains(key))
            firstValue.insert(key, v);
        ++counts[key];
    }
    std::vector<std::pair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (static_cast<int>(sorted.size()) > maxCategories)
        sorted.resize(static_cast<std::size_t>(maxCategories));
    // Alphabetical in the legend, colours assigned in that order.
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto& palette = qualitativePalette();
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        Category c;
        c.value = firstValue.value(sorted[i].first);
        c.label = sorted[i].first.isEmpty() ? QStringLiteral("(empty)") : sorted[i].first;
        c.symbol = base;
        c.symbol.fill = palette[i % palette.size()];
        style.categories.push_back(c);
    }
    return style;
}

Symbol VectorStyle::incompleteSymbol()
{
    Symbol s;
    s.fill = Qt::transparent;
    s.hatch = Qt::DiagCrossPattern;
    s.hatchColor = QColor(0xCC, 0x00, 0xCC);
    s.stroke = QColor(0xCC, 0x00, 0xCC);
    s.strokeStyle = Qt::DotLine;
    return s;
}

std::shared_ptr<const StyledFeatures> applyStyle(const VectorStyle& style, const data::FeatureStore& store,
                                                 const AttributeOverride& override)
{
    auto valueOf = [&](std::size_t f, int column) {
        if (override)
            if (auto v = override(f, column))
                return *v;
        return store.attribute(f, column);
    };
    auto styled = std::make_shared<StyledFeatures>();
    styled->symbols.push_back(style.base);
    styled->symbolOf.assign(store.size(), 0);
    const int fillColumn = style.isCategorized() ? store.fieldNames().indexOf(style.categoryField) : -1;
    const int strokeColumn = style.strokeField.isEmpty() ? -1 : store.fieldNames().indexOf(style.strokeField);
    const int labelColumn = style.labelField.isEmpty() ? -1 : store.fieldNames().indexOf(style.labelField);
    auto indexOf = [](const std::vector<Category>& cats) {
        std::unordered_map<std::string, int> lookup;
        for (std::size_t i = 0; i < cats.size(); ++i)
            lookup.emplace(cats[i].value.toString().toStdString(), static_cast<int>(i));
        return lookup;
    };
    const auto fills = indexOf(style.categories);
    const auto strokes = indexOf(style.strokeCategories);
    std::vector<int> requiredColumns;
    for (const QString& field : style.requiredFields)
        if (const int c = store.fieldNames().indexOf(field); c >= 0)
            requiredColumns.push_back(c);
    auto isIncomplete = [&](std::size_t f) {
        return std::any_of(requiredColumns.begin(), requiredColumns.end(), [&](int c) {
            const QVariant v = store.attribute(f, c);
            return v.isNull() || v.toString().trimmed().isEmpty();
        });
    };
    // One symbol per (fill class, outline class, incomplete) that occurs; -1 = the base.
    std::map<std::tuple<int, int, bool>, std::uint16_t> combined;
    for (std::size_t f = 0; f < store.size(); ++f) {
        int fillCat = -1, strokeCat = -1;
        const bool incomplete = !requiredColumns.empty() && isIncomplete(f);
        if (fillColumn >= 0)
            if (auto it = fills.find(valueOf(f, fillColumn).toString().toStdString());
                it != fills.end())
                fillCat = it->second;
        if (strokeColumn >= 0)
            if (auto it = strokes.find(valueOf(f, strokeColumn).toString().toStdString());
                it != strokes.end())
                strokeCat = it->second;
        if (fillCat < 0 && strokeCat < 0 && !incomplete)
            continue;
        auto [it, inserted] = combined.try_emplace({fillCat, strokeCat, incomplete}, std::uint16_t(0));
        if (inserted) {
            Symbol s = fillCat >= 0 ? style.categories[static_cast<std::size_t>(fillCat)].symbol : style.base;
            if (strokeCat >= 0) {
                const Symbol& o = style.strokeCategories[static_cast<std::size_t>(strokeCat)].symbol;
                s.stroke = o.stroke;
                s.strokeWidth = o.strokeWidth;
                s.strokeStyle = o.strokeStyle;
            }
            if (incomplete) {
                s.hatch = style.incomplete.hatch;
                s.hatchColor = style.incomplete.hatchColor;
            }
            styled->symbols.push_back(s);
            it->second = static_cast<std::uint16_t>(styled->symbols.size() - 1);
        }
        styled->symbolOf[f] = it->second;
    }
    const int rankColumn = style.rankField.isEmpty() ? -1 : store.fieldNames().indexOf(style.rankField);
    std::vector<double> ranks;
    if (rankColumn >= 0) {
        ranks.resize(store.size());
        for (std::size_t f = 0; f < store.size(); ++f)
            ranks[f] = store.attribute(f, rankColumn).toDouble();
        if (!style.rankScales.empty()) {
            styled->maxScale.resize(store.size());
            for (std::size_t f = 0; f < store.size(); ++f) {
                double largest = style.rankScaleFloor;
                for (const auto& [minRank, scale] : style.rankScales)
                    if (ranks[f] >= minRank)
                        largest = std::max(largest, scale);
                styled->maxScale[f] = static_cast<float>(largest);
            }
        }
    }
    styled->labelBesideMarker = style.labelBesideMarker;
    if (labelColumn >= 0 || !requiredColumns.empty()) {
        styled->labelMinPixels = style.labelBesideMarker ? 0 : 24;
        for (std::size_t f = 0; f < store.size(); ++f) {
            QString text = labelColumn >= 0 ? store.attribute(f, labelColumn).toString() : QString();
            if (!requiredColumns.empty() && isIncomplete(f))
                text = text.isEmpty() ? QStringLiteral("incomplete") : QStringLiteral("%1 (incomplete)").arg(text);
            if (!text.isEmpty())
                styled->labels.emplace_back(static_cast<std::uint32_t>(f), text);
        }
        // Labels are placed in order and skip places taken: the biggest first.
        if (!ranks.empty())
            std::stable_sort(styled->labels.begin(), styled->labels.end(),
                             [&](const auto& a, const auto& b) { return ranks[a.first] > ranks[b.first]; });
    }
    return styled;
}

} // namespace mineatlas::render
