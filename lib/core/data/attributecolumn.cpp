#include "data/attributecolumn.h"

#include <algorithm>
#include <cstring>

namespace mineatlas::data {

void AttributeColumn::reserve(std::size_t rows)
{
    if (m_plain)
        m_values.reserve(rows);
    else
        m_codes.reserve(rows);
}

std::uint32_t AttributeColumn::codeOf(const QVariant& value)
{
    if (m_values.empty())
        m_values.emplace_back(); // code 0: null
    if (value.isNull())
        return 0;
    const auto next = static_cast<std::uint32_t>(m_values.size());
    if (value.typeId() == QMetaType::QString) {
        auto it = m_textCodes.find(value.toString());
        if (it != m_textCodes.end())
            return *it;
        m_textCodes.insert(value.toString(), next);
    } else {
        Key key{value.typeId(), 0};
        switch (value.typeId()) {
        case QMetaType::Double: {
            const double d = value.toDouble();
            std::memcpy(&key.bits, &d, sizeof d);
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
            key.bits = static_cast<std::uint64_t>(value.toLongLong());
            break;
        default: // anything else the loader never stores: kept as it is
            becomePlain();
            return 0;
        }
        auto [it, inserted] = m_otherCodes.try_emplace(key, next);
        if (!inserted)
            return it->second;
    }
    m_values.push_back(value);
    return next;
}

void AttributeColumn::append(const QVariant& value)
{
    if (!m_plain) {
        const std::uint32_t code = codeOf(value);
        if (!m_plain && m_values.size() <= kMaxDistinct + 1) {
            m_codes.push_back(static_cast<std::uint16_t>(code));
            return;
        }
        becomePlain();
    }
    m_values.push_back(value);
}

void AttributeColumn::becomePlain()
{
    if (m_plain)
        return;
    std::vector<QVariant> rows;
    rows.reserve(m_codes.capacity());
    for (std::uint16_t c : m_codes)
        rows.push_back(m_values[c]);
    m_values = std::move(rows);
    std::vector<std::uint16_t>().swap(m_codes);
    m_textCodes = {};
    m_otherCodes = {};
    m_plain = true;
}

void AttributeColumn::append(AttributeColumn&& other)
{
    if (!m_plain && !other.m_plain) {
        // Recode the other part's rows into this column's values.
        std::vector<std::uint32_t> recode;
        recode.reserve(other.m_values.size());
        for (const QVariant& v : other.m_values) {
            if (m_plain)
                break;
            recode.push_back(codeOf(v));
        }
        if (!m_plain && m_values.size() <= kMaxDistinct + 1) {
            if (m_codes.capacity() < m_codes.size() + other.m_codes.size())
                m_codes.reserve(std::max(m_codes.size() + other.m_codes.size(), 2 * m_codes.capacity()));
            for (std::uint16_t c : other.m_codes)
                m_codes.push_back(static_cast<std::uint16_t>(recode[c]));
            other = AttributeColumn();
            return;
        }
    }
    becomePlain();
    if (m_values.capacity() < m_values.size() + other.size())
        m_values.reserve(std::max(m_values.size() + other.size(), 2 * m_values.capacity()));
    for (std::size_t r = 0; r < other.size(); ++r)
        m_values.push_back(other.value(r));
    other = AttributeColumn();
}

void AttributeColumn::finish()
{
    m_textCodes = {};
    m_otherCodes = {};
    m_values.shrink_to_fit();
    m_codes.shrink_to_fit();
}

std::size_t AttributeColumn::memoryBytes() const
{
    std::size_t bytes = m_values.capacity() * sizeof(QVariant) + m_codes.capacity() * sizeof(std::uint16_t);
    for (const QVariant& v : m_values)
        if (v.typeId() == QMetaType::QString)
            bytes += static_cast<std::size_t>(v.toString().capacity()) * sizeof(QChar);
    return bytes;
}

} // namespace mineatlas::data
