#include "treaty/territories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <ogrsf_frmts.h>

#include "data/csvtable.h"
#include "data/resourcefile.h"
#include "treaty/countrymatcher.h"
#include "uilocale.h"

namespace mineatlas::treaty {

namespace {

const char* const kColumns[] = {"code", "name", "aliases", "sovereign", "relation", "coverage", "applies_from", "notes", "sources"};

} // namespace

QString Territory::relationText(const QString& sovereignName) const
{
    const QString of = sovereignName.isEmpty() ? sovereign : sovereignName;
    if (relation == Relation::Part)
        return QCoreApplication::translate("Territories", "part of %1, so %1's treaty status").arg(of);
    switch (coverage) {
    case Coverage::Applies:
        return QCoreApplication::translate("Territories", "a dependency of %1; the Convention was extended to it on %2, so %1's treaty status from then")
            .arg(of, localLongDate(appliesFrom));
    case Coverage::NotApplied:
        return QCoreApplication::translate("Territories", "a dependency of %1; the Convention does not extend to it").arg(of);
    case Coverage::NotRecorded:
        return QCoreApplication::translate("Territories", "a dependency of %1; the depositary records no application of the Convention to it").arg(of);
    }
    return {};
}

Result<std::shared_ptr<const TerritoryTable>> TerritoryTable::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("%1: file not found").arg(QFileInfo(path).fileName())};
    return loadDataset(path, QFileInfo(path).fileName());
}

const TerritoryTable& TerritoryTable::builtIn()
{
    static const std::shared_ptr<const TerritoryTable> table = [] {
        const data::ResourceFile file(QStringLiteral(":/treaty/territories.csv"));
        if (file.isValid())
            if (auto t = loadDataset(file.path(), QStringLiteral("built-in territories table")); t.ok())
                return t.value();
        return std::make_shared<const TerritoryTable>();
    }();
    return *table;
}

Result<std::shared_ptr<const TerritoryTable>> TerritoryTable::loadDataset(const QString& gdalPath, const QString& label)
{
    auto csv = data::openCsvTable(gdalPath, label, kColumns, std::size(kColumns));
    if (!csv)
        return Error{csv.error()};
    OGRLayer* layer = csv->layer;
    auto table = std::make_shared<TerritoryTable>();
    QStringList problems;
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z]{3}$"));
    int row = 1;
    for (auto& f : *layer) {
        ++row;
        auto text = [&](const char* name) { return csv->text(*f, name); };
        Territory t;
        t.row = row;
        t.code = text("code").toUpper();
        t.name = text("name");
        const QString where = QStringLiteral("row %1 (%2)").arg(row).arg(t.name.isEmpty() ? QStringLiteral("?") : t.name);
        auto complain = [&](const QString& what) { problems << QStringLiteral("%1: %2").arg(where, what); };
        if (t.name.isEmpty())
            complain(QStringLiteral("no name"));
        if (!t.code.isEmpty() && !codeRe.match(t.code).hasMatch())
            complain(QStringLiteral("code \"%1\" is not three letters").arg(text("code")));
        else if (!t.code.isEmpty() && table->m_byCode.contains(t.code))
            complain(QStringLiteral("code %1 appears twice").arg(t.code));
        for (const QString& a : text("aliases").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            t.aliases << a.trimmed();
        t.sovereign = text("sovereign").toUpper();
        if (!codeRe.match(t.sovereign).hasMatch())
            complain(QStringLiteral("sovereign \"%1\" is not an ISO alpha-3 code").arg(text("sovereign")));
        const QString relation = text("relation");
        if (relation == QLatin1String("part"))
            t.relation = Territory::Relation::Part;
        else if (relation == QLatin1String("dependency"))
            t.relation = Territory::Relation::Dependency;
        else
            complain(QStringLiteral("relation \"%1\" must be part or dependency").arg(relation));
        const QString coverage = text("coverage");
        if (coverage == QLatin1String("applies"))
            t.coverage = Territory::Coverage::Applies;
        else if (coverage == QLatin1String("not_applied"))
            t.coverage = Territory::Coverage::NotApplied;
        else if (coverage == QLatin1String("not_recorded"))
            t.coverage = Territory::Coverage::NotRecorded;
        else
            complain(QStringLiteral("coverage \"%1\" must be applies, not_applied or not_recorded").arg(coverage));
        if (t.relation == Territory::Relation::Part && t.coverage != Territory::Coverage::Applies)
            complain(QStringLiteral("a part of a state takes its status: coverage must be applies"));
        const QString from = text("applies_from");
        t.appliesFrom = QDate::fromString(from, Qt::ISODate);
        if (!from.isEmpty() && !t.appliesFrom.isValid())
            complain(QStringLiteral("applies_from \"%1\" is not a date").arg(from));
        if (t.relation == Territory::Relation::Dependency && t.coverage == Territory::Coverage::Applies && from.isEmpty())
            complain(QStringLiteral("a dependency the Convention applies to needs the date it was extended (applies_from)"));
        if (!from.isEmpty() && (t.relation == Territory::Relation::Part || t.coverage != Territory::Coverage::Applies))
            complain(QStringLiteral("applies_from is only for a dependency the Convention was extended to"));
        t.notes = text("notes");
        for (const QString& s : text("sources").split(QStringLiteral(" ; "), Qt::SkipEmptyParts))
            t.sources << s.trimmed();
        if (t.sources.isEmpty())
            complain(QStringLiteral("no source given (every row needs one)"));
        const int index = static_cast<int>(table->m_rows.size());
        for (const QString& n : QStringList{t.name} + t.aliases) {
            const QString key = normaliseCountryName(n);
            if (key.isEmpty())
                continue;
            if (table->m_byName.contains(key) && table->m_byName.value(key) != index)
                complain(QStringLiteral("the name \"%1\" is also another row's").arg(n));
            else
                table->m_byName.insert(key, index);
        }
        if (!t.code.isEmpty() && !table->m_byCode.contains(t.code))
            table->m_byCode.insert(t.code, index);
        table->m_rows.push_back(std::move(t));
    }
    if (row == 1)
        return Error{QStringLiteral("%1: the table has no rows").arg(label)};
    if (!problems.isEmpty())
        return Error{QStringLiteral("%1: %2 problem(s) in the territories table:\n%3")
                         .arg(label)
                         .arg(problems.size())
                         .arg(problems.mid(0, 20).join(QLatin1Char('\n')))};
    return std::shared_ptr<const TerritoryTable>(std::move(table));
}

const Territory* TerritoryTable::byCode(const QString& code) const
{
    const int i = m_byCode.value(code.trimmed().toUpper(), -1);
    return i < 0 ? nullptr : &m_rows[static_cast<std::size_t>(i)];
}

const Territory* TerritoryTable::byNormalisedName(const QString& normalisedName) const
{
    const int i = m_byName.value(normalisedName, -1);
    return i < 0 ? nullptr : &m_rows[static_cast<std::size_t>(i)];
}

} // namespace mineatlas::treaty
