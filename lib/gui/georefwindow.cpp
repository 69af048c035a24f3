#include "georefwindow.h"

#include <cmath>

#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "data/georefcontroller.h"
#include "dialogs.h"
#include "scanview.h"

namespace mineatlas::gui {

namespace {
enum Column { kNumber, kScan, kCoordinate, kResidualPx, kResidualM, kColumns };

QString residualText(double v, const char* unit)
{
    return std::isnan(v) ? QString()
                         : QStringLiteral("%1 %2").arg(v, 0, 'f', v < 100 ? 2 : 0).arg(QLatin1String(unit));
}
} // namespace

GeorefWindow::GeorefWindow(data::GeorefController& controller, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent, Qt::Window), m_controller(controller), m_dialogs(dialogs), m_view(new ScanView(this)),
      m_table(new QTableWidget(0, kColumns, this)), m_coordinate(new QLineEdit(this)),
      m_pick(new QPushButton(tr("Pick on &map"), this)), m_remove(new QPushButton(tr("&Remove point"), this)),
      m_method(new QComboBox(this)), m_crs(new QComboBox(this)), m_rms(new QLabel(this)),
      m_output(new QLineEdit(this)), m_run(new QPushButton(tr("&Georeference"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("georefWindow"));
    setWindowTitle(tr("Georeference — %1").arg(QFileInfo(controller.scanPath()).fileName()));
    // Beside the main map, not over it: step 2 is a click on the map. 820 × 620 leaves room at
    // 1280 × 800 (a user found the first 1180 × 720 hid the whole map).
    resize(820, 620);
    if (parent) {
        const QRect main = parent->window()->geometry();
        move(main.right() - width() - 8, main.top() + 80);
    }

    auto* help =
        new QLabel(tr("<b>1.</b> Click a place on the scan you can also find on the map (a crossroads, a "
                      "bridge, a grid crossing). <b>2.</b> Click the same place on the main map, or type "
                      "its coordinate (decimal degrees, DMS, UTM or MGRS). Four or more points, spread "
                      "around the sheet; the residuals show which one disagrees."),
                   this);
    help->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("georefPoints"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Scan x, y (px)"), tr("Map coordinate"), tr("Residual (px)"), tr("Residual (m)")});
    m_table->horizontalHeaderItem(kResidualPx)->setToolTip(tr("Map → scan, in scan pixels"));
    m_table->horizontalHeaderItem(kResidualM)->setToolTip(tr("Scan → map, in metres on the ellipsoid"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(kCoordinate, QHeaderView::Stretch);
    m_table->setColumnWidth(kNumber, 32);
    m_table->setColumnWidth(kScan, 110);
    m_table->setColumnWidth(kResidualPx, 96);
    m_table->setColumnWidth(kResidualM, 96);

    m_coordinate->setObjectName(QStringLiteral("georefCoordinate"));
    m_coordinate->setPlaceholderText(
        tr("Coordinate of the selected point, e.g. 50.4501, 30.5234 · 36U 322345 5590123"));
    m_coordinate->setClearButtonEnabled(true);
    auto* set = new QPushButton(tr("&Set"), this);
    m_pick->setObjectName(QStringLiteral("georefPick"));
    m_pick->setCheckable(true);
    m_pick->setChecked(true);
    m_pick->setToolTip(tr("While down, a click on the main map gives the selected point its coordinate"));
    m_remove->setObjectName(QStringLiteral("georefRemove"));

    for (auto m : {data::GeorefMethod::Polynomial1, data::GeorefMethod::Polynomial2,
                   data::GeorefMethod::Polynomial3, data::GeorefMethod::ThinPlateSpline})
        m_method->addItem(tr(qPrintable(data::georefMethodName(m))), static_cast<int>(m));
    m_method->setObjectName(QStringLiteral("georefMethod"));
    m_method->setToolTip(
        tr("Polynomial 1 keeps straight lines straight (a flat, undistorted sheet, at least 3 "
           "points); 2 and 3 bend a distorted sheet (6 and 10 points); the thin-plate spline "
           "passes through every point (residuals are then zero, so check with spare points)"));
    m_crs->setObjectName(QStringLiteral("georefCrs"));
    m_rms->setObjectName(QStringLiteral("georefRms"));
    m_output->setObjectName(QStringLiteral("georefOutput"));
    m_output->setText(controller.defaultOutputPath());
    auto* browse = new QPushButton(tr("…"), this);
    browse->setToolTip(tr("Choose the GeoTIFF to write"));
    m_run->setObjectName(QStringLiteral("georefRun"));
    m_run->setDefault(false);
    m_run->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("georefCancel"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("georefStatus"));
    m_status->setWordWrap(true);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_coordinate, 1);
    entry->addWidget(set);
    auto* pointButtons = new QHBoxLayout;
    pointButtons->addWidget(m_pick);
    pointButtons->addWidget(m_remove);
    pointButtons->addStretch(1);
    auto* output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Transformation:"), m_method);
    form->addRow(tr("Output CRS:"), m_crs);
    form->addRow(tr("Fit:"), m_rms);
    form->addRow(tr("GeoTIFF:"), output);
    auto* run = new QHBoxLayout;
    run->addWidget(m_progress, 1);
    run->addStretch(0);
    run->addWidget(m_cancel);
    run->addWidget(m_run);
    auto* closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("georefClose"));
    closeButton->setAutoDefault(false);
    closeButton->setToolTip(tr("Close the georeferencer (Esc); a run in progress is canceled"));
    run->addWidget(closeButton);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    auto* side = new QWidget(this);
    auto* right = new QVBoxLayout(side);
    right->setContentsMargins(6, 0, 0, 0);
    right->addWidget(help);
    right->addWidget(m_table, 1);
    right->addLayout(entry);
    right->addLayout(pointButtons);
    right->addLayout(form);
    right->addWidget(m_status);
    right->addLayout(run);
    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 380});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_view, &ScanView::clicked, this, [this](QPointF pixel) {
        const int i = m_controller.addPoint(pixel);
        selectRow(i);
        m_coordinate->setFocus();
        setStatus(
            tr("Point %1 placed on the scan: now click the same place on the map, or type its coordinate")
                .arg(i + 1),
            false);
    });
    connect(&m_controller, &data::GeorefController::pointsChanged, this, &GeorefWindow::refreshPoints);
    connect(&m_controller, &data::GeorefController::fitChanged, this, &GeorefWindow::refreshFit);
    connect(&m_controller, &data::GeorefController::scanLoaded, this, [this] {
        m_view->setImage(m_controller.preview(), m_controller.previewScale());
        setStatus(
            tr("%1 × %2 pixels").arg(m_controller.scanSize().width()).arg(m_controller.scanSize().height()),
            false);
    });
    connect(&m_controller, &data::GeorefController::scanFailed, this,
            [this](const QString& e) { setStatus(e, true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = currentPoint();
        refreshPoints();
        if (row >= 0)
            m_coordinate->setText(m_controller.points()[static_cast<std::size_t>(row)].entered);
    });
    connect(m_coordinate, &QLineEdit::returnPressed, this, &GeorefWindow::applyCoordinate);
    connect(set, &QPushButton::clicked, this, &GeorefWindow::applyCoordinate);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = currentPoint(); row >= 0)
            m_controller.removePoint(row);
    });
    connect(m_pick, &QPushButton::toggled, this, &GeorefWindow::pickingOnMapChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_controller.setMethod(static_cast<data::GeorefMethod>(m_method->currentData().toInt()));
    });
    connect(m_crs, &QComboBox::currentIndexChanged, this, [this] {
        if (auto crs = geo::Crs::fromUserString(m_crs->currentData().toString()))
            m_controller.setTargetCrs(crs.value());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs.saveFile(this, tr("Write the georeferenced scan"), m_output->text(),
                                                tr("GeoTIFF (*.tif *.tiff)"));
        if (!path.isEmpty())
            m_output->setText(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".tif") : path);
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (auto started = m_controller.start(m_output->text().trimmed()); !started) {
            setStatus(started.error(), true);
            return;
        }
        m_run->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        setStatus(tr("Writing %1…").arg(QFileInfo(m_output->text()).fileName()), false);
    });
    connect(m_cancel, &QPushButton::clicked, &m_controller, &data::GeorefController::cancel);
    connect(&m_controller, &data::GeorefController::progress, m_progress, &QProgressBar::setValue);
    connect(&m_controller, &data::GeorefController::finished, this,
            [this](const QString& path, const QString& error) {
                m_run->setEnabled(true);
                m_cancel->setEnabled(false);
                m_progress->setVisible(false);
                if (!error.isEmpty())
                    setStatus(error, true);
                else if (path.isEmpty())
                    setStatus(tr("Canceled; nothing was written"), false);
                else
                    setStatus(
                        tr("Written %1 and opened under the vector layers").arg(QFileInfo(path).fileName()),
                        false);
            });
    setMapCrs(geo::Crs::wgs84());
    refreshPoints();
    refreshFit();
}

void GeorefWindow::setMapCrs(const geo::Crs& crs)
{
    m_mapCrs = crs;
    const QSignalBlocker block(m_crs);
    m_crs->clear();
    m_crs->addItem(tr("WGS 84 (EPSG:4326)"), QStringLiteral("EPSG:4326"));
    if (!(crs == geo::Crs::wgs84()))
        m_crs->addItem(tr("Map CRS: %1")
                           .arg(crs.authId().isEmpty()
                                    ? crs.name()
                                    : QStringLiteral("%1 (%2)").arg(crs.name(), crs.authId())),
                       crs.definition());
    // A scan is best kept in a projected CRS the map already uses, unless that is Web Mercator
    // (which stretches it with latitude); WGS 84 otherwise.
    m_crs->setCurrentIndex(m_crs->count() > 1 && !crs.isMercator() ? 1 : 0);
    if (auto chosen = geo::Crs::fromUserString(m_crs->currentData().toString()))
        m_controller.setTargetCrs(chosen.value());
}

int GeorefWindow::currentPoint() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool GeorefWindow::isPickingOnMap() const
{
    return m_pick->isChecked();
}

void GeorefWindow::setPickingOnMap(bool on)
{
    m_pick->setChecked(on);
}

bool GeorefWindow::placeOnMap(QPointF lonLat, const QString& text)
{
    int row = currentPoint();
    if (row < 0)
        row = m_controller.firstIncomplete();
    if (row < 0) {
        setStatus(tr("Click the place on the scan first, then on the map"), true);
        return false;
    }
    m_controller.setLonLat(row, lonLat, text);
    selectRow(row);
    setStatus(tr("Point %1 placed on the map at %2").arg(row + 1).arg(text), false);
    return true;
}

void GeorefWindow::applyCoordinate()
{
    const int row = currentPoint();
    auto set = m_controller.setCoordinateText(row, m_coordinate->text());
    if (!set) {
        setStatus(set.error(), true);
        return;
    }
    setStatus(tr("Point %1: %2").arg(row + 1).arg(m_coordinate->text().trimmed()), false);
}

void GeorefWindow::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
}

void GeorefWindow::refreshPoints()
{
    const auto& points = m_controller.points();
    const int selected = currentPoint();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(points.size()));
    std::vector<ScanView::Marker> markers;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        const int row = static_cast<int>(i);
        auto item = [&](int column, const QString& text) {
            auto* it = m_table->item(row, column);
            if (!it) {
                it = new QTableWidgetItem;
                m_table->setItem(row, column, it);
            }
            it->setText(text);
            if (column != kCoordinate)
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        };
        item(kNumber, QString::number(i + 1));
        item(kScan, QStringLiteral("%1, %2").arg(p.pixel.x(), 0, 'f', 1).arg(p.pixel.y(), 0, 'f', 1));
        item(kCoordinate, p.lonLat ? p.entered : tr("— click the map or type it"));
        markers.push_back({p.pixel, p.lonLat.has_value()});
    }
    if (selected >= static_cast<int>(points.size()))
        m_table->clearSelection();
    m_view->setMarkers(markers, currentPoint());
    m_remove->setEnabled(currentPoint() >= 0);
    refreshFit();
}

void GeorefWindow::refreshFit()
{
    const auto& fit = m_controller.fit();
    const auto& points = m_controller.points();
    for (int row = 0; row < m_table->rowCount() && row < static_cast<int>(points.size()); ++row) {
        for (int column : {kResidualPx, kResidualM}) {
            auto* it = m_table->item(row, column);
            if (!it) {
                it = new QTableWidgetItem;
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, it);
            }
            const auto r = static_cast<std::size_t>(row);
            it->setText(!fit                    ? QString()
                        : column == kResidualPx ? residualText(fit->residualPixels[r], "px")
                                                : residualText(fit->residualMetres[r], "m"));
        }
    }
    if (fit) {
        m_rms->setText(tr("RMS %1 px · %2 m over %n point(s)", nullptr, fit->used)
                           .arg(fit->rmsPixels, 0, 'f', 2)
                           .arg(fit->rmsMetres, 0, 'f', fit->rmsMetres < 100 ? 2 : 0));
        m_rms->setStyleSheet(QString());
    } else {
        m_rms->setText(fit.error().isEmpty() ? tr("—") : fit.error());
        m_rms->setWordWrap(true);
        m_rms->setStyleSheet(QStringLiteral("color: #8a4b00"));
    }
    m_run->setEnabled(fit.ok() && !m_controller.isRunning());
}

void GeorefWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void GeorefWindow::closeEvent(QCloseEvent* e)
{
    m_controller.cancel();
    Q_EMIT closed();
    e->accept();
}

} // namespace mineatlas::gui
