package org.zhiban.bench.knowledge;

import java.util.List;

/** 基准查询: what officers and citizens type: keywords, colloquial phrases and whole questions. */
final class BenchmarkQueries {

    static final List<String> ALL = List.of(
            "经营者欺诈 退一赔三",
            "霸王条款",
            "超市卖过期食品，消费者能不能要求十倍赔偿？",
            "虚假宣传 罚款",
            "七天无理由退货",
            "政府采购 质疑 投诉 期限",
            "个人信息 处理 同意",
            "行政复议 申请 期限",
            "拖欠中小企业账款 逾期利息",
            "明码标价 价格欺诈",
            "格式条款 提示 说明义务",
            "孩子上学 就近入学",
            "产假 女职工",
            "老年人 赡养 义务",
            "招标 投标 保证金",
            "行政处罚 听证",
            "电子商务平台 经营者 责任",
            "投诉举报 受理 不予受理",
            "食品安全标准 惩罚性赔偿",
            "虚假广告 消费者 损害");

    private BenchmarkQueries() {
    }
}
