#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mineatlas::gui {

class Dialogs;

/// Opening a project whose layers' files are not where it says: each missing file is listed with
/// a Browse… button, and "Search folder…" finds the missing names anywhere under a folder. Rows
/// left unresolved are skipped (the window reports them and keeps them in the project). Questions
/// go through `dialogs`; ownership is not transferred. GUI thread only.
class MissingFilesDialog : public QDialog {
    Q_OBJECT
public:
    MissingFilesDialog(const QStringList& missingPaths, Dialogs& dialogs, QWidget* parent = nullptr);

    int rowCount() const { return static_cast<int>(m_missing.size()); }
    /// The file chosen for row `row`; empty: skipped.
    QString resolved(int row) const { return m_resolved.value(row); }
    void setResolved(int row, const QString& path);
    /// Looks for every unresolved name under `folder` (recursively); returns how many were found.
    int searchFolder(const QString& folder);
    QPushButton* searchButton() const { return m_search; }
    /// Row `row`'s Browse… button.
    QPushButton* browseButton(int row) const;

private:
    void browse(int row);
    void updateSummary();

    QStringList m_missing;
    QStringList m_resolved;
    Dialogs& m_dialogs;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_search;
};

} // namespace mineatlas::gui
