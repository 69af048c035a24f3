#pragma once

#include <vector>

#include <QDialog>

#include "hazard/hazardstore.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace mineatlas::gui {

/// The versions of one hazard area (issue 12, history view): version, who, when, which fields
/// changed, newest at the top. Selecting one asks for its outline on the map; "Restore this
/// version" asks to save it as a new version. Shows; the window does the work. GUI thread only.
class AreaHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit AreaHistoryDialog(QWidget* parent = nullptr);

    /// Lists `versions` (oldest first, as the store gives them).
    void setVersions(const QString& areaName, std::vector<hazard::AreaVersion> versions);
    const std::vector<hazard::AreaVersion>& versions() const { return m_versions; }
    /// A line under the list: what the last restore did, or why it failed.
    void setMessage(const QString& text);

    QListWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// Index into versions(); -1 when nothing is selected.
    void versionSelected(int index);
    void restoreRequested(int index);

private:
    int selectedIndex() const;

    QListWidget* m_list;
    QPushButton* m_restore;
    QLabel* m_title;
    QLabel* m_message;
    std::vector<hazard::AreaVersion> m_versions;
};

} // namespace mineatlas::gui
