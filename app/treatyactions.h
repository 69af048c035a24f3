#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <QObject>

#include "project/identify.h"

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;

namespace mineatlas::project {
class MapLayer;
}
namespace mineatlas::gui {
class CountryPanel;
class DateControl;
} // namespace mineatlas::gui
namespace mineatlas::treaty {
class ContaminationTable;
class TreatyController;
}

namespace mineatlas {

struct WindowContext;

/// The treaty workflow in the window: the as-of date toolbar, colour by treaty status, joining a
/// layer by a field, the highlighted states (kept in settings), loading another treaty table, the
/// status tables for the clipboard, the map title and the country panel. The work is the
/// TreatyController's; this only wires actions and widgets to it. GUI thread only.
class TreatyActions : public QObject {
    Q_OBJECT
public:
    TreatyActions(WindowContext& context, treaty::TreatyController& controller, QMenu* fileMenu, QMenu* editMenu,
                  QMenu* layerMenu, QToolBar* dateBar);

    gui::CountryPanel* countryPanel() const { return m_country; }
    /// Colours a country layer by Landmine Monitor's reported contamination class (or back to treaty status).
    void setContaminationShown(project::MapLayer* layer, bool on);
    gui::DateControl* dateControl() const { return m_date; }
    void setCountryDock(QDockWidget* dock) { m_countryDock = dock; }
    /// After an identify: the first treaty-map country hit is shown in the country panel.
    bool showCountryOf(const std::vector<project::IdentifyResult>& results);

private:
    void updateViews();
    void copyStatus(bool markdown);

    WindowContext& m_context;
    treaty::TreatyController& m_controller;
    gui::CountryPanel* m_country;
    gui::DateControl* m_date;
    QDockWidget* m_countryDock = nullptr;
    QAction* m_treatyToggle = nullptr;
    /// The country last shown in the panel (layer id, feature), refreshed on date changes.
    std::pair<std::uint64_t, std::uint32_t> m_countryShown{0, 0};
    QAction* m_contaminationToggle = nullptr;
    std::shared_ptr<const treaty::ContaminationTable> m_contamination; ///< loaded when first shown
};

} // namespace mineatlas
