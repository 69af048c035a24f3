#pragma once

// A tile server on 127.0.0.1 for the basemap tests, on a thread of its own (GDAL's requests come
// from render and download threads while the test waits). Tiles are made here: each 256×256 PNG
// is filled with tileColour(z, x, y), so a rendered pixel says which tile landed there. It counts
// every request, so a test can prove none was made. Listens on loopback only.

#include <atomic>
#include <cmath>

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace testutil {

/// Red from x, green from y, blue from z (30 per level): tiles side by side always differ.
inline QRgb tileColour(int z, int x, int y)
{
    return qRgb(20 + (x * 37) % 200, 20 + (y * 59) % 200, (30 * z) % 256);
}

/// The XYZ tile (x, y) of zoom z holding lon/lat (OSM's slippy-map formulas, written out here
/// independently of lib/core).
inline QPoint tileAt(double lon, double lat, int z)
{
    const double n = std::ldexp(1.0, z);
    const double phi = lat * M_PI / 180;
    return {static_cast<int>(std::floor((lon + 180) / 360 * n)),
            static_cast<int>(std::floor((1 - std::log(std::tan(phi) + 1 / std::cos(phi)) / M_PI) / 2 * n))};
}

class TileServer : public QObject {
public:
    TileServer()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~TileServer() override { stop(); }

    quint16 port() const { return m_port; }
    int requests() const { return m_requests.load(); }
    void resetRequests() { m_requests.store(0); }
    QString capabilitiesUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/wmts/WMTSCapabilities.xml").arg(m_port);
    }
    QString tileUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_port);
    }
    /// Closes the port (connections are refused from then on) and ends the thread.
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
                m_server = nullptr;
                moveToThread(m_home);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("tile server: cannot listen on 127.0.0.1");
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    void answer(QTcpSocket* socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        ++m_requests;
        const QByteArray path = request.split(' ').value(1);
        static const QRegularExpression tile(QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)\\.png$"));
        const auto m = tile.match(QString::fromLatin1(path));
        QByteArray body, status = "200 OK", type = "image/png";
        if (m.hasMatch()) {
            const int z = m.captured(1).toInt(), x = m.captured(2).toInt(), y = m.captured(3).toInt();
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(tileColour(z, x, y));
            QBuffer buffer(&body);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        } else if (path == "/wmts/WMTSCapabilities.xml") {
            body = capabilities();
            type = "application/xml";
        } else {
            status = "404 Not Found";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    /// A WMTS GetCapabilities document: one layer, Google's Web Mercator matrix set, zooms 0-8,
    /// its tiles the same as the XYZ ones.
    QByteArray capabilities() const
    {
        QByteArray matrices;
        for (int z = 0; z <= 8; ++z)
            matrices +=
                QStringLiteral(
                    "<TileMatrix><ows:Identifier>%1</ows:Identifier><ScaleDenominator>%2</ScaleDenominator>"
                    "<TopLeftCorner>-20037508.3427892 "
                    "20037508.3427892</TopLeftCorner><TileWidth>256</TileWidth>"
                    "<TileHeight>256</TileHeight><MatrixWidth>%3</MatrixWidth><MatrixHeight>%3</"
                    "MatrixHeight></TileMatrix>")
                    .arg(z)
                    .arg(559082264.0287178 / (1 << z), 0, 'g', 17)
                    .arg(1 << z)
                    .toUtf8();
        return QStringLiteral(
                   "<?xml version=\"1.0\"?><Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" "
                   "xmlns:ows=\"http://www.opengis.net/ows/1.1\" version=\"1.0.0\"><Contents><Layer>"
                   "<ows:Title>Loopback test tiles</ows:Title><ows:Identifier>loopback</ows:Identifier>"
                   "<Style "
                   "isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</"
                   "Format>"
                   "<TileMatrixSetLink><TileMatrixSet>mercator</TileMatrixSet></TileMatrixSetLink>"
                   "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
                   "template=\"http://127.0.0.1:%1/tiles/{TileMatrix}/{TileCol}/{TileRow}.png\"/></Layer>"
                   "<TileMatrixSet><ows:Identifier>mercator</ows:Identifier>"
                   "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>")
                   .arg(m_port)
                   .toUtf8() +
               matrices + "</TileMatrixSet></Contents></Capabilities>";
    }

    QThread* m_home = QThread::currentThread();
    QThread m_thread;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
};

} // namespace testutil
