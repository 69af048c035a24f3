#include "project/layerlistmodel.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include "project/project.h"

namespace mineatlas::project {

namespace {
const QString kMimeType = QStringLiteral("application/x-mineatlas-layer-row");

QIcon swatch(const MapLayer& layer)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    if (layer.kind() == MapLayer::Kind::Raster) {
        QLinearGradient g(0, 0, 16, 16);
        g.setColorAt(0, QColor(0x4a, 0x7c, 0x59));
        g.setColorAt(1, QColor(0xe8, 0xd8, 0xa0));
        p.fillRect(1, 1, 14, 14, g);
        return QIcon(pm);
    }
    const render::Symbol& s = layer.style().base;
    p.setPen(QPen(s.stroke, 1));
    if (layer.style().isCategorized() && !layer.style().categories.empty()) {
        const auto& cats = layer.style().categories;
        for (int i = 0; i < 3 && i < static_cast<int>(cats.size()); ++i)
            p.fillRect(1 + i * 5, 1, 5, 14, cats[static_cast<std::size_t>(i)].symbol.fill);
        p.setBrush(Qt::NoBrush);
    } else {
        p.setBrush(s.fill);
    }
    p.drawRect(1, 1, 14, 14);
    return QIcon(pm);
}
} // namespace

LayerListModel::LayerListModel(Project& project, QObject* parent)
    : QAbstractListModel(parent), m_project(project)
{
    connect(&m_project, &Project::layersAboutToChange, this, [this] { beginResetModel(); });
    connect(&m_project, &Project::layersChanged, this, [this] { endResetModel(); });
    connect(&m_project, &Project::layerChanged, this, [this](MapLayer* layer) {
        const int row = m_project.indexOf(layer);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
}

int LayerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_project.layerCount();
}

QVariant LayerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapLayer* layer = m_project.layerAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return layer->name();
    case Qt::CheckStateRole:
        return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return swatch(*layer);
    case Qt::ToolTipRole: {
        QString tip = QCoreApplication::translate("LayerList", "%1\nSource: %2").arg(layer->name(), layer->sourcePath());
        if (!layer->sourceLayer().isEmpty())
            tip += QCoreApplication::translate("LayerList", " (layer %1)").arg(layer->sourceLayer());
        if (!layer->crsDescription().isEmpty())
            tip += QCoreApplication::translate("LayerList", "\nCRS of the file: %1").arg(layer->crsDescription());
        if (layer->store())
            tip += QCoreApplication::translate("LayerList", "\n%1 features, %2 vertices")
                       .arg(layer->store()->size())
                       .arg(layer->store()->vertexCount());
        for (const QString& w : layer->warnings())
            tip += QStringLiteral("\n⚠ %1").arg(w);
        return tip;
    }
    case LayerIdRole:
        return QVariant::fromValue<qulonglong>(layer->id());
    case OpacityRole:
        return layer->opacity();
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MapLayer* layer = m_project.layerAt(index.row());
    switch (role) {
    case Qt::EditRole:
        if (value.toString().trimmed().isEmpty())
            return false;
        layer->setName(value.toString().trimmed());
        return true;
    case Qt::CheckStateRole:
        layer->setVisible(value.toInt() == Qt::Checked);
        return true;
    case OpacityRole:
        layer->setOpacity(value.toDouble());
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions LayerListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* LayerListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(indexes.first().row()));
    return mime;
}

bool LayerListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex&) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction;
}

bool LayerListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= m_project.layerCount())
        return false;
    // Dropped onto an item: take its place; between items: `row` is the insertion point.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : m_project.layerCount());
    if (target > from)
        --target;
    target = std::clamp(target, 0, m_project.layerCount() - 1);
    m_project.moveLayer(from, target);
    // The move is complete; returning false stops the view from also removing the source row.
    return false;
}

} // namespace mineatlas::project
