#include "core/demo/ChineseNameGenerator.h"

#include "core/demo/DemoRandom.h"

namespace hrdesk::demo {

namespace {

QStringList characters(QStringView text)
{
    QStringList out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(QString(c));
    return out;
}

} // namespace

ChineseNameGenerator::ChineseNameGenerator()
{
    // Shares per thousand, roughly the 2020 census order.
    struct Surname
    {
        char16_t character;
        int weight;
    };
    static constexpr Surname surnames[] = {
        {u'王', 71}, {u'李', 70}, {u'张', 67}, {u'刘', 54}, {u'陈', 45}, {u'杨', 31}, {u'赵', 23},
        {u'黄', 22}, {u'周', 21}, {u'吴', 20}, {u'徐', 17}, {u'孙', 15}, {u'胡', 13}, {u'朱', 13},
        {u'高', 12}, {u'林', 12}, {u'何', 12}, {u'郭', 11}, {u'马', 11}, {u'罗', 9},  {u'梁', 9},
        {u'宋', 8},  {u'郑', 8},  {u'谢', 7},  {u'韩', 7},  {u'唐', 7},  {u'冯', 7},  {u'于', 6},
        {u'董', 6},  {u'萧', 5},  {u'程', 5},  {u'曹', 5},  {u'袁', 5},  {u'邓', 5},  {u'许', 5},
        {u'傅', 5},  {u'沈', 5},  {u'曾', 5},  {u'彭', 5},  {u'吕', 5},  {u'苏', 4},  {u'卢', 4},
        {u'蒋', 4},  {u'蔡', 4},  {u'贾', 4},  {u'丁', 4},  {u'魏', 4},  {u'薛', 4},  {u'叶', 4},
        {u'阎', 3},  {u'余', 3},  {u'潘', 3},  {u'杜', 3},  {u'戴', 3},  {u'夏', 3},  {u'钟', 3},
        {u'汪', 3},  {u'田', 3},  {u'任', 3},  {u'姜', 3},  {u'范', 3},  {u'方', 3},  {u'石', 3},
    };
    for (const auto &entry : surnames) {
        m_surnames.append(QString(QChar(entry.character)));
        m_surnameWeights.push_back(entry.weight);
    }
    m_male = characters(u"伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩宇俊帅凯健建国志东海峰旭洋博辰睿轩航晨昊毅");
    m_female = characters(u"芳娜敏静丽艳娟霞秀英玲婷雪慧琳颖倩洁燕萍红梅莉兰晶欣怡佳悦璐瑶雯薇琪婧");
    m_neutral = characters(u"子晓一嘉思雨天安文春秋心君诗梓可新若宏立");
}

QString ChineseNameGenerator::name(DemoRandom &random, bool male) const
{
    const QStringList &own = male ? m_male : m_female;
    QString result = m_surnames.at(random.weighted(m_surnameWeights.data(), int(m_surnameWeights.size())));
    if (random.chance(35)) {
        result += own.at(int(random.below(quint32(own.size()))));
        return result;
    }
    // Two characters: a neutral or gendered first, a gendered second, never the same twice.
    const QStringList &first = random.chance(40) ? m_neutral : own;
    const QString a = first.at(int(random.below(quint32(first.size()))));
    QString b = own.at(int(random.below(quint32(own.size()))));
    if (b == a)
        b = own.at(int(random.below(quint32(own.size()))));
    result += a;
    result += b;
    return result;
}

} // namespace hrdesk::demo
