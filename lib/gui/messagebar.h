#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace mineatlas::gui {

/// A non-modal strip of messages above the map: errors and warnings stay until closed or until
/// their cause is gone (clear(key)), information fades after a few seconds. A message pushed with
/// a key replaces the earlier one with the same key, so one thing never stacks up. Never blocks
/// the user. Only the newest kShown messages show; older ones wait behind an "N more messages"
/// button, so the strip never covers much of the map. GUI thread only.
class MessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    /// How many messages show at once before the "N more" button.
    static constexpr int kShown = 2;
    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;
    /// Lies over the top of `map` (a child of it, following its width) instead of taking room in
    /// a layout: a message appearing never moves the map under the user's cursor.
    void overlay(QWidget* map);

    void push(Level level, const QString& text, const QString& key = {});
    /// Removes the message pushed with `key` (its cause is gone).
    void clear(const QString& key);
    /// All messages held, shown or behind the "more" button.
    int count() const;
    /// The messages shown now (kShown at most unless the user opened the older ones).
    int shownCount() const;
    /// The "N more messages" button (hidden when all messages show).
    QToolButton* moreButton() const { return m_more; }
    QStringList texts() const;
    void clearAll();
    /// How long an information message stays (8 s unless a test wants it quicker).
    void setInfoTimeout(int ms) { m_infoTimeoutMs = ms; }

Q_SIGNALS:
    /// The strip's height over the map changed (0 = no messages): what lies under it moves down.
    void heightChanged(int pixels);

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void reposition();
    QVBoxLayout* m_outer;
    QVBoxLayout* m_layout;
    QToolButton* m_more;
    bool m_expanded = false;
    int m_shownHeight = 0;
    int m_infoTimeoutMs = 8000;
};

} // namespace mineatlas::gui
