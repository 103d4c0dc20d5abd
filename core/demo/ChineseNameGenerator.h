#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hrdesk::demo {

class DemoRandom;

// Plausible mainland names: surnames weighted by how common they are (王, 李, 张 … first),
// given names of one or two characters chosen by gender.
class ChineseNameGenerator
{
public:
    ChineseNameGenerator();

    QString name(DemoRandom &random, bool male) const;

private:
    QStringList m_surnames;
    std::vector<int> m_surnameWeights;
    QStringList m_male;
    QStringList m_female;
    QStringList m_neutral;
};

} // namespace hrdesk::demo
