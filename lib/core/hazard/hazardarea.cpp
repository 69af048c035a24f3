#include "hazard/hazardarea.h"

#include <QCoreApplication>

namespace mineatlas::hazard {

namespace {
template <class E, std::size_t N>
bool lookup(const QString& text, const std::pair<E, const char*> (&table)[N], E& out)
{
    for (const auto& [value, name] : table)
        if (text.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            out = value;
            return true;
        }
    return false;
}
template <class E, std::size_t N> QString name(E value, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [v, n] : table)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

const std::pair<Classification, const char*> kClassifications[] = {
    {Classification::SHA, "SHA"},
    {Classification::CHA, "CHA"},
    {Classification::Indication, "indication"},
    {Classification::EodSpotTask, "EOD spot task"}};
const std::pair<Status, const char*> kStatuses[] = {
    {Status::Open, "open"}, {Status::WorkedOn, "worked on"}, {Status::Closed, "closed"}};
const std::pair<Evidence, const char*> kEvidence[] = {
    {Evidence::None, "none"}, {Evidence::Direct, "direct"}, {Evidence::Indirect, "indirect"}};
} // namespace

QStringList contaminationCodes()
{
    return {QStringLiteral("AP"),  QStringLiteral("AV"),  QStringLiteral("UXO"),
            QStringLiteral("AXO"), QStringLiteral("CMR"), QStringLiteral("IED")};
}

QString toText(Classification c)
{
    return name(c, kClassifications);
}
QString toText(Status s)
{
    return name(s, kStatuses);
}
QString toText(Evidence e)
{
    return name(e, kEvidence);
}
bool fromText(const QString& text, Classification& out)
{
    return lookup(text, kClassifications, out);
}
bool fromText(const QString& text, Status& out)
{
    return lookup(text, kStatuses, out);
}
bool fromText(const QString& text, Evidence& out)
{
    return lookup(text, kEvidence, out);
}

QString contaminationText(unsigned bits)
{
    QStringList out;
    const QStringList codes = contaminationCodes();
    for (int i = 0; i < codes.size(); ++i)
        if (bits & (1u << i))
            out << codes[i];
    return out.join(QLatin1Char(';'));
}

bool contaminationFromText(const QString& text, unsigned& out)
{
    out = 0;
    const QStringList codes = contaminationCodes();
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int i = codes.indexOf(part.trimmed().toUpper());
        if (i < 0)
            return false;
        out |= 1u << i;
    }
    return true;
}

QString HazardArea::classificationValue() const
{
    return classificationOther.isEmpty() ? toText(classification) : classificationOther;
}
QString HazardArea::statusValue() const
{
    return statusOther.isEmpty() ? toText(status) : statusOther;
}
QString HazardArea::evidenceValue() const
{
    return evidenceOther.isEmpty() ? toText(evidence) : evidenceOther;
}
QString HazardArea::contaminationValue() const
{
    QStringList parts;
    if (contamination)
        parts << contaminationText(contamination);
    parts << contaminationOther;
    return parts.join(QLatin1Char(';'));
}

void readVocabularies(HazardArea& a, const QString& classification, const QString& status,
                      const QString& evidence, const QString& contamination)
{
    a.classificationOther = classification.trimmed().isEmpty() || fromText(classification, a.classification)
                                ? QString()
                                : classification;
    a.statusOther = status.trimmed().isEmpty() || fromText(status, a.status) ? QString() : status;
    a.evidenceOther = evidence.trimmed().isEmpty() || fromText(evidence, a.evidence) ? QString() : evidence;
    a.contamination = 0;
    a.contaminationOther.clear();
    const QStringList codes = contaminationCodes();
    for (const QString& part : contamination.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int i = codes.indexOf(part.trimmed().toUpper());
        if (i >= 0)
            a.contamination |= 1u << i;
        else
            a.contaminationOther << part;
    }
}

QStringList requiredFieldNames()
{
    return {QStringLiteral("local_id"), QStringLiteral("reported_by"), QStringLiteral("date_of_information")};
}

QStringList missingRequiredFields(const HazardArea& a)
{
    QStringList missing;
    if (a.localId.trimmed().isEmpty())
        missing << QStringLiteral("local_id");
    if (a.reportedBy.trimmed().isEmpty())
        missing << QStringLiteral("reported_by");
    if (!a.dateOfInformation.isValid())
        missing << QStringLiteral("date_of_information");
    return missing;
}

QString fieldLabel(const QString& fieldName)
{
    if (fieldName == QLatin1String("local_id"))
        return QCoreApplication::translate("HazardArea", "local id");
    if (fieldName == QLatin1String("reported_by"))
        return QCoreApplication::translate("HazardArea", "reported by");
    if (fieldName == QLatin1String("date_of_information"))
        return QCoreApplication::translate("HazardArea", "date of information");
    QString label = fieldName;
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace mineatlas::hazard
