#pragma once

#include <QListWidget>

namespace mineatlas::hazard {
class EditSession;
}

namespace mineatlas::gui {

/// The edit history of a session as a list, the current step highlighted; clicking a row undoes
/// or redoes to it through the session, step by step, so the list never claims a state the file
/// is not in. GUI thread only; does not own the session.
class HistoryView : public QListWidget {
    Q_OBJECT
public:
    explicit HistoryView(hazard::EditSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void error(const QString& message);

private:
    void rebuild();
    hazard::EditSession& m_session;
    bool m_rebuilding = false;
};

} // namespace mineatlas::gui
