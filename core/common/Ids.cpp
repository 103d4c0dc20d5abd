#include "core/common/Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

namespace hrdesk {

QString newId()
{
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    quint64 random = QRandomGenerator::system()->generate64();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms > lastMs) {
            lastMs = ms;
            // Start low in the 12-bit counter, leaving room for the ids of a busy millisecond.
            counter = quint32(random >> 62) << 8;
        } else if (++counter > 0xFFF) {
            // The clock went back, or 4,096 ids in one millisecond: borrow from the next one.
            ++lastMs;
            counter = 0;
        }
        ms = lastMs;
        sequence = counter; // read under the lock: another thread may advance it next
    }
    const quint64 high = (quint64(ms) << 16) | 0x7000u | sequence;              // time, version 7, counter
    const quint64 low = (random & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // variant 10, random
    char text[36];
    static const char digits[] = "0123456789abcdef";
    int at = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            text[at++] = digits[(value >> (i * 4)) & 0xF];
    };
    put(high >> 32, 8);
    text[at++] = '-';
    put(high >> 16, 4);
    text[at++] = '-';
    put(high, 4);
    text[at++] = '-';
    put(low >> 48, 4);
    text[at++] = '-';
    put(low, 12);
    return QString::fromLatin1(text, 36);
}

QString derivedId(QStringView role, const QString &id)
{
    // Random once, fixed forever: changing it would change every derived key.
    static const QUuid ns(QStringLiteral("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f"));
    return QUuid::createUuidV5(ns, role.toString() + u':' + id).toString(QUuid::WithoutBraces);
}

} // namespace hrdesk
