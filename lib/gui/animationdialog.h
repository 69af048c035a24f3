#pragma once

#include <QDate>
#include <QDialog>
#include <QSize>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace mineatlas::gui {

/// File ▸ Export animation…: the dates (from, to, an ISO 8601 step), the frame size and rate and
/// a title; shows how many frames and seconds that makes before anything is drawn.
class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QDate from, to;
        QString step = QStringLiteral("P1M");
        QSize size{1280, 720};
        double framesPerSecond = 4;
        QString title;
    };

    explicit AnimationDialog(const Choice& initial, QWidget* parent = nullptr);
    Choice choice() const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* stepBox() const { return m_step; }
    QComboBox* sizeBox() const { return m_size; }
    QLabel* summary() const { return m_summary; }

private:
    void updateSummary();

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_step;
    QComboBox* m_size;
    QDoubleSpinBox* m_fps;
    QLineEdit* m_title;
    QLabel* m_summary;
    class QPushButton* m_ok = nullptr;
};

} // namespace mineatlas::gui
