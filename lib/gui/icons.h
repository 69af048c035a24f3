#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QPalette;
class QWidget;

namespace mineatlas::gui {

/// The app's own SVG icons (resources/icons, compiled in under :/icons). Each SVG draws in
/// `currentColor`, replaced at load by the palette's button-text colour (and its disabled colour
/// for the disabled state), so one set of files suits a light and a dark theme.
QIcon themedIcon(const QString& name, const QPalette& palette);

/// Keeps the icons of a window's actions in step with its palette: when the palette changes
/// (a dark theme switched on), every assigned icon is drawn again in the new colours. Watches
/// `window` (not owned; the theme is its child). GUI thread only.
class IconTheme : public QObject {
    Q_OBJECT
public:
    explicit IconTheme(QWidget* window);
    /// Gives `action` the icon `name` (a file name under resources/icons, without .svg).
    void assign(QAction* action, const QString& name);
    /// Draws every assigned icon again from the window's current palette.
    void refresh();
    /// The colour icons are drawn in now, for tests.
    QColor colour() const;

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    QWidget* m_window;
    QHash<QAction*, QString> m_assigned;
};

} // namespace mineatlas::gui
