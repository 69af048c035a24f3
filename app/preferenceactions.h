#pragma once

#include <QObject>

#include "project/preferences.h"

class QAction;
class QMenu;

namespace mineatlas {

class HazardActions;
class ViewActions;
struct WindowContext;

/// Edit ▸ Preferences… and Help ▸ About. Reads the user's preferences from QSettings at start,
/// applies them to the window's parts (coordinate readout, measure units, snapping tolerance,
/// the default map CRS, the tile cache limit) and stores what the dialog changes. The language
/// is only stored (ui/language): main() installs the translators at the next start.
/// GUI thread only.
class PreferenceActions : public QObject {
    Q_OBJECT
public:
    PreferenceActions(WindowContext& context, ViewActions& view, HazardActions& hazards, QMenu* editMenu,
                      QMenu* helpMenu);

    const project::Preferences& preferences() const { return m_preferences; }
    /// Applies and stores `preferences` (what OK in the dialog does).
    void setPreferences(const project::Preferences& preferences);
    /// Edit ▸ Preferences…: the dialog, through the window's Dialogs.
    void editPreferences();
    /// Help ▸ About: versions of MineAtlas and the libraries it runs on, data sources and licences.
    QString aboutText() const;

private:
    void apply(bool startup);

    WindowContext& m_context;
    ViewActions& m_view;
    HazardActions& m_hazards;
    project::Preferences m_preferences;
};

} // namespace mineatlas
