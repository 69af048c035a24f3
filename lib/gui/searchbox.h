#pragma once

#include <memory>
#include <vector>

#include <QLineEdit>

#include "project/searchindex.h"

class QListWidget;

namespace mineatlas::gui {

/// The search field: results as you type in a list under it (countries, places, hazard ids from
/// a project::SearchIndex); Up/Down choose, Enter or a click takes one (hitActivated), Esc closes
/// the list. The list is a window of its own that never takes the focus, so typing goes on in
/// the field. GUI thread only; shares the index, which is immutable.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    /// The index to search (nullptr while one is being built: the list says so).
    void setIndex(std::shared_ptr<const project::SearchIndex> index);
    const std::shared_ptr<const project::SearchIndex>& index() const { return m_index; }
    /// The list of results (visible while there is something to show).
    QListWidget* resultList() const { return m_list; }
    /// The results listed now, in the list's order.
    const std::vector<project::SearchHit>& hits() const { return m_hits; }
    /// Shown while the index is not ready (also a hint of what can be found).
    void setBusy(bool busy);

Q_SIGNALS:
    void hitActivated(const mineatlas::project::SearchHit& hit);

protected:
    void keyPressEvent(QKeyEvent* e) override;
    void focusOutEvent(QFocusEvent* e) override;
    void hideEvent(QHideEvent* e) override;

private:
    void updateResults();
    void placeList();
    void activate(int row);

    QListWidget* m_list;
    std::shared_ptr<const project::SearchIndex> m_index;
    std::vector<project::SearchHit> m_hits;
    bool m_busy = false;
};

} // namespace mineatlas::gui
