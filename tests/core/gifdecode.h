#pragma once
// Reads a GIF back with giflib's own decoder, for tests of what MineAtlas writes.

#include <vector>

#include <QFile>
#include <QImage>

#include <gif_lib.h>

namespace mineatlas::test {

struct Decoded {
    int width = 0, height = 0;
    std::vector<int> delays;
    std::vector<QRgb> palette;
    std::vector<QImage> frames; ///< composed as a viewer shows them
};

/// Reads a GIF with giflib's own decoder and composes its frames (sub-rectangles over the last).
inline Decoded decode(const QString& path)
{
    Decoded out;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif || DGifSlurp(gif) != GIF_OK)
        return out;
    out.width = gif->SWidth;
    out.height = gif->SHeight;
    const ColorMapObject* map = gif->SColorMap;
    for (int i = 0; map && i < map->ColorCount; ++i)
        out.palette.push_back(qRgb(map->Colors[i].Red, map->Colors[i].Green, map->Colors[i].Blue));
    QImage canvas(out.width, out.height, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& s = gif->SavedImages[i];
        GraphicsControlBlock gcb{};
        DGifSavedExtensionToGCB(gif, i, &gcb);
        out.delays.push_back(gcb.DelayTime);
        for (int y = 0; y < s.ImageDesc.Height; ++y)
            for (int x = 0; x < s.ImageDesc.Width; ++x)
                canvas.setPixel(s.ImageDesc.Left + x, s.ImageDesc.Top + y,
                                out.palette[s.RasterBits[y * s.ImageDesc.Width + x]]);
        out.frames.push_back(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    return out;
}

} // namespace mineatlas::test
