#pragma once

#include <QDate>
#include <QString>

#include <unordered_set>

namespace hrdesk::demo {

class DemoRandom;

// Identity numbers for demo rows that pass the real validators and never repeat within one
// generation (the schema has unique indexes on both).
class DemoIdentifiers
{
public:
    // Room for this many credit codes without rehashing.
    void reserveCreditCodes(qsizetype count) { m_organisationCodes.reserve(size_t(count)); }

    // An 18-digit resident ID number for someone born on birth in region (6 digits).
    QString residentId(DemoRandom &random, const QString &region, QDate birth, bool male);
    // A unified social credit code of a company (registration authority 9, type 1) in region
    // (6 digits), written as 18 Latin-1 characters to out.
    void creditCode(DemoRandom &random, const char *region, char *out18);
    // A mainland mobile number with one of the catalogue's prefixes.
    static QString mobile(DemoRandom &random);

private:
    std::unordered_set<quint64> m_residentIds;
    std::unordered_set<quint64> m_organisationCodes;
};

} // namespace hrdesk::demo
