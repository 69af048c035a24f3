#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QString>
#include <QVariant>

namespace mineatlas::data {

/// One attribute column of a FeatureStore, kept compact: while the column holds few distinct
/// values (statuses, hazard types, dates, a null "cleared"), each row is a 16-bit code into one
/// copy of each value, 2 bytes a row instead of a 32-byte QVariant and its own text; past
/// kMaxDistinct distinct values (ids, areas) rows are kept as plain values. Reading gives the same
/// QVariant that went in (type and value). Built by one thread, then read-only from any thread.
class AttributeColumn {
public:
    static constexpr std::size_t kMaxDistinct = 4096; // codes fit 16 bits

    void reserve(std::size_t rows);
    void append(const QVariant& value);
    /// Appends the rows of `other` after this column's, emptying it (the parallel reader's parts).
    void append(AttributeColumn&& other);
    /// Drops the building state and spare capacity.
    void finish();

    std::size_t size() const { return m_plain ? m_values.size() : m_codes.size(); }
    QVariant value(std::size_t row) const { return m_plain ? m_values[row] : m_values[m_codes[row]]; }
    /// Bytes held (rows, distinct values and their text), for memory figures.
    std::size_t memoryBytes() const;

private:
    /// Identity of a non-text value: its type and bits.
    struct Key {
        int type;
        std::uint64_t bits;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const { return std::hash<std::uint64_t>()(k.bits) * 31 + std::size_t(k.type); }
    };
    std::uint32_t codeOf(const QVariant& value);
    void becomePlain();

    bool m_plain = false;
    std::vector<QVariant> m_values;     ///< distinct values (code 0 = null) or, when plain, the rows
    std::vector<std::uint16_t> m_codes; ///< per row, while not plain
    QHash<QString, std::uint32_t> m_textCodes;              ///< building only
    std::unordered_map<Key, std::uint32_t, KeyHash> m_otherCodes; ///< building only
};

} // namespace mineatlas::data
