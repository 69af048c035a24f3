#include "export/pngwriter.h"

#include <cstdio>
#include <cstring>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QThread>
#include "parallel.h"

#include <zlib.h>

namespace mineatlas::exporting {

namespace {

void put32(QByteArray& out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

void chunk(QByteArray& out, const char* type, const QByteArray& data)
{
    put32(out, static_cast<quint32>(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(out.constData() + start), static_cast<uInt>(out.size() - start));
    put32(out, static_cast<quint32>(crc));
}

struct Band {
    int row0 = 0, row1 = 0;
    QByteArray deflated;
    uLong adler = 1;
    uLong filteredBytes = 0;
    bool last = false;
    bool ok = true;
};

} // namespace

Result<bool> writePng(const QImage& source, const QString& path, int dpi)
{
    const QString name = QFileInfo(path).fileName();
    // An opaque page (its premultiplied pixels are its colours); anything else is converted.
    const bool direct = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32 ||
                        (source.format() == QImage::Format_ARGB32_Premultiplied && !source.hasAlphaChannel());
    const QImage image = direct || source.format() == QImage::Format_ARGB32_Premultiplied
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    if (w <= 0 || h <= 0)
        return Error{QCoreApplication::translate("PngWriter", "%1: the image is empty").arg(name)};
    const int threads = std::max(1, QThread::idealThreadCount());
    const int bandCount = std::clamp(h / 64, 1, 4 * threads);
    std::vector<Band> bands(static_cast<std::size_t>(bandCount));
    for (int b = 0; b < bandCount; ++b) {
        bands[b].row0 = h * b / bandCount;
        bands[b].row1 = h * (b + 1) / bandCount;
        bands[b].last = b == bandCount - 1;
    }
    const std::size_t rowBytes = 1 + 3 * static_cast<std::size_t>(w);
    parallelEach(bands, [&](Band& band) {
        std::vector<unsigned char> filtered(rowBytes * static_cast<std::size_t>(band.row1 - band.row0));
        std::vector<unsigned char> previous(3 * static_cast<std::size_t>(w), 0), current(3 * static_cast<std::size_t>(w));
        if (band.row0 > 0) { // the Up filter looks at the row above, also across bands
            const auto* above = reinterpret_cast<const QRgb*>(image.constScanLine(band.row0 - 1));
            for (int x = 0; x < w; ++x) {
                previous[3 * x] = static_cast<unsigned char>(qRed(above[x]));
                previous[3 * x + 1] = static_cast<unsigned char>(qGreen(above[x]));
                previous[3 * x + 2] = static_cast<unsigned char>(qBlue(above[x]));
            }
        }
        unsigned char* out = filtered.data();
        for (int y = band.row0; y < band.row1; ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < w; ++x) {
                current[3 * x] = static_cast<unsigned char>(qRed(line[x]));
                current[3 * x + 1] = static_cast<unsigned char>(qGreen(line[x]));
                current[3 * x + 2] = static_cast<unsigned char>(qBlue(line[x]));
            }
            *out++ = 2; // PNG filter type 2: Up
            for (std::size_t i = 0; i < current.size(); ++i)
                *out++ = static_cast<unsigned char>(current[i] - previous[i]);
            std::swap(previous, current);
        }
        band.filteredBytes = static_cast<uLong>(filtered.size());
        band.adler = adler32(1, filtered.data(), static_cast<uInt>(filtered.size()));
        z_stream z{};
        // Raw deflate, so that the bands can be joined into one zlib stream.
        if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK) {
            band.ok = false;
            return;
        }
        band.deflated.resize(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(filtered.size())) + 64));
        z.next_in = filtered.data();
        z.avail_in = static_cast<uInt>(filtered.size());
        z.next_out = reinterpret_cast<Bytef*>(band.deflated.data());
        z.avail_out = static_cast<uInt>(band.deflated.size());
        // Every band but the last ends on a byte boundary without a final block.
        const int result = deflate(&z, band.last ? Z_FINISH : Z_SYNC_FLUSH);
        band.ok = band.last ? result == Z_STREAM_END : result == Z_OK;
        band.deflated.resize(static_cast<qsizetype>(z.total_out));
        deflateEnd(&z);
    });
    QByteArray zlibStream;
    zlibStream.append(char(0x78));
    zlibStream.append(char(0x01));
    uLong adler = 1;
    for (const Band& band : bands) {
        if (!band.ok)
            return Error{QCoreApplication::translate("PngWriter", "%1: compressing the image failed").arg(name)};
        zlibStream.append(band.deflated);
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.filteredBytes));
    }
    put32(zlibStream, static_cast<quint32>(adler));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    put32(header, static_cast<quint32>(w));
    put32(header, static_cast<quint32>(h));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace
    chunk(png, "IHDR", header);
    if (dpi > 0) {
        QByteArray phys;
        const auto ppm = static_cast<quint32>(std::lround(dpi / 0.0254));
        put32(phys, ppm);
        put32(phys, ppm);
        phys.append(char(1)); // metres
        chunk(png, "pHYs", phys);
    }
    constexpr qsizetype kIdat = 1 << 20;
    for (qsizetype at = 0; at < zlibStream.size(); at += kIdat)
        chunk(png, "IDAT", zlibStream.mid(at, kIdat));
    chunk(png, "IEND", {});
    // Written beside the target, synced and renamed over it (QSaveFile): a crash or a full disk
    // leaves the previous file, never half a PNG.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        return Error{QStringLiteral("%1: %2").arg(name, file.errorString())};
    return true;
}

} // namespace mineatlas::exporting
