#pragma once

#include <memory>
#include <vector>

#include <QImage>
#include <QString>

#include "result.h"

namespace mineatlas::exporting {

/// Writes an animated GIF frame by frame through giflib, with one palette for every frame so that
/// a colour never flickers between frames. The palette holds `exactColours` (legend swatches,
/// status outlines) exactly; the rest of its 256 entries are the commonest other colours of the
/// sample frames. Each frame after the first is written as the rectangle that changed. The file
/// is written beside the target and renamed into place by finish(): a canceled or failed export
/// leaves the old file whole.
class GifWriter {
public:
    struct Options {
        QSize size;
        std::vector<QRgb> exactColours; ///< kept exactly (at most 200; opaque RGB)
        bool loop = true;               ///< play forever (NETSCAPE2.0 extension)
    };

    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    /// `samples`: frames that show the colours to come (e.g. the first and the last).
    static Result<std::unique_ptr<GifWriter>> open(const QString& path, const Options& options,
                                                    const std::vector<QImage>& samples);

    /// Adds a frame shown for `delayCentiseconds` (GIF's unit: 1/100 s).
    Result<bool> addFrame(const QImage& frame, int delayCentiseconds);
    /// Writes the trailer and renames the file into place.
    Result<bool> finish();
    /// Closes and removes the partial file (also what the destructor does when finish() was not called).
    void abandon();

    const std::vector<QRgb>& palette() const { return m_palette; }
    int frameCount() const { return m_frames; }

private:
    GifWriter() = default;
    std::uint8_t indexOf(QRgb colour);

    struct State;
    std::unique_ptr<State> m_state;
    QString m_path, m_partial;
    QSize m_size;
    std::vector<QRgb> m_palette;
    std::vector<std::uint8_t> m_previous;
    std::vector<std::uint8_t> m_lut;     ///< 24-bit colour → palette index
    std::vector<std::uint64_t> m_known; ///< bit per 24-bit colour: m_lut holds it
    int m_frames = 0;
};

} // namespace mineatlas::exporting
