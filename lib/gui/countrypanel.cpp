#include "countrypanel.h"

#include "uilocale.h"
#include "treaty/contamination.h"
#include "treaty/countrynames.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "treaty/territories.h"
#include "treaty/treatystatus.h"
#include "treaty/treatytable.h"

namespace mineatlas::gui {

CountryPanel::CountryPanel(QWidget* parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    v->addWidget(m_browser);
    m_browser->setOpenExternalLinks(true);
    m_browser->setPlaceholderText(tr("Click a country on a treaty map to see its timeline and sources."));
}

namespace {

/// Landmine Monitor's figures for a state or area, as HTML.
QString contaminationHtml(const treaty::ContaminationRecord* c)
{
    if (!c)
        return {};
    using namespace treaty;
    QString html = QObject::tr("<h4>Anti-personnel mine contamination</h4><p>");
    if (c->areaKm2)
        html += QStringLiteral("%1 km² (%2, %3)").arg(uiLocale().toString(*c->areaKm2, 'g', 6), c->areaKind).arg(c->areaYear);
    else
        html += QObject::tr("Extent not reported");
    if (c->sizeClass)
        html += QObject::tr("; class: <b>%1</b>").arg(classLabel(*c->sizeClass).toHtmlEscaped());
    html += QStringLiteral("<br><i>%1</i>").arg(c->edition.toHtmlEscaped());
    if (c->article5Deadline.isValid())
        html += QObject::tr("<br>Article 5 clearance deadline: %1 (originally %2; extensions: %3)")
                    .arg(c->article5Deadline.toString(Qt::ISODate), c->article5OriginalDeadline.toString(Qt::ISODate),
                         c->article5Extensions.isEmpty() ? QObject::tr("none") : c->article5Extensions.toHtmlEscaped());
    html += QStringLiteral("</p><p style='color:#555'>%1</p><p>").arg(c->notes.toHtmlEscaped());
    for (const QString& src : c->sources)
        html += QStringLiteral("<a href=\"%1\">%2</a><br>").arg(src.toHtmlEscaped(), src.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

/// A source list as HTML, the link of each opened by a click.
QString sourcesHtml(const QStringList& sources)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& src : sources) {
        const int http = src.indexOf(QLatin1String("http"));
        if (http < 0) {
            html += QStringLiteral("<li>%1</li>").arg(src.toHtmlEscaped());
            continue;
        }
        const QString url = src.mid(http).section(QLatin1Char(' '), 0, 0);
        html += QStringLiteral("<li>%1<a href=\"%2\">%3</a>%4</li>")
                    .arg(src.left(http).toHtmlEscaped(), url.toHtmlEscaped(), url.toHtmlEscaped(),
                         src.mid(http + url.size()).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

/// What a territory is and whether the Convention covers it, as HTML.
QString territoryHtml(const treaty::Territory& t, const treaty::TreatyRecord* sovereign, QDate date, const QString& asOf)
{
    const QString sovereignName = sovereign ? treaty::localizedCountryName(sovereign->iso3, sovereign->name) : t.sovereign;
    QString html = QObject::tr("<h3>%1</h3><p>%1 is %2.").arg(t.name.toHtmlEscaped(),
                                                               t.relationText(sovereignName).toHtmlEscaped());
    if (!t.coveredOn(date))
        html += QObject::tr(" <b>As of %1: no treaty status.</b>").arg(asOf);
    html += QStringLiteral("</p><p style='color:#555'>%1</p>").arg(t.notes.toHtmlEscaped());
    html += QObject::tr("<p><b>Sources</b> (row %1 of the territories table):</p>").arg(t.row) + sourcesHtml(t.sources);
    return html;
}

} // namespace

void CountryPanel::showCountry(const treaty::TreatyRecord* r, QDate date, const QString& featureName,
                               const treaty::ContaminationRecord* contamination, const treaty::Territory* territory)
{
    using namespace treaty;
    const QString asOf = localDate(date);
    QString territoryPart;
    if (territory) {
        territoryPart = territoryHtml(*territory, r, date, asOf);
        if (!r || !territory->coveredOn(date)) { // `r` is then its sovereign, named, not its status
            m_browser->setHtml(territoryPart + contaminationHtml(contamination));
            return;
        }
        territoryPart += QStringLiteral("<hr>");
    }
    if (!r) {
        m_browser->setHtml(
            tr("<h3>%1</h3><p><b>No treaty status.</b> This area is not a state in the treaty table "
               "(for example a territory whose status is disputed, or not a UN member).</p>")
                .arg(featureName.toHtmlEscaped()) +
            contaminationHtml(contamination));
        return;
    }
    const StatusAtDate s = statusAt(*r, date);
    QString status = statusLabel(s.status);
    if (s.status == TreatyStatus::Uncertain)
        status = tr("Uncertain — %1 or %2, depending on a date the sources give only roughly")
                     .arg(statusLabel(s.ifHappened), statusLabel(s.ifNotYet));
    QString html = territoryPart + QStringLiteral("<h3>%1 <small>(%2)</small></h3>").arg(localizedCountryName(r->iso3, r->name).toHtmlEscaped(), r->iso3);
    if (!featureName.isEmpty() && featureName != r->name)
        html += tr("<p><i>Map feature: %1</i></p>").arg(featureName.toHtmlEscaped());
    html += tr("<p><b>As of %1:</b> %2").arg(asOf, status.toHtmlEscaped());
    if (!s.since.isNull() && s.status != TreatyStatus::Uncertain)
        html += tr(" since %1").arg(s.since.display().toHtmlEscaped());
    if (s.flags != NoFlag)
        html += QStringLiteral(" <br><span style='color:#8a5a00'>%1</span>")
                    .arg(flagsText(s.flags).toHtmlEscaped());
    html += QStringLiteral("</p><table cellspacing='0' cellpadding='3' border='0'>");
    bool computed = false;
    const FuzzyDate inForce = entryIntoForce(*r, &computed);
    struct Event {
        QString what;
        FuzzyDate when;
        QString remark;
    };
    const QString depositWhat = r->depositKind == QLatin1String("accession") ? tr("Accession deposited")
                                : r->depositKind == QLatin1String("ratification")
                                    ? tr("Ratification deposited")
                                    : tr("Ratification/accession deposited");
    const Event events[] = {
        {tr("Signed"), r->signature, {}},
        {depositWhat, r->deposit, {}},
        {tr("Entry into force"), inForce, computed ? tr("computed by Art. 17") : QString()},
        {tr("Withdrawal announced"), r->withdrawalAnnounced, {}},
        {tr("Withdrawal deposited"), r->withdrawalDeposited, {}},
        {tr("Withdrawal effective"), r->withdrawalEffective, {}},
        {tr("Suspension claimed"), r->suspensionClaimed,
         tr("not a withdrawal; the treaty has no suspension clause")},
    };
    for (const Event& e : events) {
        if (e.when.isNull())
            continue;
        html += tr("<tr><td><b>%1</b></td><td>%2</td><td><small>%3 precision%4</small></td></tr>")
                    .arg(e.what.toHtmlEscaped(), e.when.display().toHtmlEscaped(), e.when.precisionName(),
                         e.remark.isEmpty() ? QString() : QStringLiteral("; ") + e.remark.toHtmlEscaped());
    }
    if (r->signature.isNull() && r->deposit.isNull())
        html += tr("<tr><td colspan='3'>Never signed, never joined.</td></tr>");
    html += QStringLiteral("</table>");
    if (!r->notes.isEmpty())
        html += tr("<p><b>Notes:</b> %1</p>").arg(r->notes.toHtmlEscaped());
    html += tr("<p><b>Sources</b> (row %1 of the treaty table):</p>").arg(r->row) + sourcesHtml(r->sources);
    m_browser->setHtml(html + contaminationHtml(contamination));
}

} // namespace mineatlas::gui
