#pragma once

#include <atomic>
#include <memory>
#include <tuple>
#include <vector>

#include <QObject>
#include <QTimer>

#include "backgroundjob.h"
#include "project/searchindex.h"

class QAction;
class QMenu;
class QToolBar;

namespace mineatlas {

namespace gui {
class SearchBox;
}
struct WindowContext;

/// Edit ▸ Find (Ctrl+F): the search field in the toolbar, its index kept up to date with the
/// open layers (rebuilt off the GUI thread when layers or their data change), and going to what
/// was found: a place centred at a scale that suits its size, an area fitted to the view, marked.
class SearchActions : public QObject {
    Q_OBJECT
public:
    SearchActions(WindowContext& context, QMenu* menu, QToolBar* toolbar);
    ~SearchActions() override;

    gui::SearchBox* searchBox() const { return m_box; }
    QAction* findAction() const { return m_find; }
    /// Goes to a hit (what Enter in the list does).
    void goTo(const project::SearchHit& hit);

Q_SIGNALS:
    /// A new index is in use (tests wait for it).
    void indexReady();

private:
    void rebuildIfChanged();

    WindowContext& m_context;
    gui::SearchBox* m_box;
    QAction* m_find;
    QTimer m_rebuild;
    BackgroundJob<std::shared_ptr<const project::SearchIndex>> m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    /// What the current index was built from: (layer id, store, treaty style) of each source.
    std::vector<std::tuple<std::uint64_t, const void*, const void*>> m_builtFrom;
};

} // namespace mineatlas
