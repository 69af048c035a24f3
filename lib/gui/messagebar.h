#pragma once

#include <QWidget>

class QVBoxLayout;

namespace mineatlas::gui {

/// A non-modal strip of messages above the map: errors and warnings stay until closed,
/// information fades after a few seconds. Never blocks the user. GUI thread only.
class MessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit MessageBar(QWidget* parent = nullptr);

    void push(Level level, const QString& text);
    int count() const;
    QStringList texts() const;
    void clearAll();

private:
    QVBoxLayout* m_layout;
};

} // namespace mineatlas::gui
