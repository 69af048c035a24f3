#pragma once

#include <QAbstractListModel>

namespace mineatlas::project {

class Project;

/// Adapts a Project's layer stack for views: name (editable), visibility (check box), a legend
/// swatch, tooltip with source and CRS, and drag-and-drop re-ordering. Does not own the project.
/// GUI thread only.
class LayerListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { LayerIdRole = Qt::UserRole + 1, OpacityRole };

    explicit LayerListModel(Project& project, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    Project& m_project;
};

} // namespace mineatlas::project
