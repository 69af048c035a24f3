#pragma once

#include <QDialog>

#include "hazard/offlinesync.h"

class QLabel;
class QTableWidget;

namespace mineatlas::gui {

/// What a sync back did, area by area (issue 12): area, what was done, details; each conflict row
/// has "Keep mine" and "Take theirs" buttons. Shows; the window settles the conflict and hands the
/// outcome back with updateEntry(). GUI thread only.
class SyncReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncReportDialog(QWidget* parent = nullptr);

    void setReport(const hazard::SyncReport& report);
    /// Replaces the row of `entry.guid` (after a conflict was settled).
    void updateEntry(const hazard::SyncEntry& entry);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    /// The row of an area, -1 when it is not in the report.
    int rowOf(const QString& guid) const;

Q_SIGNALS:
    void resolveRequested(const QString& guid, mineatlas::hazard::ConflictChoice choice);

private:
    void fillRow(int row, const hazard::SyncEntry& entry);

    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace mineatlas::gui
