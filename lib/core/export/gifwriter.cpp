#include "export/gifwriter.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>
#include <limits>
#include <unordered_map>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gif_lib.h>

#include "data/writefailure.h"

namespace mineatlas::exporting {

struct GifWriter::State {
    GifFileType* gif = nullptr;
};

namespace {

int distance2(QRgb a, QRgb b)
{
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return dr * dr + dg * dg + db * db;
}

QString gifError(const QString& name, int code)
{
    const char* text = GifErrorString(code);
    return QCoreApplication::translate("GifWriter", "%1: writing the GIF failed (%2)").arg(name, text ? QString::fromUtf8(text) : QString::number(code));
}

/// The palette: the exact colours first, then the commonest other colours of the samples
/// (popularity over 5-6-5 bit buckets, each bucket's mean colour).
std::vector<QRgb> buildPalette(const std::vector<QRgb>& exact, const std::vector<QImage>& samples)
{
    std::vector<QRgb> palette;
    for (QRgb c : exact) {
        const QRgb opaque = qRgb(qRed(c), qGreen(c), qBlue(c));
        if (std::find(palette.begin(), palette.end(), opaque) == palette.end() && palette.size() < 200)
            palette.push_back(opaque);
    }
    struct Bucket {
        std::uint64_t count = 0, r = 0, g = 0, b = 0;
    };
    std::vector<Bucket> buckets(1 << 16);
    std::unordered_map<QRgb, std::uint64_t> flat; // counted per run: fills come in long runs
    std::uint64_t pixels = 0;
    for (const QImage& sample : samples) {
        const QImage rgb = sample.format() == QImage::Format_RGB32 || sample.format() == QImage::Format_ARGB32_Premultiplied
                               ? sample
                               : sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width();) {
                const QRgb c = line[x] | 0xFF000000u;
                int run = 1;
                while (x + run < rgb.width() && (line[x + run] | 0xFF000000u) == c)
                    ++run;
                Bucket& b = buckets[((qRed(c) >> 3) << 11) | ((qGreen(c) >> 2) << 5) | (qBlue(c) >> 3)];
                b.count += static_cast<std::uint64_t>(run);
                b.r += static_cast<std::uint64_t>(qRed(c)) * static_cast<std::uint64_t>(run);
                b.g += static_cast<std::uint64_t>(qGreen(c)) * static_cast<std::uint64_t>(run);
                b.b += static_cast<std::uint64_t>(qBlue(c)) * static_cast<std::uint64_t>(run);
                if (run >= 4)
                    flat[c] += static_cast<std::uint64_t>(run);
                pixels += static_cast<std::uint64_t>(run);
                x += run;
            }
        }
    }
    // Flat colours (background, fills) that cover at least 0.1 % of the samples are kept exactly.
    std::vector<std::pair<std::uint64_t, QRgb>> fills;
    for (const auto& [colour, count] : flat)
        if (count * 1000 >= pixels)
            fills.emplace_back(count, colour);
    std::sort(fills.begin(), fills.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    for (const auto& [count, colour] : fills)
        if (palette.size() < 224 && std::find(palette.begin(), palette.end(), colour) == palette.end())
            palette.push_back(colour);
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < buckets.size(); ++i)
        if (buckets[i].count)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return buckets[a].count != buckets[b].count ? buckets[a].count > buckets[b].count : a < b;
    });
    for (std::uint32_t i : order) {
        if (palette.size() >= 256)
            break;
        const Bucket& b = buckets[i];
        const QRgb mean = qRgb(static_cast<int>(b.r / b.count), static_cast<int>(b.g / b.count),
                               static_cast<int>(b.b / b.count));
        // An exact colour already stands for this bucket.
        if (std::any_of(palette.begin(), palette.end(), [&](QRgb p) { return distance2(p, mean) < 75; }))
            continue;
        palette.push_back(mean);
    }
    if (palette.empty())
        palette.push_back(qRgb(255, 255, 255));
    return palette;
}

} // namespace

GifWriter::~GifWriter()
{
    abandon();
}

Result<std::unique_ptr<GifWriter>> GifWriter::open(const QString& path, const Options& options,
                                                   const std::vector<QImage>& samples)
{
    const QString name = QFileInfo(path).fileName();
    if (options.size.isEmpty() || options.size.width() > 65535 || options.size.height() > 65535)
        return Error{QCoreApplication::translate("GifWriter", "%1: a GIF is 1 to 65,535 pixels on each side").arg(name)};
    std::unique_ptr<GifWriter> w(new GifWriter);
    w->m_path = path;
    w->m_partial = QFileInfo(path).absolutePath() + QStringLiteral("/.%1.part").arg(name);
    w->m_size = options.size;
    w->m_palette = buildPalette(options.exactColours, samples);
    w->m_lut.assign(std::size_t(1) << 24, 0);
    w->m_known.assign((std::size_t(1) << 24) / 64, 0);
    w->m_state = std::make_unique<State>();

    QFile::remove(w->m_partial);
    int error = 0;
    // Opened here rather than by giflib (which makes the file readable by its owner only): the
    // finished GIF gets the permissions of any other file the user writes (0666 less the umask).
    const int fd = ::open(QFile::encodeName(w->m_partial).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return Error{QCoreApplication::translate("GifWriter", "%1: cannot write it here (%2)").arg(name, QString::fromLocal8Bit(std::strerror(errno)))};
    GifFileType* gif = EGifOpenFileHandle(fd, &error);
    if (!gif) {
        ::close(fd);
        QFile::remove(w->m_partial);
        return Error{QCoreApplication::translate("GifWriter", "%1: cannot write it here (%2)").arg(name, QString::fromUtf8(GifErrorString(error)))};
    }
    w->m_state->gif = gif;
    EGifSetGifVersion(gif, true);
    std::array<GifColorType, 256> colours{};
    for (std::size_t i = 0; i < w->m_palette.size(); ++i)
        colours[i] = GifColorType{static_cast<GifByteType>(qRed(w->m_palette[i])),
                                  static_cast<GifByteType>(qGreen(w->m_palette[i])),
                                  static_cast<GifByteType>(qBlue(w->m_palette[i]))};
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    if (!map)
        return Error{QCoreApplication::translate("GifWriter", "%1: out of memory for the palette").arg(name)};
    const int ok = EGifPutScreenDesc(gif, options.size.width(), options.size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (ok != GIF_OK)
        return Error{gifError(name, gif->Error)};
    if (options.loop) {
        static const char netscape[] = "NETSCAPE2.0";
        const GifByteType loopForever[3] = {1, 0, 0}; // sub-block 1, loop count 0 = forever
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
            EGifPutExtensionBlock(gif, 11, netscape) != GIF_OK || EGifPutExtensionBlock(gif, 3, loopForever) != GIF_OK ||
            EGifPutExtensionTrailer(gif) != GIF_OK)
            return Error{gifError(name, gif->Error)};
    }
    return w;
}

std::uint8_t GifWriter::indexOf(QRgb colour)
{
    const std::uint32_t key = colour & 0xFFFFFFu;
    if (m_known[key >> 6] & (std::uint64_t(1) << (key & 63)))
        return m_lut[key];
    int best = 0, bestDistance = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < m_palette.size() && bestDistance > 0; ++i) {
        const int d = distance2(m_palette[i], colour);
        if (d < bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    m_lut[key] = static_cast<std::uint8_t>(best);
    m_known[key >> 6] |= std::uint64_t(1) << (key & 63);
    return static_cast<std::uint8_t>(best);
}

Result<bool> GifWriter::addFrame(const QImage& frame, int delayCentiseconds)
{
    const QString name = QFileInfo(m_path).fileName();
    if (!m_state || !m_state->gif)
        return Error{QCoreApplication::translate("GifWriter", "%1: the GIF is already closed").arg(name)};
    if (frame.size() != m_size)
        return Error{QCoreApplication::translate("GifWriter", "%1: frame %2 is %3 × %4 px, the GIF %5 × %6")
                         .arg(name)
                         .arg(m_frames + 1)
                         .arg(frame.width())
                         .arg(frame.height())
                         .arg(m_size.width())
                         .arg(m_size.height())};
    const QImage rgb = frame.format() == QImage::Format_RGB32 || frame.format() == QImage::Format_ARGB32_Premultiplied
                           ? frame
                           : frame.convertToFormat(QImage::Format_RGB32);
    const int w = m_size.width(), h = m_size.height();
    std::vector<std::uint8_t> indices(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        std::uint8_t* out = indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        QRgb last = ~line[0];
        std::uint8_t lastIndex = 0;
        for (int x = 0; x < w; ++x) {
            if (line[x] != last) { // runs of one colour are the rule on a map
                last = line[x];
                lastIndex = indexOf(last);
            }
            out[x] = lastIndex;
        }
    }
    // After the first frame only the rectangle that changed is written (GIF keeps the rest).
    int x0 = 0, y0 = 0, x1 = w - 1, y1 = h - 1;
    if (m_frames > 0) {
        x0 = w;
        y0 = h;
        x1 = -1;
        y1 = -1;
        for (int y = 0; y < h; ++y) {
            const std::uint8_t* a = indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            const std::uint8_t* b = m_previous.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            int first = 0;
            while (first < w && a[first] == b[first])
                ++first;
            if (first == w)
                continue;
            int last = w - 1;
            while (a[last] == b[last])
                --last;
            x0 = std::min(x0, first);
            x1 = std::max(x1, last);
            y0 = std::min(y0, y);
            y1 = y;
        }
        if (x1 < 0) { // nothing changed: one pixel carries the frame's delay
            x0 = x1 = 0;
            y0 = y1 = 0;
        }
    }
    GifFileType* gif = m_state->gif;
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(delayCentiseconds, 0, 65535);
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const std::size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) != GIF_OK ||
        EGifPutImageDesc(gif, x0, y0, x1 - x0 + 1, y1 - y0 + 1, false, nullptr) != GIF_OK)
        return Error{gifError(name, gif->Error)};
    for (int y = y0; y <= y1; ++y)
        if (EGifPutLine(gif, indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + x0, x1 - x0 + 1) !=
            GIF_OK)
            return Error{gifError(name, gif->Error)};
    m_previous = std::move(indices);
    ++m_frames;
    return true;
}

Result<bool> GifWriter::finish()
{
    const QString name = QFileInfo(m_path).fileName();
    if (!m_state || !m_state->gif)
        return Error{QCoreApplication::translate("GifWriter", "%1: the GIF is already closed").arg(name)};
    if (m_frames == 0) {
        abandon();
        return Error{QCoreApplication::translate("GifWriter", "%1: no frame to write").arg(name)};
    }
    int error = 0;
    const int closed = EGifCloseFile(m_state->gif, &error);
    m_state->gif = nullptr;
    if (closed != GIF_OK) {
        QFile::remove(m_partial);
        return Error{gifError(name, error)};
    }
    if (!data::replaceFileDurably(m_partial, m_path)) {
        QFile::remove(m_partial);
        return Error{QCoreApplication::translate("GifWriter", "%1: cannot replace the file (is the folder read-only?)").arg(name)};
    }
    return true;
}

void GifWriter::abandon()
{
    if (m_state && m_state->gif) {
        int error = 0;
        EGifCloseFile(m_state->gif, &error);
        m_state->gif = nullptr;
        QFile::remove(m_partial);
    }
}

} // namespace mineatlas::exporting
