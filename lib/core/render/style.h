#pragma once

#include <functional>
#include <optional>

#include <cstdint>
#include <memory>
#include <vector>

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::render {

/// How one class of features is drawn.
struct Symbol {
    QColor fill{0xd9, 0xd4, 0xc7};
    QColor stroke{0x55, 0x55, 0x55};
    double strokeWidth = 0.6;           ///< pixels at 96 DPI
    double markerSize = 6;              ///< point diameter, pixels at 96 DPI
    Qt::BrushStyle hatch = Qt::NoBrush; ///< pattern drawn over the fill (e.g. Qt::FDiagPattern)
    QColor hatchColor{Qt::black};
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    /// Polygons smaller than this on screen (pixels, larger side) are drawn as a marker of
    /// markerSize at their centre instead, so small areas stay visible at small scales. 0 = never.
    double markerBelowPx = 0;
    bool operator==(const Symbol&) const = default;
};

struct Category {
    QVariant value; ///< attribute value (compared as text)
    QString label;
    Symbol symbol;
};

/// A layer style: one symbol for everything, or one per value of an attribute (categorized).
/// Plain value type; the GUI edits copies and hands them back.
struct VectorStyle {
    Symbol base;           ///< single style, and the "other values" class when categorized
    QString baseLabel;     ///< the legend's name for `base` when categorized (empty: "other values")
    QString categoryField; ///< empty = single symbol
    std::vector<Category> categories;
    /// Optional second classification that sets only the outline (colour, width, dash), e.g.
    /// hazard status over a fill by hazard class.
    QString strokeField;
    std::vector<Category> strokeCategories;
    /// Optional: label each feature with this attribute (when it is large enough on screen).
    QString labelField;
    /// Optional: a number that ranks features (a place's population). Labels are placed largest
    /// first, and with `rankScales` a feature shows only at scales its rank allows.
    QString rankField;
    /// (minimum rank, largest scale denominator at which features of that rank show), any order:
    /// a feature shows up to the largest denominator of the rows its rank reaches; a feature whose
    /// rank reaches no row shows only at scales of 1:`rankScaleFloor` or closer. Empty = always.
    std::vector<std::pair<double, double>> rankScales;
    double rankScaleFloor = 0;
    /// Point labels go to the right of the marker (places) instead of centred on the feature.
    bool labelBesideMarker = false;
    /// Optional: records that leave any of these fields empty are drawn with the `incomplete`
    /// hatching over their class, and labelled as incomplete, until the fields are filled.
    QStringList requiredFields;
    Symbol incomplete = incompleteSymbol();

    /// Magenta cross-hatching: what the legend shows for "required fields empty".
    static Symbol incompleteSymbol();

    bool isCategorized() const { return !categoryField.isEmpty(); }

    /// Categories for every distinct value of `field` (up to `maxCategories`, most frequent first),
    /// coloured from a qualitative, colour-blind-friendly palette; keeps the base outline.
    static VectorStyle categorized(const data::FeatureStore& store, const QString& field, const Symbol& base,
                                   int maxCategories = 24);
};

/// A style evaluated once against a store: the symbol of every feature as an index. Renderers use
/// this and never look at attributes, so redraws and date changes cost nothing per vertex.
struct StyledFeatures {
    /// symbolOf value of a feature that is not drawn (e.g. outside the date of a temporal layer).
    static constexpr std::uint16_t kHidden = 0xFFFF;
    std::vector<Symbol> symbols;         ///< [0] is the base symbol
    std::vector<std::uint16_t> symbolOf; ///< per feature; kHidden: not drawn
    /// Optional labels: (feature, text) pairs drawn at a point inside the feature.
    std::vector<std::pair<std::uint32_t, QString>> labels;
    /// Labels of features narrower than this on screen are left out (0: always try).
    double labelMinPixels = 0;
    /// Per feature: the largest scale denominator it is drawn (and labelled) at; empty = all.
    std::vector<float> maxScale;
    /// Point labels to the right of the marker, in a lighter font (place names).
    bool labelBesideMarker = false;

    /// Whether feature `f` shows at 1:`scaleDenominator` (0: scale unknown, everything shows).
    bool showsAtScale(std::size_t f, double scaleDenominator) const
    {
        return maxScale.empty() || scaleDenominator <= 0 || f >= maxScale.size() || scaleDenominator <= maxScale[f];
    }
};

/// Values that replace a feature's stored attribute for styling (e.g. its classification on some
/// date, from a status history): the value, or std::nullopt to use the stored one.
using AttributeOverride = std::function<std::optional<QVariant>(std::size_t feature, int column)>;

std::shared_ptr<const StyledFeatures> applyStyle(const VectorStyle& style, const data::FeatureStore& store,
                                                 const AttributeOverride& override = {});

/// The palette categorized styles draw from (Okabe–Ito plus Tol's muted set).
const std::vector<QColor>& qualitativePalette();

} // namespace mineatlas::render
