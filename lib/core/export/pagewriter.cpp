#include "export/pagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryFile>

#include <cstdio>
#include <cstdlib>

#include <sys/mman.h>

#include "data/writefailure.h"
#include "export/layoutpainter.h"
#include "export/pngwriter.h"

namespace mineatlas::exporting {

namespace {

/// A page-sized image whose memory the kernel may back with huge pages: a 300 dpi A4 page is
/// 35 MB, and faulting it in 4 kB at a time costs more than painting its background.
QImage largeImage(QSize size)
{
    const qsizetype bytesPerLine = 4 * static_cast<qsizetype>(size.width());
    const std::size_t bytes = static_cast<std::size_t>(bytesPerLine) * static_cast<std::size_t>(size.height());
    constexpr std::size_t kHuge = 2u << 20;
    if (size.isEmpty() || bytes < 4 * kHuge)
        return QImage(size, QImage::Format_ARGB32_Premultiplied);
    void* memory = nullptr;
    if (posix_memalign(&memory, kHuge, (bytes + kHuge - 1) / kHuge * kHuge) != 0)
        return {};
    madvise(memory, bytes, MADV_HUGEPAGE);
    return QImage(static_cast<uchar*>(memory), size.width(), size.height(), bytesPerLine,
                  QImage::Format_ARGB32_Premultiplied, [](void* p) { std::free(p); }, memory);
}

} // namespace

Result<PageFormat> formatOf(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return PageFormat::Pdf;
    if (ext == QLatin1String("svg"))
        return PageFormat::Svg;
    if (ext == QLatin1String("png"))
        return PageFormat::Png;
    return Error{QCoreApplication::translate("PageWriter", "%1: choose .pdf, .svg or .png").arg(QFileInfo(path).fileName())};
}

Result<QString> writePage(const QString& path, const LayoutSettings& settings, const LayoutContent& content,
                          const std::atomic<bool>& cancel, Feedback* feedback)
{
    const QString name = QFileInfo(path).fileName();
    auto format = formatOf(path);
    if (!format)
        return Error{format.error()};
    auto progress = [&](double f) {
        if (feedback)
            feedback->setProgress(f);
    };
    std::vector<hazard::HazardStatistics> hazards;
    if (settings.kind == LayoutSettings::Kind::Brief)
        for (const HazardSource& h : content.hazards) {
            auto stats = hazard::statisticsOf(h.path, h.layer, content.frameLonLat, content.date);
            if (!stats)
                return Error{stats.error()};
            stats->layerName = h.name;
            hazards.push_back(std::move(stats.value()));
        }
    progress(0.1);
    // Written beside the target and renamed into place once complete.
    const QString temporary = QFileInfo(path).absolutePath() + QStringLiteral("/.%1.part").arg(QFileInfo(path).fileName());
    QFile::remove(temporary);
    bool ok = true;
    QString failure;
    switch (format.value()) {
    case PageFormat::Pdf: {
        QPdfWriter writer(temporary);
        writer.setCreator(QStringLiteral("MineAtlas"));
        writer.setTitle(settings.title);
        writer.setPageSize(QPageSize(settings.page));
        writer.setPageOrientation(settings.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(settings.dpi);
        QPainter painter;
        if (!painter.begin(&writer)) {
            ok = false;
            failure = QCoreApplication::translate("PageWriter", "cannot write it here");
            break;
        }
        paintLayout(painter, settings.dpi, settings, content, hazards, MapDrawing::Vector, cancel);
        ok = painter.end();
        break;
    }
    case PageFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(temporary);
        svg.setTitle(settings.title);
        svg.setDescription(QStringLiteral("MineAtlas map page"));
        svg.setResolution(settings.dpi);
        const QSizeF size = pageSizeAt(settings, settings.dpi);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter painter;
        if (!painter.begin(&svg)) {
            ok = false;
            failure = QCoreApplication::translate("PageWriter", "cannot write it here");
            break;
        }
        paintLayout(painter, settings.dpi, settings, content, hazards, MapDrawing::Vector, cancel);
        ok = painter.end();
        break;
    }
    case PageFormat::Png: {
        const QSize size = pageSizeAt(settings, settings.dpi).toSize();
        QImage page = largeImage(size);
        if (page.isNull())
            return Error{QCoreApplication::translate("PageWriter", "%1: a %2 × %3 px page does not fit in memory; choose a lower resolution")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())};
        page.setDotsPerMeterX(static_cast<int>(std::lround(settings.dpi / 0.0254)));
        page.setDotsPerMeterY(page.dotsPerMeterX());
        {
            QPainter painter(&page);
            paintLayout(painter, settings.dpi, settings, content, hazards, MapDrawing::Raster, cancel);
        }
        progress(0.7);
        if (!cancel.load())
            if (auto written = writePng(page, temporary, settings.dpi); !written) {
                ok = false;
                failure = written.error();
            }
        break;
    }
    }
    if (cancel.load()) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("PageWriter", "%1: export canceled; nothing was written").arg(name)};
    }
    if (!ok) {
        QFile::remove(temporary);
        return Error{QStringLiteral("%1: %2").arg(name, failure.isEmpty() ? QCoreApplication::translate("PageWriter", "writing failed") : failure)};
    }
    // rename(2) replaces the old file in one step: a reader sees the old page or the new one.
    if (!data::replaceFileDurably(temporary, path)) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("PageWriter", "%1: cannot replace the file (is it open elsewhere, or the folder read-only?)").arg(name)};
    }
    progress(1.0);
    return path;
}

} // namespace mineatlas::exporting
