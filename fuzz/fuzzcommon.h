#pragma once

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

// Shared by the libFuzzer targets: inputs are written to a file in a private temporary directory
// (the readers under test take paths, as the app's do) and removed after each run.
namespace mineatlas::fuzz {

inline QString scratchDir()
{
    static const QString dir = [] {
        const QString d = QDir::tempPath() + QStringLiteral("/mineatlas-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

/// Writes `size` bytes to scratchDir()/input.`suffix` and returns the path.
inline QString writeInput(const std::uint8_t* data, std::size_t size, const QString& suffix)
{
    const QString path = scratchDir() + QStringLiteral("/input.") + suffix;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    return path;
}

} // namespace mineatlas::fuzz
