#pragma once

#include <QDate>
#include <QWidget>

class QTextBrowser;

namespace mineatlas::treaty {
struct ContaminationRecord;
struct TreatyRecord;
struct Territory;
}

namespace mineatlas::gui {

/// A state's treaty timeline: every event with its date and precision, the sources as links,
/// the notes, and its status at the current date. GUI thread only.
class CountryPanel : public QWidget {
    Q_OBJECT
public:
    explicit CountryPanel(QWidget* parent = nullptr);
    /// `record` null: the feature has no treaty status (`featureName` says which one).
    /// `contamination`: what Landmine Monitor reports for it (null: nothing reported or not loaded).
    /// `territory`: the part of a state or dependency the feature is (its coverage and sources
    /// first, then its sovereign's timeline where the Convention covers it).
    void showCountry(const treaty::TreatyRecord* record, QDate date, const QString& featureName,
                     const treaty::ContaminationRecord* contamination = nullptr,
                     const treaty::Territory* territory = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace mineatlas::gui
