#pragma once

#include <QDialog>
#include <QSet>

#include "hazard/conflictresolution.h"
#include "hazard/hazardstore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace mineatlas::gui {

/// Both versions of an area someone else changed since this user read it, side by side (field,
/// mine, theirs, with the differing fields marked), and the three ways out: keep mine, take theirs,
/// or merge with a tick per field for "use theirs". Accepting sets choice(); Cancel decides
/// nothing (the change stays unsaved and the conflict can be met again). GUI thread only.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const hazard::Conflict& conflict, QWidget* parent = nullptr);

    hazard::ConflictChoice choice() const { return m_choice; }
    /// The fields ticked to come from theirs (what Merge uses).
    QSet<QString> fromTheirs() const;
    /// Ticks or unticks "use theirs" for a field (as a click on its box does).
    void setFromTheirs(const QString& field, bool theirs);

    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* mergeButton() const { return m_merge; }
    /// The row of a field in table(), -1 when it is not shown.
    int rowOf(const QString& field) const { return static_cast<int>(m_fields.indexOf(field)); }

private:
    void choose(hazard::ConflictChoice choice);

    QStringList m_fields;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_merge;
    hazard::ConflictChoice m_choice = hazard::ConflictChoice::TakeTheirs;
};

} // namespace mineatlas::gui
