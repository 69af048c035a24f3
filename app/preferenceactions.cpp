#include "preferenceactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QThreadPool>

#include <GeographicLib/Config.h>
#include <gdal.h>
#include <proj.h>

#include "addpolygontool.h"
#include "data/tilecache.h"
#include "dialogs.h"
#include "hazardactions.h"
#include "mapcanvas.h"
#include "measuretool.h"
#include "preferencesdialog.h"
#include "vertextool.h"
#include "project/project.h"
#include "viewactions.h"
#include "windowcontext.h"

namespace mineatlas {

PreferenceActions::PreferenceActions(WindowContext& c, ViewActions& view, HazardActions& hazards, QMenu* edit,
                                     QMenu* help)
    : QObject(&c.window), m_context(c), m_view(view), m_hazards(hazards),
      m_preferences(project::Preferences::load(QSettings()))
{
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &PreferenceActions::editPreferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    // Most Linux desktops define no key for Preferences; Ctrl+, is what their apps use.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    prefs->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
    prefs->setToolTip(tr("Language, units, coordinate format, default map CRS, snapping and the tile cache"));

    QAction* about = help->addAction(tr("&About MineAtlas"), this, [this] {
        m_context.dialogs.inform(&m_context.window, tr("About MineAtlas"), aboutText());
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    apply(true);
}

void PreferenceActions::editPreferences()
{
    m_preferences.coordinateFormat = m_view.coordinateFormat(); // View ▸ Coordinates may have changed it
    gui::PreferencesDialog dialog(m_preferences, &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const project::Preferences chosen = dialog.preferences();
    const bool languageChanged = chosen.language != m_preferences.language;
    setPreferences(chosen);
    if (languageChanged)
        m_context.info(tr("The language changes when MineAtlas next starts"), QStringLiteral("preferences"));
}

void PreferenceActions::setPreferences(const project::Preferences& preferences)
{
    const bool crsChanged = preferences.defaultCrs != m_preferences.defaultCrs;
    m_preferences = preferences;
    QSettings settings;
    m_preferences.save(settings);
    apply(false);
    // A new default CRS is for new maps; an empty map is one.
    if (crsChanged && !m_preferences.defaultCrs.isEmpty() && m_context.project.layerCount() == 0)
        m_view.setMapCrs(m_preferences.defaultCrs);
}

void PreferenceActions::apply(bool startup)
{
    const project::Preferences& p = m_preferences;
    if (p.coordinateFormat != m_view.coordinateFormat())
        m_view.setCoordinateFormat(p.coordinateFormat);
    for (gui::MeasureTool* tool : {m_view.measureDistanceTool(), m_view.measureAreaTool()})
        tool->setUnits(p.areaUnit, p.lengthUnits);
    m_hazards.drawTool()->setSnapTolerance(p.snapTolerancePx);
    m_hazards.vertexTool()->setGrabTolerance(p.snapTolerancePx);
    m_context.canvas.setLengthUnits(p.lengthUnits);
    if (auto* snapping = m_context.window.findChild<QAction*>(QStringLiteral("actionSnapping")))
        snapping->setToolTip(
            tr("While drawing, clicks within %n px of a vertex or edge of a visible layer land on it "
               "(Edit ▸ Preferences sets how close)",
               nullptr, p.snapTolerancePx));
    if (startup && !p.defaultCrs.isEmpty() && p.defaultCrs != m_context.project.crs().definition())
        m_view.setMapCrs(p.defaultCrs);
    // Tagged so that Clear may empty it; pruned off the GUI thread (a big cache takes a while to walk).
    const QString dir = p.effectiveTileCacheDir();
    const qint64 limit = qint64(p.tileCacheLimitMiB) * 1024 * 1024;
    QThreadPool::globalInstance()->start([dir, limit] {
        data::tilecache::prepare(dir);
        if (limit > 0)
            data::tilecache::prune(dir, limit);
    });
}

QString PreferenceActions::aboutText() const
{
    const PJ_INFO proj = proj_info();
    auto link = [](const char* url, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text);
    };
    QString html =
        tr("<h3>MineAtlas %1</h3><p>A desktop viewer for landmine contamination, borders and the Ottawa "
           "Mine Ban Treaty.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    html += tr("<p><b>Running on</b><br>Qt %1 · GDAL %2 · PROJ %3 · GeographicLib %4</p>")
                .arg(QString::fromLatin1(qVersion()), QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")),
                     QString::fromUtf8(proj.release ? proj.release : ""),
                     QStringLiteral(GEOGRAPHICLIB_VERSION_STRING));
    html += tr("<p><b>Data and licences</b></p><ul>");
    html += tr("<li>Country borders: %1 4.1.0 (public domain), via world-atlas (ISC licence); ISO codes and "
               "names "
               "from i18n-iso-countries (MIT licence).</li>")
                .arg(link("https://www.naturalearthdata.com/", QStringLiteral("Natural Earth")));
    html += tr("<li>Populated places: %1 (CC BY 4.0).</li>")
                .arg(link("https://www.geonames.org/", QStringLiteral("GeoNames")));
    html += tr(
        "<li>Ottawa Convention status: the UN Treaty Collection depositary record (chapter XXVI-5), with a "
        "source on every row.</li>");
    html += tr(
        "<li>Reported anti-personnel mine contamination: Landmine Monitor, with a source on every row.</li>");
    html += tr("<li>World Magnetic Model: NOAA NCEI and the British Geological Survey (public domain).</li>");
    html += tr(
        "<li>Hazard areas, incidents and the front line in the sample data are illustrative, not real.</li>");
    html += tr(
        "<li>Basemap tiles: their provider's terms; OpenStreetMap data © OpenStreetMap contributors (ODbL), "
        "credited on the map.</li>");
    html += QStringLiteral("</ul>");
    html += tr(
        "<p>Each source, version and licence in full: sample-data/README.md and resources/*/README.md.</p>");
    return html;
}

} // namespace mineatlas
