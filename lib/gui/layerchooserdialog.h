#pragma once

#include <QDialog>

#include "data/vectorloader.h"

class QListWidget;

namespace mineatlas::gui {

/// Asks which layers of a file with several should be added (all ticked at first). GUI thread only.
class LayerChooserDialog : public QDialog {
    Q_OBJECT
public:
    explicit LayerChooserDialog(const data::DatasetInfo& info, QWidget* parent = nullptr);
    /// The names of the ticked layers.
    QStringList chosen() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

} // namespace mineatlas::gui
