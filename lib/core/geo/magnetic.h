#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "result.h"

namespace GeographicLib {
class MagneticModel;
}

namespace mineatlas::geo {

/// The World Magnetic Model, one release per five years, evaluated with GeographicLib's
/// MagneticModel, for magnetic bearings: the declination is the angle from true north to magnetic
/// north, positive east, so a magnetic bearing is the true bearing minus it. Each date uses the
/// release whose five years hold it (never extrapolated). Immutable once loaded; safe to use from
/// any thread.
class MagneticModel {
public:
    ~MagneticModel();
    MagneticModel(const MagneticModel&) = delete;
    MagneticModel& operator=(const MagneticModel&) = delete;

    /// The releases shipped with the app (WMM2015v2, WMM2020, WMM2025 for 2015 to 2029;
    /// resources/magnetic, public domain, NOAA NCEI and BGS). GeographicLib reads files, so the
    /// resources are copied to a temporary folder first.
    static Result<std::shared_ptr<const MagneticModel>> loadBuiltIn();
    /// Releases in GeographicLib's format: `directory`/`name`.wmm and `name`.wmm.cof per name.
    static Result<std::shared_ptr<const MagneticModel>> load(const QString& directory, const QStringList& names);

    /// The release used on `date` ("WMM2025"), empty when none covers it.
    QString nameOn(QDate date) const;
    /// The first and last day any release covers.
    QDate validFrom() const;
    QDate validTo() const;
    bool isValidOn(QDate date) const { return release(date) != nullptr; }

    /// Declination in degrees east of true north at (lon, lat) and `heightM` above the WGS 84
    /// ellipsoid on `date`; std::nullopt outside the model's dates (it is not extrapolated), at
    /// the geographic poles (no north there), or for coordinates off the Earth.
    std::optional<double> declination(double lon, double lat, QDate date, double heightM = 0) const;
    /// Why declination() gives nothing on this date, or empty: "12 March 2009 is outside the
    /// World Magnetic Model (1 January 2015 to 31 December 2029): no magnetic declination".
    QString dateProblem(QDate date) const;

private:
    struct Release {
        std::unique_ptr<GeographicLib::MagneticModel> model;
        QString name;
        QDate from; ///< first day
        QDate to;   ///< last day
    };
    MagneticModel() = default;
    const Release* release(QDate date) const;

    std::vector<Release> m_releases; ///< oldest first
};

/// The date as a fractional year (2025-07-02 → 2025.5), as the WMM counts time.
double decimalYear(QDate date);

/// Magnetic bearing from a true one (and back): both in [0, 360).
double magneticFromTrue(double trueDeg, double declinationDeg);
double trueFromMagnetic(double magneticDeg, double declinationDeg);

/// "7.2° E", "0.4° W": a declination as compasses and maps print it.
QString formatDeclination(double degrees);

} // namespace mineatlas::geo
