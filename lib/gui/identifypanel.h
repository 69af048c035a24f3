#pragma once

#include <vector>

#include <QWidget>

#include "project/identify.h"

class QTreeWidget;
class QLabel;

namespace mineatlas::gui {

/// Shows the attributes of identified features, grouped by layer. GUI thread only.
class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    /// Polygons get "measuring…" rows for their area and perimeter until setMeasure() fills them.
    void showResults(const std::vector<project::IdentifyResult>& results, const QString& where);
    /// The ellipsoidal measure of result `index` (or why there is none).
    void setMeasure(int index, const QString& area, const QString& perimeter, const QString& error);
    QTreeWidget* tree() const { return m_tree; }
    /// The value shown for `field` of result `index`, or a null string.
    QString value(int index, const QString& field) const;

    static QString areaField();
    static QString perimeterField();

private:
    QTreeWidget* m_tree;
    QLabel* m_where;
};

} // namespace mineatlas::gui
