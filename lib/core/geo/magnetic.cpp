#include "geo/magnetic.h"
#include "uilocale.h"

#include <algorithm>
#include <cmath>
#include <exception>

#include <GeographicLib/MagneticModel.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace mineatlas::geo {

namespace {

QDate dateOfYear(double year)
{
    const int whole = int(std::floor(year));
    const QDate start(whole, 1, 1);
    return start.addDays(qint64(std::lround((year - whole) * start.daysInYear())));
}

double normalised(double deg)
{
    double d = std::fmod(deg, 360.0);
    if (d < 0)
        d += 360.0;
    return d >= 360.0 ? 0.0 : d;
}

QString longDate(QDate d)
{
    return localLongDate(d);
}

} // namespace

MagneticModel::~MagneticModel() = default;

double decimalYear(QDate date)
{
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

double magneticFromTrue(double trueDeg, double declinationDeg)
{
    return normalised(trueDeg - declinationDeg);
}

double trueFromMagnetic(double magneticDeg, double declinationDeg)
{
    return normalised(magneticDeg + declinationDeg);
}

QString formatDeclination(double degrees)
{
    const double rounded = std::round(degrees * 10) / 10;
    return QStringLiteral("%1° %2").arg(std::abs(rounded), 0, 'f', 1).arg(QChar(rounded < 0 ? u'W' : u'E'));
}

Result<std::shared_ptr<const MagneticModel>> MagneticModel::load(const QString& directory, const QStringList& names)
{
    std::shared_ptr<MagneticModel> set(new MagneticModel);
    for (const QString& name : names) {
        Release r;
        try {
            r.model = std::make_unique<GeographicLib::MagneticModel>(name.toStdString(), directory.toStdString());
        } catch (const std::exception& e) {
            return Error{QCoreApplication::translate("Magnetic", "cannot read the magnetic model %1 in %2: %3")
                             .arg(name, QDir::toNativeSeparators(directory), QString::fromLocal8Bit(e.what()))};
        }
        const double minTime = r.model->MinTime();
        const double maxTime = r.model->MaxTime();
        if (!std::isfinite(minTime) || !std::isfinite(maxTime) || !(maxTime > minTime))
            return Error{QCoreApplication::translate("Magnetic", "the magnetic model %1 in %2 does not say which years it covers")
                             .arg(name, QDir::toNativeSeparators(directory))};
        // The description starts with the release's own name ("WMM-2015v2, World Magnetic …").
        const QString description = QString::fromStdString(r.model->Description());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(R"(^([A-Za-z]+)-?(\d{4}\w*))")).match(description);
        r.name = m.hasMatch() ? m.captured(1) + m.captured(2) : name;
        r.from = dateOfYear(minTime);
        r.to = dateOfYear(maxTime).addDays(-1); // MaxTime is the first day it no longer covers
        set->m_releases.push_back(std::move(r));
    }
    if (set->m_releases.empty())
        return Error{QCoreApplication::translate("Magnetic", "no magnetic model given")};
    std::sort(set->m_releases.begin(), set->m_releases.end(),
              [](const Release& a, const Release& b) { return a.from < b.from; });
    return std::shared_ptr<const MagneticModel>(std::move(set));
}

Result<std::shared_ptr<const MagneticModel>> MagneticModel::loadBuiltIn()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QCoreApplication::translate("Magnetic", "cannot make a temporary folder for the magnetic model: %1").arg(dir.errorString())};
    const QStringList names{QStringLiteral("wmm2015v2"), QStringLiteral("wmm2020"), QStringLiteral("wmm2025")};
    for (const QString& name : names) {
        for (const QString& file : {name + QStringLiteral(".wmm"), name + QStringLiteral(".wmm.cof")}) {
            if (!QFile::copy(QStringLiteral(":/magnetic/") + file, dir.filePath(file)))
                return Error{QCoreApplication::translate("Magnetic", "the built-in magnetic model file %1 is missing").arg(file)};
        }
    }
    // GeographicLib reads everything in its constructor; the folder can go afterwards.
    return load(dir.path(), names);
}

const MagneticModel::Release* MagneticModel::release(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    // The newest release that covers the date (they meet end to end; a newer one wins an overlap).
    for (auto it = m_releases.rbegin(); it != m_releases.rend(); ++it)
        if (date >= it->from && date <= it->to)
            return &*it;
    return nullptr;
}

QString MagneticModel::nameOn(QDate date) const
{
    const Release* r = release(date);
    return r ? r->name : QString();
}

QDate MagneticModel::validFrom() const
{
    return m_releases.front().from;
}

QDate MagneticModel::validTo() const
{
    QDate last = m_releases.front().to;
    for (const Release& r : m_releases)
        last = std::max(last, r.to);
    return last;
}

std::optional<double> MagneticModel::declination(double lon, double lat, QDate date, double heightM) const
{
    const Release* r = release(date);
    if (!r || !std::isfinite(lon) || !std::isfinite(lat) || !std::isfinite(heightM) || std::abs(lat) >= 90
        || std::abs(lon) > 540)
        return std::nullopt;
    double bx = 0, by = 0, bz = 0;
    (*r->model)(decimalYear(date), lat, lon, heightM, bx, by, bz);
    double h = 0, f = 0, d = 0, i = 0;
    GeographicLib::MagneticModel::FieldComponents(bx, by, bz, h, f, d, i);
    if (!std::isfinite(d) || !(h > 0))
        return std::nullopt;
    return d;
}

QString MagneticModel::dateProblem(QDate date) const
{
    if (!date.isValid())
        return QCoreApplication::translate("Magnetic", "no date for the magnetic declination");
    if (isValidOn(date))
        return {};
    return QCoreApplication::translate("Magnetic", "%1 is outside the World Magnetic Model (%2 to %3): no magnetic declination")
        .arg(longDate(date), longDate(validFrom()), longDate(validTo()));
}

} // namespace mineatlas::geo
