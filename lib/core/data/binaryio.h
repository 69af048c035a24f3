#pragma once

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <vector>

#include <QDataStream>
#include <QIODevice>

namespace mineatlas::data {

/// Trivially copyable arrays in and out of a QDataStream as a count and raw bytes (the store
/// cache's format). Large arrays go in pieces: QDataStream's raw calls take an int. readRawVector
/// refuses absurd counts from a damaged file and reads nothing past the end.
namespace detail {
constexpr std::uint64_t kRawPiece = std::uint64_t(1) << 30;
}

template <class T> void writeRawVector(QDataStream& out, const std::vector<T>& v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out << static_cast<quint64>(v.size());
    const char* data = reinterpret_cast<const char*>(v.data());
    const std::uint64_t bytes = std::uint64_t(v.size()) * sizeof(T);
    for (std::uint64_t done = 0; done < bytes && out.status() == QDataStream::Ok;) {
        const auto piece = static_cast<int>(std::min(detail::kRawPiece, bytes - done));
        if (out.writeRawData(data + done, piece) != piece)
            out.setStatus(QDataStream::WriteFailed);
        done += static_cast<std::uint64_t>(piece);
    }
}

template <class T> bool readRawVector(QDataStream& in, std::vector<T>& v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    quint64 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > (quint64(1) << 36) / sizeof(T))
        return false;
    if (in.device() && quint64(in.device()->bytesAvailable()) < n * sizeof(T))
        return false; // the file is shorter than the count says
    // Grow as the data arrives, so a count that lies costs no more memory than the file holds.
    v.clear();
    const std::uint64_t bytes = n * sizeof(T);
    const std::uint64_t perPiece = detail::kRawPiece / sizeof(T) * sizeof(T);
    for (std::uint64_t done = 0; done < bytes;) {
        const std::uint64_t piece = std::min(perPiece, bytes - done);
        v.resize(static_cast<std::size_t>((done + piece) / sizeof(T)));
        if (in.readRawData(reinterpret_cast<char*>(v.data()) + done, static_cast<int>(piece)) !=
            static_cast<int>(piece))
            return false;
        done += piece;
    }
    return true;
}

} // namespace mineatlas::data
