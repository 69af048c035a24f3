#include "surveydialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "geo/magnetic.h"

namespace mineatlas::gui {

SurveyDialog::SurveyDialog(QWidget* parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_table(new QTableWidget(0, 4, this)),
      m_status(new QLabel(this)), m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Survey points"));
    m_edit->setPlaceholderText(
        tr("One point per line, benchmark first, e.g.\n"
           "36T VS 12345 67890\n"
           "46.6012, 32.6104\n"
           "46°36'12\"N 32°37'01\"E\n"
           "36T 547000 5161000\n"
           "B 090 D 250   (bearing ° from true north, distance m, from the previous point)\n"
           "B 085 M D 250   (bearing from magnetic north, taken on the date below)"));
    m_status->setWordWrap(true); // a long reading must not widen the dialog past the screen
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setObjectName(QStringLiteral("bearingDate"));
    m_date->setToolTip(tr("The day the magnetic bearings (\"M\") were taken: magnetic north moves, so the "
                          "declination added to them is the one on that day (World Magnetic Model)"));
    m_table->setHorizontalHeaderLabels({tr("Entered"), tr("Read as"), tr("Latitude"), tr("Longitude")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create area"));
    auto* v = new QVBoxLayout(this);
    v->addWidget(new QLabel(tr("Benchmark and turning points (WGS 84):"), this));
    v->addWidget(m_edit, 2);
    auto* dateRow = new QFormLayout;
    dateRow->addRow(tr("Magnetic bearings taken on:"), m_date);
    v->addLayout(dateRow);
    v->addWidget(m_table, 3);
    v->addWidget(m_status);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SurveyDialog::reparse);
    connect(m_date, &QDateEdit::dateChanged, this, &SurveyDialog::reparse);
    resize(640, 480);
    reparse();
}

void SurveyDialog::setText(const QString& lines)
{
    m_edit->setPlainText(lines);
}

void SurveyDialog::setMagneticModel(std::shared_ptr<const geo::MagneticModel> model)
{
    m_magnetic = std::move(model);
    reparse();
}

QString SurveyDialog::enteredText() const
{
    QStringList out;
    for (const auto& p : m_points)
        out << (p.note.isEmpty() ? QStringLiteral("%1\t%2").arg(p.system, p.entered)
                                 : QStringLiteral("%1\t%2\t%3").arg(p.system, p.entered, p.note));
    return out.join(QLatin1Char('\n'));
}

void SurveyDialog::reparse()
{
    m_points.clear();
    m_table->setRowCount(0);
    QString firstError;
    std::optional<QPointF> previous;
    const geo::MagneticContext magnetic{m_magnetic, m_date->date()};
    for (const QString& raw : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(line));
        auto p = geo::parseSurveyPoint(line, previous, &magnetic);
        if (!p) {
            auto* item = new QTableWidgetItem(p.error());
            item->setForeground(QColor(0xb0, 0x10, 0x10));
            m_table->setItem(row, 1, item);
            m_table->setSpan(row, 1, 1, 3);
            if (firstError.isEmpty())
                firstError = tr("Line %1: %2").arg(row + 1).arg(p.error());
            continue;
        }
        auto* how = new QTableWidgetItem(p->note.isEmpty() ? p->system : p->system + QStringLiteral(": ") + p->note);
        how->setToolTip(how->text());
        m_table->setItem(row, 1, how);
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
