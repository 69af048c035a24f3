#include "data/plausibility.h"

#include <QCoreApplication>

#include <cmath>

namespace mineatlas::data {

namespace {
constexpr double kMaxLat = 90.0 + 1e-9;
constexpr double kMaxLon = 540.0; // three turns: data unwrapped across the antimeridian stays valid
} // namespace

bool CoordinatePlausibility::acceptSource(std::span<const std::vector<double>> rings, bool polygon)
{
    m_sourceSwappable = m_geographic;
    bool degenerate = false;
    for (const auto& ring : rings) {
        if (polygon && !degenerate) {
            // Three distinct points at least (a closed ring repeats its first one).
            // Compared with the distinct points found so far (two at most): linear in the ring.
            double px[2] = {}, py[2] = {};
            int distinct = 0;
            for (std::size_t i = 0; i + 1 < ring.size() && distinct < 3; i += 2) {
                bool seen = false;
                for (int j = 0; j < distinct && !seen; ++j)
                    seen = px[j] == ring[i] && py[j] == ring[i + 1];
                if (!seen) {
                    if (distinct < 2) {
                        px[distinct] = ring[i];
                        py[distinct] = ring[i + 1];
                    }
                    ++distinct;
                }
            }
            degenerate = distinct < 3;
        }
        for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
            if (!std::isfinite(ring[i]) || !std::isfinite(ring[i + 1])) {
                ++m_nonFinite;
                return false;
            }
            // Read as y, x: would it be a valid latitude, longitude?
            if (std::abs(ring[i]) > kMaxLat || std::abs(ring[i + 1]) > 180.0)
                m_sourceSwappable = false;
        }
    }
    m_degenerate += degenerate;
    return true;
}

bool CoordinatePlausibility::acceptLonLat(std::span<const std::vector<double>> rings)
{
    for (const auto& ring : rings)
        for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
            if (!std::isfinite(ring[i]) || !std::isfinite(ring[i + 1]) || std::abs(ring[i + 1]) > kMaxLat ||
                std::abs(ring[i]) > kMaxLon) {
                ++m_outOfRange;
                m_swappable += m_sourceSwappable;
                return false;
            }
    return true;
}

QStringList CoordinatePlausibility::warnings(const QString& file) const
{
    QStringList out;
    if (m_nonFinite > 0)
        out << QCoreApplication::translate("VectorLoader", "%1: %2 feature(s) have coordinates that are not numbers (NaN or infinity); "
                              "they are not drawn")
                   .arg(file)
                   .arg(m_nonFinite);
    if (m_outOfRange > 0) {
        QString text = QCoreApplication::translate("VectorLoader", "%1: %2 feature(s) have coordinates outside the valid range of "
                                      "longitude/latitude (latitude beyond ±90° or longitude beyond ±540°); "
                                      "they are not drawn")
                           .arg(file)
                           .arg(m_outOfRange);
        if (m_swappable == m_outOfRange)
            text += QCoreApplication::translate("VectorLoader", ". With x and y swapped every one of them would be valid: the file "
                                   "probably stores latitude before longitude");
        out << text;
    }
    if (m_degenerate > 0)
        out << QCoreApplication::translate("VectorLoader", "%1: %2 polygon feature(s) have a ring of fewer than three distinct points (no area)")
                   .arg(file)
                   .arg(m_degenerate);
    return out;
}

} // namespace mineatlas::data
