#pragma once

#include <algorithm>

#include <QCoreApplication>
#include <QString>

namespace mineatlas {

/// Estimates the time a job has left from its progress so far: the rate since the first figure it
/// reported (what came before, opening the file, says nothing about the rest), extrapolated to
/// 100 %. Worded only once there is something to go on (a second and a percent of progress).
/// Plain value type; whoever shows the progress feeds it.
class RemainingTime {
public:
    /// A new job at `nowMs`.
    void start(qint64 nowMs)
    {
        m_startMs = nowMs;
        m_firstPercent = -1;
    }
    /// Seconds left at `percent` (0..100) and `nowMs`, or -1 while there is too little to go on.
    double secondsLeft(int percent, qint64 nowMs)
    {
        if (percent < 0)
            return -1;
        if (m_firstPercent < 0) {
            m_firstPercent = percent;
            m_firstMs = nowMs;
            return -1;
        }
        const double done = percent - m_firstPercent;
        const qint64 elapsed = nowMs - m_firstMs;
        if (done < 1 || elapsed < 1000 || percent >= 100)
            return -1;
        return static_cast<double>(elapsed) / 1000.0 * (100 - percent) / done;
    }
    /// "about 12 s left", "about 3 min left"; empty for -1.
    static QString text(double seconds)
    {
        if (seconds < 0)
            return {};
        if (seconds < 90)
            return QCoreApplication::translate("RemainingTime", "about %1 s left").arg(std::max(1, qRound(seconds)));
        return QCoreApplication::translate("RemainingTime", "about %1 min left").arg(qRound(seconds / 60));
    }

private:
    qint64 m_startMs = 0;
    qint64 m_firstMs = 0;
    int m_firstPercent = -1;
};

} // namespace mineatlas
