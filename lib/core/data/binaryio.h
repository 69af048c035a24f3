#pragma once

#include <vector>

#include <QDataStream>

namespace mineatlas::data {

/// Trivially copyable arrays in and out of a QDataStream as a count and raw bytes (the store
/// cache's format). readRawVector refuses absurd counts from a damaged file.
template <class T>
void writeRawVector(QDataStream& out, const std::vector<T>& v)
{
    out << static_cast<quint64>(v.size());
    out.writeRawData(reinterpret_cast<const char*>(v.data()), static_cast<int>(v.size() * sizeof(T)));
}

template <class T>
bool readRawVector(QDataStream& in, std::vector<T>& v)
{
    quint64 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > (quint64(1) << 33) / sizeof(T))
        return false;
    v.resize(static_cast<std::size_t>(n));
    return in.readRawData(reinterpret_cast<char*>(v.data()), static_cast<int>(n * sizeof(T))) ==
           static_cast<int>(n * sizeof(T));
}

} // namespace mineatlas::data
