#include "surveydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mineatlas::gui {

SurveyDialog::SurveyDialog(QWidget* parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_table(new QTableWidget(0, 4, this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Survey points"));
    m_edit->setPlaceholderText(
        tr("One point per line, benchmark first, e.g.\n"
           "36T VS 12345 67890\n"
           "46.6012, 32.6104\n"
           "46°36'12\"N 32°37'01\"E\n"
           "36T 547000 5161000\n"
           "B 090 D 250   (bearing ° from true north, distance m, from the previous point)"));
    m_table->setHorizontalHeaderLabels({tr("Entered"), tr("Read as"), tr("Latitude"), tr("Longitude")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create area"));
    auto* v = new QVBoxLayout(this);
    v->addWidget(new QLabel(tr("Benchmark and turning points (WGS 84):"), this));
    v->addWidget(m_edit, 2);
    v->addWidget(m_table, 3);
    v->addWidget(m_status);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SurveyDialog::reparse);
    resize(640, 480);
    reparse();
}

void SurveyDialog::setText(const QString& lines)
{
    m_edit->setPlainText(lines);
}

QString SurveyDialog::enteredText() const
{
    QStringList out;
    for (const auto& p : m_points)
        out << QStringLiteral("%1\t%2").arg(p.system, p.entered);
    return out.join(QLatin1Char('\n'));
}

void SurveyDialog::reparse()
{
    m_points.clear();
    m_table->setRowCount(0);
    QString firstError;
    std::optional<QPointF> previous;
    for (const QString& raw : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(line));
        auto p = geo::parseSurveyPoint(line, previous);
        if (!p) {
            auto* item = new QTableWidgetItem(p.error());
            item->setForeground(QColor(0xb0, 0x10, 0x10));
            m_table->setItem(row, 1, item);
            m_table->setSpan(row, 1, 1, 3);
            if (firstError.isEmpty())
                firstError = tr("Line %1: %2").arg(row + 1).arg(p.error());
            continue;
        }
        m_table->setItem(row, 1, new QTableWidgetItem(p->system));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(p->lat, 'f', 7)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(p->lon, 'f', 7)));
        previous = QPointF(p->lon, p->lat);
        m_points.push_back(p.value());
    }
    m_complete = firstError.isEmpty() && m_points.size() >= 3;
    m_ok->setEnabled(m_complete);
    m_status->setText(!firstError.isEmpty() ? firstError
                      : m_points.size() < 3 ? tr("%n point(s); an area needs at least 3.", nullptr,
                                                 static_cast<int>(m_points.size()))
                                            : tr("%n points.", nullptr, static_cast<int>(m_points.size())));
    std::vector<QPointF> lonLat;
    for (const auto& p : m_points)
        lonLat.emplace_back(p.lon, p.lat);
    Q_EMIT previewChanged(lonLat);
}

} // namespace mineatlas::gui
