#include "core/demo/DemoIdentifiers.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoRandom.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentIdNumber.h"

#include <cstring>

namespace hrdesk::demo {

namespace {

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// GB 11714 check character of the 8-character organisation code body.
char organisationCheck(const char *body)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char c = body[i];
        const int v = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : char('0' + check);
}

} // namespace

QString DemoIdentifiers::residentId(DemoRandom &random, const QString &region, QDate birth, bool male)
{
    char buffer[19];
    const QByteArray regionBytes = region.toLatin1();
    std::memcpy(buffer, regionBytes.constData(), 6);
    putDigits(buffer + 6, birth.year(), 4);
    putDigits(buffer + 10, birth.month(), 2);
    putDigits(buffer + 12, birth.day(), 2);
    for (;;) {
        // Order code: two free digits, then one whose parity is the gender (odd = male).
        const int order = int(random.below(100)) * 10 + int(random.below(5)) * 2 + (male ? 1 : 0);
        putDigits(buffer + 14, order, 3);
        quint64 key = 0;
        for (int i = 0; i < 17; ++i)
            key = key * 10 + quint64(buffer[i] - '0');
        if (m_residentIds.insert(key).second)
            break;
    }
    buffer[17] = validation::ResidentIdNumber::checkCharacter(buffer);
    return QString::fromLatin1(buffer, 18);
}

void DemoIdentifiers::creditCode(DemoRandom &random, const char *region, char *buffer)
{
    static constexpr char letters[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    buffer[0] = '9'; // registered with the market regulator
    buffer[1] = '1'; // an enterprise
    std::memcpy(buffer + 2, region, 6);
    char *body = buffer + 8;
    for (;;) {
        // Codes issued since 2015 start with MA; older ones are the former 8-digit organisation codes.
        int from = 0;
        if (random.chance(55)) {
            body[0] = 'M';
            body[1] = 'A';
            from = 2;
        }
        for (int i = from; i < 8; ++i)
            body[i] = from ? letters[random.below(31)] : char('0' + random.below(10));
        quint64 key = 0;
        for (int i = 0; i < 8; ++i)
            key = key * 64 + quint64(body[i] - '0');
        if (m_organisationCodes.insert(key).second)
            break;
    }
    body[8] = organisationCheck(body);
    buffer[17] = validation::CreditCode::checkCharacter(buffer);
}

QString DemoIdentifiers::mobile(DemoRandom &random)
{
    const QStringList &prefixes = DemoCatalog::instance().mobilePrefixes;
    char buffer[11];
    const QString &prefix = prefixes.at(int(random.below(quint32(prefixes.size()))));
    for (int i = 0; i < 3; ++i)
        buffer[i] = char(prefix.at(i).unicode());
    putDigits(buffer + 3, int(random.below(100000000)), 8);
    return QString::fromLatin1(buffer, 11);
}

} // namespace hrdesk::demo
