#include "treaty/treatytable.h"

#include "data/resourcefile.h"

#include "treaty/treatystatus.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"

namespace mineatlas::treaty {

namespace {
constexpr int kMaxReportedErrors = 25;
const char* kBuiltInResource = ":/treaty/ottawa-status.csv";
} // namespace

QStringList TreatyTable::requiredColumns()
{
    return {QStringLiteral("iso3"),
            QStringLiteral("iso_n3"),
            QStringLiteral("name"),
            QStringLiteral("signed"),
            QStringLiteral("deposited"),
            QStringLiteral("deposit_kind"),
            QStringLiteral("in_force"),
            QStringLiteral("withdrawal_announced"),
            QStringLiteral("withdrawal_deposited"),
            QStringLiteral("withdrawal_effective"),
            QStringLiteral("suspension_claimed"),
            QStringLiteral("notes"),
            QStringLiteral("sources")};
}

Result<std::shared_ptr<const TreatyTable>> TreatyTable::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("%1: file not found").arg(QFileInfo(path).fileName())};
    return loadDataset(path, QFileInfo(path).fileName());
}

Result<std::shared_ptr<const TreatyTable>> TreatyTable::loadBuiltIn()
{
    const data::ResourceFile file(QString::fromLatin1(kBuiltInResource));
    if (!file.isValid())
        return Error{QStringLiteral("The built-in treaty table is missing from this build")};
    return loadDataset(file.path(), QStringLiteral("built-in treaty table"));
}

Result<std::shared_ptr<const TreatyTable>> TreatyTable::loadDataset(const QString& gdalPath,
                                                                    const QString& label)
{
    data::GdalErrorCollector errors;
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(gdalPath.toUtf8().constData(),
                                              GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                              drivers, options, nullptr));
    if (!ds)
        return Error{QStringLiteral("%1: %2").arg(label, errors.message(QStringLiteral("not a CSV table")))};
    OGRLayer* layer = ds->GetLayer(0);
    if (!layer)
        return Error{QStringLiteral("%1: no table in the file").arg(label)};
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    QHash<QString, int> column;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        column.insert(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed().toLower(), i);
    QStringList missing;
    for (const QString& c : requiredColumns())
        if (!column.contains(c))
            missing << c;
    if (!missing.isEmpty())
        return Error{
            QStringLiteral("%1: missing column(s): %2 (expected: %3)")
                .arg(label, missing.join(QStringLiteral(", ")), requiredColumns().join(QLatin1Char(',')))};

    auto table = std::make_shared<TreatyTable>();
    table->m_sourceName = label;
    QStringList problems;
    static const QRegularExpression iso3Re(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression n3Re(QStringLiteral("^\\d{3}$"));
    int row = 1;
    for (auto& feature : *layer) {
        ++row;
        auto text = [&](const char* name) {
            const int c = column.value(QString::fromLatin1(name), -1);
            return c < 0 ? QString() : QString::fromUtf8(feature->GetFieldAsString(c)).trimmed();
        };
        TreatyRecord r;
        r.row = row;
        r.iso3 = text("iso3").toUpper();
        r.isoN3 = text("iso_n3");
        r.name = text("name");
        const QString where =
            QStringLiteral("row %1 (%2)").arg(row).arg(r.iso3.isEmpty() ? QStringLiteral("?") : r.iso3);
        auto complain = [&](const QString& what) { problems << QStringLiteral("%1: %2").arg(where, what); };
        if (!iso3Re.match(r.iso3).hasMatch())
            complain(QStringLiteral("iso3 \"%1\" is not three letters").arg(text("iso3")));
        else if (table->m_byIso3.contains(r.iso3))
            complain(QStringLiteral("iso3 %1 appears twice (also on row %2)")
                         .arg(r.iso3)
                         .arg(table->m_records[static_cast<std::size_t>(table->m_byIso3.value(r.iso3))].row));
        if (!r.isoN3.isEmpty() && !n3Re.match(r.isoN3).hasMatch())
            complain(QStringLiteral("iso_n3 \"%1\" is not three digits").arg(r.isoN3));
        if (r.name.isEmpty())
            complain(QStringLiteral("name is empty"));
        auto date = [&](const char* name, FuzzyDate& out) {
            bool ok = true;
            out = FuzzyDate::parse(text(name), &ok);
            if (!ok)
                complain(QStringLiteral("%1 \"%2\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)")
                             .arg(QString::fromLatin1(name), text(name)));
        };
        date("signed", r.signature);
        date("deposited", r.deposit);
        date("in_force", r.inForceStated);
        date("withdrawal_announced", r.withdrawalAnnounced);
        date("withdrawal_deposited", r.withdrawalDeposited);
        date("withdrawal_effective", r.withdrawalEffective);
        date("suspension_claimed", r.suspensionClaimed);
        date("exists_from", r.existsFrom);
        date("succession_effective", r.successionEffective);
        date("withdrawal_recommended", r.withdrawalRecommended);
        r.withdrawalCn = text("withdrawal_cn");
        r.depositKind = text("deposit_kind").toLower();
        static const QStringList kinds{QStringLiteral("ratification"), QStringLiteral("accession"), QStringLiteral("acceptance"),
                                       QStringLiteral("approval"), QStringLiteral("succession")};
        if (!r.depositKind.isEmpty() && !kinds.contains(r.depositKind))
            complain(QStringLiteral("deposit_kind \"%1\" must be ratification, accession, acceptance, approval, succession or "
                                    "empty")
                         .arg(r.depositKind));
        if (!r.successionEffective.isNull() && r.depositKind != QLatin1String("succession"))
            complain(QStringLiteral("succession_effective is given but deposit_kind is not succession"));
        r.notes = text("notes");
        for (const QString& s : text("sources").split(QStringLiteral(" ; "), Qt::SkipEmptyParts))
            r.sources << s.trimmed();
        // Order of events: each must be able to follow the previous one.
        auto order = [&](const FuzzyDate& a, const char* an, const FuzzyDate& b, const char* bn) {
            if (!a.isNull() && !b.isNull() && b.latest() < a.earliest())
                complain(QStringLiteral("%1 (%2) is before %3 (%4)")
                             .arg(QString::fromLatin1(bn), b.text(), QString::fromLatin1(an), a.text()));
        };
        order(r.signature, "signed", r.deposit, "deposited");
        // A succession may take effect before it is deposited (from independence): its entry into
        // force follows the succession's effective date instead.
        if (r.successionEffective.isNull())
            order(r.deposit, "deposited", r.inForceStated, "in_force");
        else
            order(r.successionEffective, "succession_effective", r.inForceStated, "in_force");
        order(r.existsFrom, "exists_from", r.signature, "signed");
        order(r.existsFrom, "exists_from", r.deposit, "deposited");
        order(r.existsFrom, "exists_from", r.successionEffective, "succession_effective");
        order(r.withdrawalRecommended, "withdrawal_recommended", r.withdrawalDeposited, "withdrawal_deposited");
        order(r.deposit, "deposited", r.withdrawalDeposited, "withdrawal_deposited");
        order(r.withdrawalDeposited, "withdrawal_deposited", r.withdrawalEffective, "withdrawal_effective");
        order(r.withdrawalAnnounced, "withdrawal_announced", r.withdrawalDeposited, "withdrawal_deposited");
        // The treaty's own rules, checked where the dates are exact.
        if (r.inForceStated.isExact() && r.deposit.isExact() && r.successionEffective.isNull() &&
            r.inForceStated.earliest() != entryIntoForceFor(r.deposit.earliest()))
            complain(QStringLiteral("in_force (%1) is not what Art. 17 gives for the deposit of %2 (%3)")
                         .arg(r.inForceStated.text(), r.deposit.text(),
                              entryIntoForceFor(r.deposit.earliest()).toString(Qt::ISODate)));
        if (r.withdrawalDeposited.isExact() && r.withdrawalEffective.isExact() &&
            r.withdrawalEffective.earliest() < r.withdrawalDeposited.earliest().addMonths(6))
            complain(QStringLiteral("withdrawal_effective (%1) is less than the six months after the instrument (%2) that "
                                    "Art. 20(3) requires (%3 at the earliest)")
                         .arg(r.withdrawalEffective.text(), r.withdrawalDeposited.text(),
                              r.withdrawalDeposited.earliest().addMonths(6).toString(Qt::ISODate)));
        const bool needsSignature = r.depositKind == QLatin1String("ratification") ||
                                    r.depositKind == QLatin1String("acceptance") || r.depositKind == QLatin1String("approval");
        if (needsSignature && r.signature.isNull())
            complain(QStringLiteral("a %1 follows a signature, but signed is empty (an instrument without one is an accession)")
                         .arg(r.depositKind));
        if (!needsSignature && !r.depositKind.isEmpty() && !r.signature.isNull())
            complain(QStringLiteral("signed is given, but a state that signed ratifies, accepts or approves (deposit_kind is %1)")
                         .arg(r.depositKind));
        if (!r.inForceStated.isNull() && r.deposit.isNull())
            complain(QStringLiteral("in_force is given but deposited is empty"));
        if ((!r.withdrawalDeposited.isNull() || !r.withdrawalEffective.isNull()) && r.deposit.isNull())
            complain(QStringLiteral("a withdrawal is given but the state never deposited"));
        if (!r.withdrawalEffective.isNull() && r.withdrawalDeposited.isNull())
            complain(QStringLiteral("withdrawal_effective is given without withdrawal_deposited"));
        if (r.sources.isEmpty())
            complain(QStringLiteral("no source given (every row needs one)"));
        if (iso3Re.match(r.iso3).hasMatch() && !table->m_byIso3.contains(r.iso3)) {
            table->m_byIso3.insert(r.iso3, static_cast<int>(table->m_records.size()));
            if (!r.isoN3.isEmpty())
                table->m_byNumeric.insert(r.isoN3, static_cast<int>(table->m_records.size()));
            table->m_records.push_back(std::move(r));
        }
    }
    if (!errors.failures().isEmpty())
        return Error{QStringLiteral("%1: %2").arg(label, errors.failures().last())};
    if (row == 1)
        return Error{QStringLiteral("%1: the table has no rows").arg(label)};
    if (!problems.isEmpty()) {
        const qsizetype total = problems.size();
        if (total > kMaxReportedErrors) {
            problems = problems.mid(0, kMaxReportedErrors);
            problems << QStringLiteral("… and %1 more").arg(total - kMaxReportedErrors);
        }
        return Error{QStringLiteral("%1: %2 problem(s) in the treaty table:\n%3")
                         .arg(label)
                         .arg(total)
                         .arg(problems.join(QLatin1Char('\n')))};
    }
    return std::shared_ptr<const TreatyTable>(std::move(table));
}

const TreatyRecord* TreatyTable::byIso3(const QString& iso3) const
{
    const int i = indexOfIso3(iso3);
    return i < 0 ? nullptr : &m_records[static_cast<std::size_t>(i)];
}

int TreatyTable::indexOfNumeric(const QString& isoN3) const
{
    bool ok = false;
    const int n = isoN3.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return -1;
    return m_byNumeric.value(QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0')), -1);
}

const TreatyRecord* TreatyTable::byNumeric(const QString& isoN3) const
{
    const int i = indexOfNumeric(isoN3);
    return i < 0 ? nullptr : &m_records[static_cast<std::size_t>(i)];
}

} // namespace mineatlas::treaty
