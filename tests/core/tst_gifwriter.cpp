#include <QtTest>

#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>

#include <gif_lib.h>

#include "gifdecode.h"

#include "export/gifwriter.h"

using namespace mineatlas;
using mineatlas::test::Decoded;
using mineatlas::test::decode;

namespace {

const QRgb kClosedGreen = qRgb(0x99, 0xCC, 0x33); // IMAS "closed" outline
const QRgb kShaFill = qRgb(0xF4, 0xA7, 0x18);     // IMAS SHA
const QRgb kPartyBlue = qRgb(0x44, 0x77, 0xAA);   // a treaty colour
const QRgb kTiny = qRgb(0xAA, 0x33, 0x77);        // a 2 × 2 px swatch: too rare to win a palette slot by itself

/// A frame: white, legend swatches in exact colours, a smooth gradient disc that grows with `k`
/// (hundreds of antialiased colours the palette must approximate).
QImage frame(int k, bool strip = false)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(10, 10, 20, 12), QColor(kClosedGreen));
    p.fillRect(QRect(10, 30, 20, 12), QColor(kShaFill));
    p.fillRect(QRect(10, 50, 20, 12), QColor(kPartyBlue));
    p.fillRect(QRect(40, 14, 2, 2), QColor(kTiny));
    p.setRenderHint(QPainter::Antialiasing);
    QRadialGradient g(QPointF(200, 100), 80);
    g.setColorAt(0, QColor(200, 20, 20));
    g.setColorAt(1, QColor(20, 20, 200));
    p.setBrush(g);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(200, 100), 20.0 + 25.0 * k, 20.0 + 25.0 * k);
    p.end();
    // With `strip`: 640 distinct colours, each more common than the tiny swatch, compete for the palette.
    for (int x = 0; strip && x < 320; ++x)
        for (int y = 180; y < 200; ++y)
            image.setPixel(x, y, [](int i) { return qRgb(i % 9 * 30, i / 9 % 9 * 30, i / 81 * 30); }(x + (y < 190 ? 0 : 320)));
    return image;
}

int maxChannelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

class TestGifWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void framesDelaysAndExactColoursReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("spread.gif");
        exporting::GifWriter::Options options;
        options.size = QSize(320, 200);
        options.exactColours = {kClosedGreen, kShaFill, kPartyBlue, kTiny};
        auto writer = exporting::GifWriter::open(path, options, {frame(0), frame(1), frame(2), frame(3)});
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        const std::vector<int> delays = {50, 50, 200, 7};
        for (int k = 0; k < 4; ++k) {
            auto added = writer.value()->addFrame(frame(k), delays[static_cast<std::size_t>(k)]);
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        QVERIFY(!QFileInfo::exists(path)); // only once finished
        QVERIFY(writer.value()->finish().ok());

        const Decoded gif = decode(path);
        QCOMPARE(gif.width, 320);
        QCOMPARE(gif.height, 200);
        QCOMPARE(gif.frames.size(), std::size_t(4));
        QCOMPARE(gif.delays, delays);
        for (QRgb exact : {kClosedGreen, kShaFill, kPartyBlue, kTiny})
            QVERIFY2(std::find(gif.palette.begin(), gif.palette.end(), exact) != gif.palette.end(),
                     qPrintable(QString::number(exact, 16)));
        for (std::size_t k = 0; k < gif.frames.size(); ++k) {
            const QImage& f = gif.frames[k];
            QCOMPARE(f.pixel(20, 16), kClosedGreen);
            QCOMPARE(f.pixel(20, 36), kShaFill);
            QCOMPARE(f.pixel(20, 56), kPartyBlue);
            QCOMPARE(f.pixel(41, 15), kTiny);
            QCOMPARE(f.pixel(300, 190), qRgb(255, 255, 255));
            // Every pixel is close to what was drawn (256 colours for a gradient: a few steps off).
            const QImage drawn = frame(static_cast<int>(k));
            int worst = 0;
            for (int y = 0; y < f.height(); y += 3)
                for (int x = 0; x < f.width(); x += 3)
                    worst = std::max(worst, maxChannelDifference(f.pixel(x, y), drawn.pixel(x, y)));
            QVERIFY2(worst <= 24, qPrintable(QStringLiteral("frame %1 is %2 off").arg(k).arg(worst)));
        }
        // Qt's own reader agrees on the count and the last frame.
        QImageReader reader(path);
        QCOMPARE(reader.imageCount(), 4);
        QImage last;
        for (int i = 0; i < 4; ++i)
            last = reader.read();
        QCOMPARE(last.pixel(20, 56) & 0xFFFFFF, kPartyBlue & 0xFFFFFF);
        QCOMPARE(last.pixel(200, 100) & 0xFFFFFF, gif.frames.back().pixel(200, 100) & 0xFFFFFF);
    }

    void exactColoursWinOverCommonerOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crowded.gif");
        exporting::GifWriter::Options options;
        options.size = QSize(320, 200);
        options.exactColours = {kTiny};
        auto writer = exporting::GifWriter::open(path, options, {frame(0, true), frame(3, true)});
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->addFrame(frame(0, true), 10).ok());
        QVERIFY(writer.value()->finish().ok());
        const Decoded gif = decode(path);
        QCOMPARE(gif.frames.size(), std::size_t(1));
        QVERIFY(std::find(gif.palette.begin(), gif.palette.end(), kTiny) != gif.palette.end());
        QCOMPARE(gif.frames[0].pixel(40, 14), kTiny);
        QCOMPARE(gif.frames[0].pixel(41, 15), kTiny);
    }

    void laterFramesAreOnlyWhatChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("still.gif");
        exporting::GifWriter::Options options;
        options.size = QSize(320, 200);
        auto writer = exporting::GifWriter::open(path, options, {frame(1)});
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->addFrame(frame(1), 10).ok());
        QVERIFY(writer.value()->addFrame(frame(1), 10).ok()); // nothing changed
        QVERIFY(writer.value()->addFrame(frame(2), 10).ok()); // the disc grew
        QVERIFY(writer.value()->finish().ok());
        int error = 0;
        GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
        QVERIFY(gif && DGifSlurp(gif) == GIF_OK);
        QCOMPARE(gif->ImageCount, 3);
        QCOMPARE(gif->SavedImages[0].ImageDesc.Width, 320);
        QCOMPARE(gif->SavedImages[1].ImageDesc.Width * gif->SavedImages[1].ImageDesc.Height, 1);
        const GifImageDesc& grown = gif->SavedImages[2].ImageDesc;
        // The disc of radius 70 around (200, 100) and nothing of the legend on the left.
        QVERIFY2(grown.Left >= 125 && grown.Left <= 155 && grown.Width <= 150 && grown.Height <= 150,
                 qPrintable(QStringLiteral("%1,%2 %3×%4").arg(grown.Left).arg(grown.Top).arg(grown.Width).arg(grown.Height)));
        DGifCloseFile(gif, &error);
        QCOMPARE(decode(path).frames.back(), decode(path).frames.back()); // decodes
    }

    void badFramesAndFailuresLeaveTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.gif");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old animation");
        }
        exporting::GifWriter::Options options;
        options.size = QSize(320, 200);
        {
            auto writer = exporting::GifWriter::open(path, options, {frame(0)});
            QVERIFY(writer.ok());
            auto wrong = writer.value()->addFrame(QImage(100, 100, QImage::Format_RGB32), 10);
            QVERIFY(!wrong.ok());
            QVERIFY2(wrong.error().contains("old.gif") && wrong.error().contains("100 × 100"), qPrintable(wrong.error()));
            QVERIFY(writer.value()->addFrame(frame(0), 10).ok());
            // Canceled: the writer goes away unfinished.
        }
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old animation"));
        QVERIFY(!QFileInfo::exists(dir.filePath(".old.gif.part")));
        auto empty = exporting::GifWriter::open(path, options, {});
        QVERIFY(empty.ok());
        QVERIFY(empty.value()->finish().error().contains("no frame"));
        QVERIFY(!exporting::GifWriter::open(dir.filePath("no/such/folder/x.gif"), options, {}).ok());
        options.size = QSize(0, 10);
        QVERIFY(!exporting::GifWriter::open(path, options, {}).ok());
    }
};

QTEST_MAIN(TestGifWriter)
#include "tst_gifwriter.moc"
