#include "messagebar.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mineatlas::gui {

namespace {
constexpr int kMaxMessages = 12;
}

MessageBar::MessageBar(QWidget* parent)
    : QWidget(parent), m_outer(new QVBoxLayout(this)), m_layout(new QVBoxLayout), m_more(new QToolButton(this))
{
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_outer->setSpacing(1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    m_outer->addLayout(m_layout);
    // The older messages past the newest kShown wait behind this button, so that a burst of
    // different messages never covers the map.
    m_more->setObjectName(QStringLiteral("moreMessagesButton"));
    m_more->setCheckable(true);
    m_more->setStyleSheet(QStringLiteral("QToolButton{background:#f4f4f4;border:1px solid #c8c8c8;padding:1px 8px;}"));
    m_more->setToolTip(tr("Show or hide the older messages"));
    m_more->hide();
    m_outer->addWidget(m_more, 0, Qt::AlignLeft);
    connect(m_more, &QToolButton::toggled, this, [this](bool on) {
        m_expanded = on;
        reposition();
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void MessageBar::push(Level level, const QString& text, const QString& key)
{
    // Without a key, the same text again replaces the old one instead of stacking under it.
    const QString effectiveKey = key.isEmpty() ? QStringLiteral("text:") + text : key;
    clear(effectiveKey);
    auto* row = new QFrame(this);
    row->setObjectName(QStringLiteral("message"));
    row->setProperty("messageKey", effectiveKey);
    const char* colours[] = {"background:#e3efff;color:#0b2f5c;border:1px solid #9cbbe6;",
                             "background:#fff4d6;color:#4d3800;border:1px solid #e0c36a;",
                             "background:#fde2e1;color:#5c0b0b;border:1px solid #e09a97;"};
    row->setStyleSheet(
        QStringLiteral("QFrame#message{%1}").arg(QLatin1String(colours[static_cast<int>(level)])));
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(8, 3, 3, 3);
    const QString prefixes[] = {QString(), tr("Warning: "), tr("Error: ")};
    // A message of several lines (a table's rejected rows, the features left unmatched) shows its
    // first line; the rest waits behind Details, so one message never covers the map.
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    const QString rest = text.section(QLatin1Char('\n'), 1).trimmed();
    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    auto* label = new QLabel(prefixes[static_cast<int>(level)] + first, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: inherit; background: transparent; border: none;"));
    label->setObjectName(QStringLiteral("text"));
    texts->addWidget(label);
    h->addLayout(texts, 1);
    if (!rest.isEmpty()) {
        const int lines = static_cast<int>(rest.count(QLatin1Char('\n'))) + 1;
        auto* details = new QLabel(rest, row);
        details->setObjectName(QStringLiteral("details"));
        details->setWordWrap(true);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details->setStyleSheet(label->styleSheet());
        details->setTextFormat(Qt::PlainText);
        // Long lists scroll inside the message, which never grows past a third of the map.
        auto* scroll = new QScrollArea(row);
        scroll->setObjectName(QStringLiteral("detailsArea"));
        scroll->setWidget(details);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
        const int lineHeight = details->fontMetrics().lineSpacing();
        const int wanted = (lines + 1) * lineHeight * 2; // wrapped lines may take two
        const int cap = parentWidget() ? std::max(lineHeight * 4, parentWidget()->height() / 3) : lineHeight * 12;
        scroll->setFixedHeight(std::min(wanted, cap));
        scroll->hide();
        texts->addWidget(scroll);
        auto* toggle = new QToolButton(row);
        toggle->setObjectName(QStringLiteral("detailsButton"));
        toggle->setText(tr("Details (%n line(s))", nullptr, lines));
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        toggle->setToolTip(tr("Show or hide the whole message"));
        connect(toggle, &QToolButton::toggled, row, [this, scroll, toggle, lines](bool on) {
            scroll->setVisible(on);
            toggle->setText(on ? tr("Hide details") : tr("Details (%n line(s))", nullptr, lines));
            reposition();
        });
        h->addWidget(toggle, 0, Qt::AlignTop);
    }
    auto* close = new QToolButton(row);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    h->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, row, &QObject::deleteLater);
    connect(row, &QObject::destroyed, this, &MessageBar::reposition);
    if (level == Level::Info) {
        auto* timeout = new QTimer(row);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, row, &QObject::deleteLater);
        timeout->start(m_infoTimeoutMs);
        // Reading the details keeps the message up.
        if (auto* toggle = row->findChild<QToolButton*>(QStringLiteral("detailsButton")))
            connect(toggle, &QToolButton::toggled, timeout, &QTimer::stop);
    }
    m_layout->insertWidget(0, row);
    while (m_layout->count() > kMaxMessages)
        delete m_layout->takeAt(m_layout->count() - 1)->widget();
    reposition();
}

void MessageBar::clear(const QString& key)
{
    for (int i = m_layout->count() - 1; i >= 0; --i) {
        QWidget* row = m_layout->itemAt(i)->widget();
        if (row && row->property("messageKey").toString() == key)
            delete m_layout->takeAt(i)->widget();
    }
    reposition();
}

MessageBar::~MessageBar()
{
    // The rows die after this destructor (in ~QWidget): they must not call back into a bar that
    // is already half gone.
    for (QObject* row : children())
        disconnect(row, nullptr, this, nullptr);
}

void MessageBar::overlay(QWidget* map)
{
    setParent(map);
    map->installEventFilter(this);
    reposition();
    show();
}

bool MessageBar::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == parentWidget() && e->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, e);
}

void MessageBar::reposition()
{
    if (!parentWidget())
        return;
    // Rows come and go (deleteLater): lay out after the event loop has removed them.
    QTimer::singleShot(0, this, [this] {
        if (!parentWidget())
            return;
        const int w = parentWidget()->width();
        // The newest kShown rows (all of them when the user asked), the rest behind "N more".
        const int rows = m_layout->count();
        if (rows <= kShown && m_expanded) {
            const QSignalBlocker block(m_more);
            m_more->setChecked(false);
            m_expanded = false;
        }
        for (int i = 0; i < rows; ++i)
            if (QWidget* row = m_layout->itemAt(i)->widget())
                row->setVisible(m_expanded || i < kShown);
        m_more->setVisible(rows > kShown);
        m_more->setText(m_expanded ? tr("Show only the newest") : tr("%n more message(s)", nullptr, rows - kShown));
        // Word-wrapped rows: as tall as their text needs at the map's width, no more. The
        // layouts cache their size hints: rows just hidden or shown must be counted afresh.
        m_layout->invalidate();
        m_outer->invalidate();
        const int h = rows > 0 ? m_outer->totalHeightForWidth(w) : 0;
        setGeometry(0, 0, w, h);
        raise();
        if (h != m_shownHeight) {
            m_shownHeight = h;
            Q_EMIT heightChanged(h);
        }
    });
}

int MessageBar::count() const
{
    return m_layout->count();
}

int MessageBar::shownCount() const
{
    int n = 0;
    for (int i = 0; i < m_layout->count(); ++i)
        if (QWidget* row = m_layout->itemAt(i)->widget(); row && !row->isHidden())
            ++n;
    return n;
}

QStringList MessageBar::texts() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto* label = m_layout->itemAt(i)->widget()->findChild<QLabel*>(QStringLiteral("text"))) {
            const auto* details = m_layout->itemAt(i)->widget()->findChild<QLabel*>(QStringLiteral("details"));
            out << (details ? label->text() + QLatin1Char('\n') + details->text() : label->text());
        }
    return out;
}

void MessageBar::clearAll()
{
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0)->widget();
    reposition();
}

} // namespace mineatlas::gui
