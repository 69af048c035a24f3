#include "historyview.h"

#include "hazard/editsession.h"

namespace mineatlas::gui {

HistoryView::HistoryView(hazard::EditSession& session, QWidget* parent) : QListWidget(parent), m_session(session)
{
    connect(&m_session, &hazard::EditSession::historyChanged, this, &HistoryView::rebuild);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_rebuilding || row < 0)
            return;
        if (auto ok = m_session.setHistoryIndex(row); !ok)
            Q_EMIT error(ok.error());
        rebuild(); // show where the history really is, also after a failure
    });
    rebuild();
}

void HistoryView::rebuild()
{
    m_rebuilding = true;
    clear();
    addItem(m_session.isEditing() ? tr("<opened for editing>") : tr("<not editing>"));
    for (int i = 0; i < m_session.historySize(); ++i) {
        auto* row = new QListWidgetItem(m_session.historyEntry(i).text, this);
        if (i >= m_session.historyIndex())
            row->setForeground(palette().color(QPalette::Disabled, QPalette::Text)); // undone: redo brings it back
    }
    setCurrentRow(m_session.historyIndex());
    setEnabled(m_session.isEditing() && !m_session.isBusy());
    m_rebuilding = false;
}

} // namespace mineatlas::gui
