#include "treaty/countrynames.h"

#include <mutex>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "data/resourcefile.h"

namespace mineatlas::treaty {

namespace {

constexpr char kBuiltInResource[] = ":/countries/names.csv";

/// The file's column for `locale`: "zh_CN" for Simplified Chinese, else the bare language ("uk").
QString columnFor(const QLocale& locale)
{
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QString() : QStringLiteral("zh_CN");
    return QLocale::languageToCode(locale.language());
}

} // namespace

Result<std::shared_ptr<const CountryNames>> CountryNames::loadBuiltIn()
{
    const data::ResourceFile file(QString::fromLatin1(kBuiltInResource));
    if (!file.isValid())
        return Error{QStringLiteral("The built-in country names are missing from this build")};
    data::GdalErrorCollector errors;
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"AUTODETECT_TYPE=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.path().toUtf8().constData(),
                                              GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    OGRLayer* layer = ds ? ds->GetLayer(0) : nullptr;
    if (!layer)
        return Error{QStringLiteral("built-in country names: %1").arg(errors.message(QStringLiteral("not a CSV table")))};
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    if (defn->GetFieldCount() < 2 || QString::fromUtf8(defn->GetFieldDefn(0)->GetNameRef()) != QLatin1String("iso3") ||
        QString::fromUtf8(defn->GetFieldDefn(1)->GetNameRef()) != QLatin1String("en"))
        return Error{QStringLiteral("built-in country names: the columns must start with iso3,en")};
    auto names = std::make_shared<CountryNames>();
    for (int i = 2; i < defn->GetFieldCount(); ++i)
        names->m_languages << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    for (const auto& feature : *layer) {
        QStringList row;
        for (int i = 1; i < defn->GetFieldCount(); ++i)
            row << QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
        names->m_names.insert(QString::fromUtf8(feature->GetFieldAsString(0)).trimmed().toUpper(), row);
    }
    return std::shared_ptr<const CountryNames>(std::move(names));
}

std::shared_ptr<const CountryNames> CountryNames::shared()
{
    // Immutable data from the binary itself: loading it once is a cache, not state.
    static std::once_flag once;
    static std::shared_ptr<const CountryNames> names;
    std::call_once(once, [] {
        if (auto loaded = loadBuiltIn())
            names = loaded.value();
    });
    return names;
}

QString CountryNames::name(const QString& iso3, const QLocale& locale) const
{
    const auto it = m_names.constFind(iso3.toUpper());
    if (it == m_names.cend())
        return {};
    const int column = m_languages.indexOf(columnFor(locale));
    const QString translated = column >= 0 ? it->value(column + 1) : QString();
    return translated.isEmpty() ? it->value(0) : translated;
}

QStringList CountryNames::allNames(const QString& iso3) const
{
    QStringList out;
    for (const QString& n : m_names.value(iso3.toUpper()))
        if (!n.isEmpty() && !out.contains(n))
            out << n;
    return out;
}

QString localizedCountryName(const QString& iso3, const QString& fallback, const QLocale& locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return fallback;
    const auto names = CountryNames::shared();
    const QString name = names ? names->name(iso3, locale) : QString();
    return name.isEmpty() ? fallback : name;
}

} // namespace mineatlas::treaty
