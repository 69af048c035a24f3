#include "progresswidgets.h"

#include <algorithm>

#include <QEvent>
#include <QFontMetrics>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace mineatlas {

ProgressWidgets::ProgressWidgets(QStatusBar* statusBar)
    : QObject(statusBar), m_bar(new QProgressBar(statusBar)), m_cancel(new QToolButton(statusBar))
{
    // Room for "Loading <file> 42% · about 12 s left" (a longer name is elided in show()); a fixed
    // width, as the status bar would give the bar only its size hint, too narrow for any name.
    m_bar->setFixedWidth(std::min(340, m_bar->fontMetrics().averageCharWidth() * 44));
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop what is running; nothing half-done is kept"));
    // Hidden, they keep their room: the status bar (and so the map above it) never changes height
    // when a job starts, which would move the map under the user's cursor.
    for (QWidget* w : {static_cast<QWidget*>(m_bar), static_cast<QWidget*>(m_cancel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    statusBar->addPermanentWidget(m_bar);
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_jobs.empty() && m_jobs.back().cancel)
            m_jobs.back().cancel();
    });
    m_bar->installEventFilter(this); // a resized bar elides again
    m_clock.start();
    show();
}

bool ProgressWidgets::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::Resize && !m_jobs.empty())
        show();
    return QObject::eventFilter(watched, event);
}

void ProgressWidgets::begin(const QString& key, const QString& what, std::function<void()> cancel)
{
    end(key);
    m_jobs.push_back({key, what, std::move(cancel), -1, {}, {}});
    m_jobs.back().remaining.start(m_clock.elapsed());
    show();
}

void ProgressWidgets::setPercent(const QString& key, int percent)
{
    for (Job& j : m_jobs)
        if (j.key == key) {
            j.percent = percent;
            j.left = RemainingTime::text(j.remaining.secondsLeft(percent, m_clock.elapsed()));
        }
    show();
}

void ProgressWidgets::end(const QString& key)
{
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [&](const Job& j) { return j.key == key; }),
                 m_jobs.end());
    show();
}

void ProgressWidgets::show()
{
    const bool busy = !m_jobs.empty();
    m_bar->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy)
        return;
    const Job& j = m_jobs.back();
    m_bar->setRange(0, j.percent < 0 ? 0 : 100);
    if (j.percent >= 0)
        m_bar->setValue(j.percent);
    // A long name (a file deep in folders, a workspace) loses its middle, never its end or the
    // percentage: the whole of it stays in the tooltip.
    const QString suffix = QStringLiteral(" 100%") + (j.left.isEmpty() ? QString() : QStringLiteral(" · ") + j.left);
    const QFontMetrics fm(m_bar->font());
    const int room = m_bar->contentsRect().width() - 2 * fm.averageCharWidth() - fm.horizontalAdvance(suffix);
    QString what = fm.elidedText(j.what, Qt::ElideMiddle, std::max(room, fm.averageCharWidth() * 4));
    what.replace(QLatin1Char('%'), QStringLiteral("%%"));
    m_bar->setFormat(what + QStringLiteral(" %p%") + (j.left.isEmpty() ? QString() : QStringLiteral(" · ") + j.left));
    m_bar->setToolTip(j.what);
}

} // namespace mineatlas
