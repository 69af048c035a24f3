#include "icons.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QtSvg/QSvgRenderer>
#include <QWidget>

namespace mineatlas::gui {

namespace {
QPixmap render(const QByteArray& svg, int size, qreal dpr)
{
    QSvgRenderer renderer(svg);
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    renderer.render(&p);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}
} // namespace

QIcon themedIcon(const QString& name, const QPalette& palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    for (const auto& [mode, group] :
         {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
        QByteArray coloured = svg;
        coloured.replace("currentColor", palette.color(group, QPalette::ButtonText).name().toLatin1());
        for (int size : {16, 22, 24, 32, 48})
            for (qreal dpr : {1.0, 2.0})
                icon.addPixmap(render(coloured, size, dpr), mode);
    }
    return icon;
}

IconTheme::IconTheme(QWidget* window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

void IconTheme::assign(QAction* action, const QString& name)
{
    m_assigned.insert(action, name);
    action->setIcon(themedIcon(name, m_window->palette()));
    connect(action, &QObject::destroyed, this, [this, action] { m_assigned.remove(action); });
}

void IconTheme::refresh()
{
    for (auto it = m_assigned.cbegin(); it != m_assigned.cend(); ++it)
        it.key()->setIcon(themedIcon(it.value(), m_window->palette()));
}

QColor IconTheme::colour() const
{
    return m_window->palette().color(QPalette::Active, QPalette::ButtonText);
}

bool IconTheme::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_window &&
        (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange))
        refresh();
    return QObject::eventFilter(watched, e);
}

} // namespace mineatlas::gui
