#include "treatyactions.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QToolBar>

#include "countrypanel.h"
#include "datecontrol.h"
#include "dialogs.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "treaty/briefing.h"
#include "treaty/contamination.h"
#include "treaty/treatycontroller.h"
#include "treaty/territories.h"
#include "treaty/treatystyle.h"
#include "windowcontext.h"

namespace mineatlas {

TreatyActions::TreatyActions(WindowContext& c, treaty::TreatyController& controller, QMenu* file, QMenu* edit,
                             QMenu* layer, QToolBar* dateBar)
    : QObject(&c.window), m_context(c), m_controller(controller), m_country(new gui::CountryPanel(&c.window)),
      m_date(new gui::DateControl(&c.window))
{
    // The states to highlight are the user's choice, kept between sessions.
    m_controller.setHighlighted(QSettings()
                                    .value(QStringLiteral("treaty/highlighted"), treaty::TreatyStyle::defaultHighlighted())
                                    .toStringList());
    auto useTable = [this] {
        m_context.loader.setTreatyTable(m_controller.table());
        m_context.loader.setHighlighted(m_controller.highlighted());
        m_date->setEventDates(treaty::eventDates(*m_controller.table()));
    };
    connect(&m_controller, &treaty::TreatyController::tableChanged, this, useTable);
    if (auto table = treaty::TreatyTable::loadBuiltIn())
        m_controller.setTable(table.value());
    else
        c.error(table.error());

    QAction* load = file->addAction(tr("Load &treaty table…"), this, [this] {
        const QString path = m_context.dialogs.openFile(&m_context.window, tr("Load treaty table"), QString(),
                                                        tr("Treaty table (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        m_context.info(tr("Loading treaty table %1…").arg(path), QStringLiteral("treaty-table"));
        m_controller.loadTableInBackground(path);
    });
    connect(&m_controller, &treaty::TreatyController::tableLoaded, this,
            [this](const QString& path, const Result<int>& n) {
                if (!n) {
                    // The summary line first, the rows behind the message bar's Details.
                    QString head = n.error().section(QLatin1Char('\n'), 0, 0);
                    if (head.endsWith(QLatin1Char(':')))
                        head.back() = QLatin1Char('.');
                    const QString rows = n.error().section(QLatin1Char('\n'), 1);
                    m_context.error(head + tr(" The previous table stays in use.") +
                                        (rows.isEmpty() ? QString() : QStringLiteral("\n") + rows),
                                    QStringLiteral("treaty-table"));
                } else {
                    m_context.info(tr("Loaded treaty table %1 (%2 states)").arg(path).arg(n.value()),
                                   QStringLiteral("treaty-table"));
                }
            });
    load->setObjectName(QStringLiteral("actionLoadTreatyTable"));

    edit->addAction(tr("Copy treaty status of visible countries (&CSV)"), this, [this] { copyStatus(false); })
        ->setObjectName(QStringLiteral("actionCopyStatusCsv"));
    edit->addAction(tr("Copy treaty status of visible countries (&Markdown)"), this, [this] { copyStatus(true); })
        ->setObjectName(QStringLiteral("actionCopyStatusMarkdown"));

    m_treatyToggle = layer->addAction(tr("Colour by &treaty status"), this, [this](bool on) {
        auto* l = m_context.layers.currentLayer();
        if (!l || !l->treatyStyle()) {
            m_treatyToggle->setChecked(false);
            m_context.warn(l ? tr("%1 is not joined to the treaty table: use Layer ▸ Join to treaty table by field…")
                                   .arg(l->name())
                             : tr("Select a country layer in the Layers panel first"),
                           QStringLiteral("treaty-toggle"));
            return;
        }
        l->setTreatyStyled(on);
    });
    m_treatyToggle->setObjectName(QStringLiteral("actionColourByTreaty"));
    m_treatyToggle->setCheckable(true);
    connect(layer, &QMenu::aboutToShow, this, [this] {
        auto* l = m_context.layers.currentLayer();
        m_treatyToggle->setEnabled(l && l->treatyStyle());
        m_treatyToggle->setChecked(l && l->isTreatyStyled());
    });
    m_contaminationToggle = layer->addAction(tr("Colour by reported AP mine &contamination"), this, [this](bool on) {
        setContaminationShown(m_context.layers.currentLayer(), on);
    });
    m_contaminationToggle->setObjectName(QStringLiteral("actionColourByContamination"));
    m_contaminationToggle->setCheckable(true);
    m_contaminationToggle->setToolTip(tr("Landmine Monitor's reported anti-personnel mine contamination by size class"));
    connect(layer, &QMenu::aboutToShow, this, [this] {
        auto* l = m_context.layers.currentLayer();
        m_contaminationToggle->setEnabled(l && l->treatyStyle());
        m_contaminationToggle->setChecked(l && l->treatyStyle() && !l->isTreatyStyled() && l->restyleAt());
    });
    layer->addAction(tr("&Join to treaty table by field…"), this, [this] {
        project::MapLayer* l = m_context.layers.currentLayer();
        if (!l || !l->store()) {
            m_context.warn(tr("Select a vector layer in the Layers panel first"), QStringLiteral("join"));
            return;
        }
        const auto field = m_context.dialogs.item(&m_context.window, tr("Join to treaty table"),
                                                  tr("Field holding ISO codes or country names:"), l->store()->fieldNames());
        if (!field)
            return;
        if (auto joined = m_controller.joinLayer(l, *field); !joined)
            m_context.error(joined.error(), QStringLiteral("join"));
        else
            m_context.info(joined.value(), QStringLiteral("join"));
    })->setObjectName(QStringLiteral("actionJoinTreaty"));
    layer->addAction(tr("&Highlighted states…"), this, [this] {
        const auto text = m_context.dialogs.text(&m_context.window, tr("Highlighted states"),
                                                 tr("ISO 3166 alpha-3 codes to outline and label, separated by commas:"),
                                                 m_controller.highlighted().join(QStringLiteral(", ")));
        if (!text)
            return;
        const QStringList unknown = m_controller.setHighlighted(text->split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!unknown.isEmpty())
            m_context.warn(tr("Not in the treaty table, left out: %1").arg(unknown.join(QStringLiteral(", "))),
                           QStringLiteral("highlighted"));
        else
            m_context.messages.clear(QStringLiteral("highlighted"));
        QSettings().setValue(QStringLiteral("treaty/highlighted"), m_controller.highlighted());
        m_context.loader.setHighlighted(m_controller.highlighted());
    })->setObjectName(QStringLiteral("actionHighlighted"));

    dateBar->addWidget(m_date);
    connect(m_date, &gui::DateControl::dateChanged, &c.project, &project::Project::setDate);
    connect(&c.project, &project::Project::dateChanged, this, &TreatyActions::updateViews);
    connect(&c.project, &project::Project::layersChanged, this, &TreatyActions::updateViews);
    connect(&c.project, &project::Project::layerChanged, this, &TreatyActions::updateViews);
}

void TreatyActions::copyStatus(bool markdown)
{
    auto table = m_controller.statusTable(m_context.canvas.extent(), markdown);
    if (!table) {
        m_context.warn(table.error(), QStringLiteral("copy-status"));
        return;
    }
    QGuiApplication::clipboard()->setText(table.value());
    m_context.info(tr("Copied the status of the countries in view as of %1 (%2)")
                       .arg(m_context.project.date().toString(Qt::ISODate), markdown ? tr("Markdown") : tr("CSV")),
                   QStringLiteral("copy-status"));
}

bool TreatyActions::showCountryOf(const std::vector<project::IdentifyResult>& results)
{
    for (const auto& r : results) {
        const project::MapLayer* l = m_context.project.layerById(r.layerId);
        if (l && l->treatyStyle()) {
            m_countryShown = {r.layerId, r.feature};
            updateViews();
            if (m_countryDock)
                m_countryDock->raise();
            return true;
        }
    }
    return false;
}

void TreatyActions::setContaminationShown(project::MapLayer* l, bool on)
{
    const QString key = QStringLiteral("contamination");
    if (!l || !l->treatyStyle()) {
        m_contaminationToggle->setChecked(false);
        m_context.warn(tr("Select a country layer joined to the treaty table first"), key);
        return;
    }
    if (!on) {
        l->setRestyleAt({});
        l->setTreatyStyled(true);
        m_context.messages.clear(key);
        return;
    }
    if (!m_contamination) {
        auto table = treaty::ContaminationTable::loadBuiltIn();
        if (!table) {
            m_contaminationToggle->setChecked(false);
            m_context.error(table.error(), key);
            return;
        }
        m_contamination = table.value();
    }
    const auto cs = treaty::contaminationStyle(*l->store(), l->treatyStyle()->match(), l->treatyStyle()->table(), *m_contamination);
    l->setTreatyStyled(false);
    l->setStyle(cs.style);
    l->setRestyleAt(treaty::contaminationRestyle(cs, *l->store()));
    const auto reported = std::count_if(cs.classOf.begin(), cs.classOf.end(), [](const QString& c) { return !c.isEmpty(); });
    m_context.info(tr("%1: reported anti-personnel mine contamination (%2) for %3 features; click a country for its figures "
                      "and Article 5 deadline.")
                       .arg(l->name(), m_contamination->editionsText())
                       .arg(reported),
                   key);
}

void TreatyActions::updateViews()
{
    m_context.canvas.setTitle(m_controller.mapTitle());
    const project::MapLayer* l = m_context.project.layerById(m_countryShown.first);
    if (l && l->treatyStyle() && m_countryShown.second < l->store()->size()) {
        const int nameColumn = l->store()->fieldNames().indexOf(QStringLiteral("name"));
        const QString featureName =
            nameColumn >= 0 ? l->store()->attribute(m_countryShown.second, nameColumn).toString() : QString();
        const treaty::TreatyRecord* record = l->treatyStyle()->recordOf(m_countryShown.second);
        const treaty::Territory* territory = l->treatyStyle()->territoryOf(m_countryShown.second);
        if (territory && !record) // not covered: its sovereign is named, its status is not taken
            if (const int i = l->treatyStyle()->table().indexOfIso3(territory->sovereign); i >= 0)
                record = &l->treatyStyle()->table().records()[static_cast<std::size_t>(i)];
        const int joinColumn = l->store()->fieldNames().indexOf(l->treatyStyle()->match().field);
        const bool ownStatus = record && (!territory || territory->coveredOn(m_context.project.date()));
        const QString code = ownStatus ? record->iso3
                                    : (joinColumn >= 0 ? l->store()->attribute(m_countryShown.second, joinColumn).toString() : QString());
        m_country->showCountry(record, m_context.project.date(), featureName,
                               m_contamination ? m_contamination->byCode(code) : nullptr,
                               territory);
    }
}

} // namespace mineatlas
