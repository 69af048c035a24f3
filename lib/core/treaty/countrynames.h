#pragma once

#include <memory>

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "result.h"

namespace mineatlas::treaty {

/// Country names in the interface's languages, keyed by ISO 3166-1 alpha-3: the shipped
/// resources/countries/names.csv (Debian's iso-codes, see its README) read through GDAL's CSV
/// driver. Immutable once loaded; share between threads as std::shared_ptr<const CountryNames>.
class CountryNames {
public:
    /// The table shipped with MineAtlas (a Qt resource).
    static Result<std::shared_ptr<const CountryNames>> loadBuiltIn();
    /// The shipped table, loaded once per process and kept (nullptr if the build lacks it).
    /// Any thread.
    static std::shared_ptr<const CountryNames> shared();

    /// The name of `iso3` in `locale`'s language (uk, zh_CN), else English; empty when the
    /// code is not an ISO country.
    QString name(const QString& iso3, const QLocale& locale = QLocale()) const;
    /// Every name of `iso3` this table has (English first), for search.
    QStringList allNames(const QString& iso3) const;
    /// The languages besides English ("uk", "zh_CN"), as the file's columns name them.
    const QStringList& languages() const { return m_languages; }
    int size() const { return static_cast<int>(m_names.size()); }

private:
    QStringList m_languages;
    QHash<QString, QStringList> m_names; ///< iso3 → en, then one per m_languages
};

/// `fallback` (the treaty table's English name) in the interface language when `names` knows
/// `iso3`; `fallback` itself when it does not or the language is English.
QString localizedCountryName(const QString& iso3, const QString& fallback, const QLocale& locale = QLocale());

} // namespace mineatlas::treaty
