#include "treaty/treatycontroller.h"

#include <QLocale>
#include <QSet>

#include "backgroundjob.h"
#include "project/project.h"
#include "treaty/briefing.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatystyle.h"
#include "uilocale.h"

namespace mineatlas::treaty {

TreatyController::TreatyController(project::Project& project, QObject* parent)
    : QObject(parent), m_project(project), m_highlighted(TreatyStyle::defaultHighlighted())
{
}

void TreatyController::setTable(std::shared_ptr<const TreatyTable> table)
{
    m_table = std::move(table);
    for (int i = 0; i < m_project.layerCount(); ++i) {
        project::MapLayer* l = m_project.layerAt(i);
        if (!l->treatyStyle() || !l->store())
            continue;
        auto match = matchCountries(*l->store(), *m_table, l->treatyStyle()->match().field);
        if (match)
            l->setTreatyStyle(std::make_shared<TreatyStyle>(m_table, std::move(match.value()), m_highlighted));
    }
    Q_EMIT tableChanged();
}

Result<int> TreatyController::loadTable(const QString& path)
{
    auto table = TreatyTable::load(path);
    if (!table)
        return Error{table.error()};
    setTable(table.value());
    return static_cast<int>(m_table->records().size());
}

void TreatyController::loadTableInBackground(const QString& path)
{
    ++m_loading;
    const quint64 generation = ++m_loadGeneration;
    auto* watcher = new BackgroundJob<Result<std::shared_ptr<const TreatyTable>>>(this);
    connect(watcher, &JobBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        --m_loading;
        auto table = watcher->result();
        if (generation != m_loadGeneration)
            return; // superseded by a later load
        if (!table) {
            Q_EMIT tableLoaded(path, Error{table.error()});
            return;
        }
        setTable(table.value());
        Q_EMIT tableLoaded(path, static_cast<int>(m_table->records().size()));
    });
    watcher->start([path] { return TreatyTable::load(path); });
}

QStringList TreatyController::setHighlighted(const QStringList& iso3)
{
    QStringList codes, unknown;
    for (const QString& part : iso3) {
        const QString code = part.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (m_table && !m_table->byIso3(code))
            unknown << code;
        else if (!codes.contains(code))
            codes << code;
    }
    m_highlighted = codes;
    for (int i = 0; i < m_project.layerCount(); ++i) {
        project::MapLayer* l = m_project.layerAt(i);
        if (l->treatyStyle())
            l->setTreatyStyle(std::make_shared<TreatyStyle>(l->treatyStyle()->tablePtr(), l->treatyStyle()->match(), codes));
    }
    return unknown;
}

Result<QString> TreatyController::joinLayer(project::MapLayer* layer, const QString& field)
{
    if (!layer || !layer->store() || !m_table)
        return Error{tr("Select a vector layer to join")};
    auto match = matchCountries(*layer->store(), *m_table, field);
    if (!match)
        return Error{match.error()};
    // The names on lines of their own after the first: the message bar keeps them behind "Details".
    const QStringList unmatched = match->unmatchedNames;
    const auto matched = match->matchedCount();
    layer->setTreatyStyle(std::make_shared<TreatyStyle>(m_table, std::move(match.value()), m_highlighted));
    layer->setTreatyStyled(true);
    QString text = tr("%1 joined on %2: %3 feature(s) matched; no treaty status: %4")
                       .arg(layer->name(), field)
                       .arg(matched)
                       .arg(unmatched.isEmpty() ? tr("none") : QString::number(unmatched.size()));
    if (!unmatched.isEmpty())
        text += QLatin1Char('\n') + unmatched.join(QLatin1Char('\n'));
    return text;
}

QString TreatyController::mapTitle() const
{
    for (int i = 0; i < m_project.layerCount(); ++i)
        if (m_project.layerAt(i)->isVisible() && m_project.layerAt(i)->isTreatyStyled())
            return tr("Ottawa Treaty status as of %1")
                .arg(localLongDate(m_project.date()));
    return {};
}

std::vector<const TreatyRecord*> countriesIn(const project::Project& project, const MapRect& frame)
{
    std::vector<const TreatyRecord*> records;
    QSet<const TreatyRecord*> seen;
    const double worldWidth = project.crs().worldWidth();
    for (int i = 0; i < project.layerCount(); ++i) {
        const project::MapLayer* l = project.layerAt(i);
        if (!l->isVisible() || !l->isTreatyStyled() || !l->store())
            continue;
        std::vector<MapRect> frames{frame};
        if (worldWidth > 0)
            for (int k : {-1, 1})
                frames.push_back({frame.xMin + k * worldWidth, frame.yMin, frame.xMax + k * worldWidth, frame.yMax});
        for (const MapRect& f : frames)
            for (std::uint32_t feature : l->store()->query(f))
                if (const TreatyRecord* r = l->treatyStyle()->recordOf(feature);
                    r && !seen.contains(r) && l->store()->intersects(feature, f)) {
                    seen.insert(r);
                    records.push_back(r);
                }
    }
    return records;
}

std::vector<const TreatyRecord*> TreatyController::countriesIn(const MapRect& frame) const
{
    return treaty::countriesIn(m_project, frame);
}

Result<QString> TreatyController::statusTable(const MapRect& frame, bool markdown) const
{
    const auto records = countriesIn(frame);
    if (records.empty())
        return Error{tr("No country of a treaty map is in view.")};
    const QDate date = m_project.date();
    return markdown ? statusTableMarkdown(records, date) : statusTableCsv(records, date);
}

} // namespace mineatlas::treaty
