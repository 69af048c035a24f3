#include "data/resourcefile.h"

#include <atomic>

#include <QFile>

#include <cpl_vsi.h>

namespace mineatlas::data {

ResourceFile::ResourceFile(const QString& resource, const QString& suffix)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_bytes = file.readAll();
    static std::atomic<int> counter{0};
    const QString path = QStringLiteral("/vsimem/mineatlas-resource-%1%2").arg(++counter).arg(suffix);
    VSILFILE* vsi = VSIFileFromMemBuffer(path.toUtf8().constData(), reinterpret_cast<GByte*>(m_bytes.data()),
                                         static_cast<vsi_l_offset>(m_bytes.size()), FALSE);
    if (!vsi)
        return;
    VSIFCloseL(vsi);
    m_path = path;
}

ResourceFile::~ResourceFile()
{
    if (!m_path.isEmpty())
        VSIUnlink(m_path.toUtf8().constData());
}

} // namespace mineatlas::data
