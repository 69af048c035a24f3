#pragma once

#include <QByteArray>
#include <QString>

namespace mineatlas::data {

/// A Qt resource (":/…") handed to GDAL as a file of its virtual file system (/vsimem), for as
/// long as this object lives. GDAL cannot read Qt resources itself.
class ResourceFile {
public:
    explicit ResourceFile(const QString& resource, const QString& suffix = QStringLiteral(".csv"));
    ~ResourceFile();
    ResourceFile(const ResourceFile&) = delete;
    ResourceFile& operator=(const ResourceFile&) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    /// The /vsimem path to open with GDAL (empty when the resource is missing).
    const QString& path() const { return m_path; }

private:
    QByteArray m_bytes;
    QString m_path;
};

} // namespace mineatlas::data
