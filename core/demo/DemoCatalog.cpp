#include "core/demo/DemoCatalog.h"

namespace hrdesk::demo {

namespace {

QStringList words(QStringView text)
{
    QStringList out;
    for (const auto part : text.split(u' ', Qt::SkipEmptyParts))
        out.append(part.toString());
    return out;
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

const DemoCatalog &DemoCatalog::instance()
{
    static const DemoCatalog catalog;
    return catalog;
}

DemoCatalog::DemoCatalog()
{
    companyName = s(u"恒信商贸集团有限公司");
    regions = words(u"华东大区 华北大区 华南大区 西南大区 华中大区");
    // Ordered so that small demos still span several regions.
    branches = {
        {s(u"上海分公司"), s(u"上海"), QStringLiteral("SH"), 0, words(u"310101 310104 310115")},
        {s(u"北京分公司"), s(u"北京"), QStringLiteral("BJ"), 1, words(u"110105 110108 110101")},
        {s(u"深圳分公司"), s(u"深圳"), QStringLiteral("SZ"), 2, words(u"440305 440304")},
        {s(u"成都分公司"), s(u"成都"), QStringLiteral("CD"), 3, words(u"510107 510104")},
        {s(u"杭州分公司"), s(u"杭州"), QStringLiteral("HZ"), 0, words(u"330106 330102")},
        {s(u"武汉分公司"), s(u"武汉"), QStringLiteral("WH"), 4, words(u"420102 420106")},
        {s(u"广州分公司"), s(u"广州"), QStringLiteral("GZ"), 2, words(u"440106 440104")},
        {s(u"天津分公司"), s(u"天津"), QStringLiteral("TJ"), 1, words(u"120101 120103")},
        {s(u"南京分公司"), s(u"南京"), QStringLiteral("NJ"), 0, words(u"320102 320106")},
        {s(u"重庆分公司"), s(u"重庆"), QStringLiteral("CQ"), 3, words(u"500103 500105")},
    };
    departments = {
        {s(u"销售一部"), QStringLiteral("S1"), DepartmentKind::Sales, 28, s(u"销售经理"),
         words(u"销售代表 客户经理 销售助理"), {60, 30, 10}},
        {s(u"销售二部"), QStringLiteral("S2"), DepartmentKind::Sales, 24, s(u"销售经理"),
         words(u"销售代表 客户经理 销售助理"), {60, 30, 10}},
        {s(u"客户服务部"), QStringLiteral("CS"), DepartmentKind::CustomerService, 16, s(u"客服主管"),
         words(u"客服专员 售后工程师"), {75, 25}},
        {s(u"人力资源部"), QStringLiteral("HR"), DepartmentKind::HumanResources, 10, s(u"人力资源经理"),
         words(u"HR专员 招聘专员 薪酬专员"), {50, 30, 20}},
        {s(u"财务部"), QStringLiteral("FIN"), DepartmentKind::Finance, 10, s(u"财务经理"),
         words(u"会计 出纳 财务专员"), {50, 20, 30}},
        {s(u"行政部"), QStringLiteral("ADM"), DepartmentKind::Administration, 12, s(u"行政经理"),
         words(u"行政专员 前台 司机"), {60, 25, 15}},
    };
    generalManagerPosition = s(u"总经理");
    salesPositions = words(u"销售代表 客户经理 销售经理");
    birthplaceDistricts = words(u"370102 410105 430102 340104 360102 130102 210102 610113 "
                                u"350203 450103 530102 520102 140105 230102 220102 320583 330203");
    mobilePrefixes = words(u"130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
                           u"176 177 178 180 181 182 183 185 186 187 188 189 191 198 199");
    tradeNames = words(u"恒达 华信 瑞丰 鼎盛 宏远 锦程 天成 新华 永泰 嘉禾 聚源 博远 中联 金诚 汇通 "
                       u"盛世 昌隆 立信 东方 远航 佳和 明德 正泰 华美 同创 润泽 安达 德隆 凯旋 信达");
    industries = {
        {s(u"制造业"), words(u"机械 设备 精密制造 模具 汽车配件")},
        {s(u"信息技术"), words(u"科技 信息技术 软件 网络科技 数据")},
        {s(u"批发零售"), words(u"贸易 商贸 百货 进出口")},
        {s(u"交通物流"), words(u"物流 供应链 运输")},
        {s(u"建筑建材"), words(u"建材 建筑工程 装饰工程")},
        {s(u"食品饮料"), words(u"食品 饮品 农产品")},
        {s(u"医疗健康"), words(u"医疗器械 生物科技 医药")},
        {s(u"化工能源"), words(u"化工 新能源 环保科技")},
        {s(u"纺织服装"), words(u"纺织 服饰")},
        {s(u"电子电器"), words(u"电子 电器 光电")},
    };
    sources = words(u"展会 转介绍 官网 电话营销 老客户推荐 行业协会 线上广告 地推");
}

} // namespace hrdesk::demo
