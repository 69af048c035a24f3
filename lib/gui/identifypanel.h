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
    void showResults(const std::vector<project::IdentifyResult>& results, const QString& where);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
    QLabel* m_where;
};

} // namespace mineatlas::gui
