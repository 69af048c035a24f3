#include "searchbox.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QScreen>
#include <QTimer>

namespace mineatlas::gui {

namespace {
constexpr int kMaxResults = 12;
}

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Find a place, country or hazard id (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(220);
    setMaximumWidth(320);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_list->setAttribute(Qt::WA_ShowWithoutActivating);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateResults);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            updateResults(); // the clear button
    });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { activate(m_list->row(item)); });
}

SearchBox::~SearchBox()
{
    delete m_list; // a window of its own, not a child
}

void SearchBox::setIndex(std::shared_ptr<const project::SearchIndex> index)
{
    m_index = std::move(index);
    m_busy = false;
    if (hasFocus() || m_list->isVisible())
        updateResults();
}

void SearchBox::setBusy(bool busy)
{
    m_busy = busy;
    if (busy && m_list->isVisible())
        updateResults();
}

void SearchBox::updateResults()
{
    m_list->clear();
    m_hits.clear();
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        m_list->hide();
        return;
    }
    if (m_index)
        m_hits = m_index->find(query, kMaxResults);
    for (const project::SearchHit& hit : m_hits) {
        const QString name =
            hit.matched.isEmpty() ? hit.name : QStringLiteral("%1 (%2)").arg(hit.name, hit.matched);
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, hit.detail), m_list);
        item->setToolTip(item->text());
    }
    if (m_hits.empty()) {
        const QString note = !m_index || m_busy ? tr("Indexing the layers…")
                                                : tr("Nothing found: places, countries and hazard ids of "
                                                     "the open layers are searched");
        auto* item = new QListWidgetItem(note, m_list);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
    placeList();
}

void SearchBox::placeList()
{
    if (!isVisible())
        return;
    const int rows = std::max(1, m_list->count());
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int width = std::max(this->width(), std::min(480, m_list->sizeHintForColumn(0) + 12));
    QPoint below = mapToGlobal(QPoint(0, height()));
    // Keep the list on the screen (the search field sits at the right of the toolbar).
    if (const QScreen* s = screen())
        below.setX(std::min(below.x(), s->availableGeometry().right() - width));
    m_list->setGeometry(below.x(), below.y(), width, rows * rowHeight + 4);
    m_list->show();
}

void SearchBox::activate(int row)
{
    if (row < 0 || row >= static_cast<int>(m_hits.size()))
        return;
    const project::SearchHit hit = m_hits[static_cast<std::size_t>(row)];
    m_list->hide();
    Q_EMIT hitActivated(hit);
}

void SearchBox::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_list->isVisible() && !m_hits.empty()) {
            const int n = static_cast<int>(m_hits.size());
            const int step = e->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow((m_list->currentRow() + step + n) % n);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_list->isHidden() && !text().trimmed().isEmpty())
            updateResults();
        activate(std::max(0, m_list->currentRow()));
        return;
    case Qt::Key_Escape:
        if (m_list->isVisible()) {
            m_list->hide();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(e);
}

void SearchBox::focusOutEvent(QFocusEvent* e)
{
    QLineEdit::focusOutEvent(e);
    // Later, so that a click on the list (which does not take the focus) still lands.
    QTimer::singleShot(200, this, [this] {
        if (!hasFocus())
            m_list->hide();
    });
}

void SearchBox::hideEvent(QHideEvent* e)
{
    m_list->hide();
    QLineEdit::hideEvent(e);
}

} // namespace mineatlas::gui
