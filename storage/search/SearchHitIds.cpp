#include "storage/search/SearchHitIds.h"

#include <cstdint>

namespace hrdesk::search {

void SearchHitIds::reserve(size_t count)
{
    m_ends.reserve(count);
    m_bytes.reserve(count * 36); // UUID text
    while (m_slots.size() < count * 2)
        grow();
}

uint64_t SearchHitIds::hashOf(QByteArrayView id)
{
    // FNV-1a, then a final mix (the low bits pick the slot).
    uint64_t h = 1469598103934665603ull;
    for (const char c : id) {
        h ^= uint8_t(c);
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

QByteArrayView SearchHitIds::at(uint32_t index) const
{
    const uint32_t begin = index == 0 ? 0 : m_ends[index - 1];
    return QByteArrayView(m_bytes.data() + begin, qsizetype(m_ends[index] - begin));
}

size_t SearchHitIds::slotOf(QByteArrayView id, uint64_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash) & mask;
    while (m_slots[slot] != 0 && at(m_slots[slot] - 1) != id)
        slot = (slot + 1) & mask;
    return slot;
}

void SearchHitIds::grow()
{
    std::vector<uint32_t> table(m_slots.empty() ? 64 : m_slots.size() * 2, 0);
    m_slots.swap(table);
    for (uint32_t i = 0; i < m_ends.size(); ++i) {
        const QByteArrayView id = at(i);
        m_slots[slotOf(id, hashOf(id))] = i + 1;
    }
}

bool SearchHitIds::insert(QByteArrayView id)
{
    // Offsets are 32-bit: about 119 million UUIDs. A search never finds that many rows.
    if (m_bytes.size() + size_t(id.size()) > UINT32_MAX || m_ends.size() >= UINT32_MAX / 4)
        return false;
    if ((m_ends.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t slot = slotOf(id, hashOf(id));
    if (m_slots[slot] != 0)
        return false;
    m_bytes.append(id.data(), size_t(id.size()));
    m_ends.push_back(uint32_t(m_bytes.size()));
    m_slots[slot] = uint32_t(m_ends.size());
    return true;
}

bool SearchHitIds::contains(QByteArrayView id) const
{
    if (m_slots.empty())
        return false;
    return m_slots[slotOf(id, hashOf(id))] != 0;
}

} // namespace hrdesk::search
