package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 条款编号 — 第X条, 一、, （一）, 1., 5.2, （1）, ①: labels, numbers, levels, paths and spans. */
class ClauseNumberingTest {

    private static final ContractParser PARSER = new ContractParser();

    @Test
    void reads_articles_with_chinese_numerals_and_decimal_items_inside() {
        String text = "采购合同\n\n甲方：某市某局\n乙方：某公司\n\n第一条 合同标的\n乙方提供服务。\n第九条 付款\n9.1 预付30%。\n9.2 验收后付70%。\n"
                + "第十条 违约责任\n乙方违约的，赔偿损失。\n第二十三条【争议解决】协商不成的，向法院起诉。\n第一百零一条 附则\n";
        List<Clause> clauses = PARSER.parse(text).clauses();

        assertThat(clauses).extracting(Clause::label, Clause::number, Clause::level, Clause::path, Clause::heading)
                .containsExactly(
                        tuple("第一条", 1, 1, "第一条", "合同标的"),
                        tuple("第九条", 9, 1, "第九条", "付款"),
                        tuple("9.1", 1, 2, "9.1", null),
                        tuple("9.2", 2, 2, "9.2", null),
                        tuple("第十条", 10, 1, "第十条", "违约责任"),
                        tuple("第二十三条", 23, 1, "第二十三条", "争议解决"),
                        tuple("第一百零一条", 101, 1, "第一百零一条", "附则"));
        Clause article9 = clauses.get(1);
        assertThat(text.substring(article9.start(), article9.end())).isEqualTo("第九条 付款\n9.1 预付30%。\n9.2 验收后付70%。");
        assertThat(article9.text()).isEqualTo(text.substring(article9.start(), article9.end()));
    }

    @Test
    void nests_by_the_order_in_which_the_kinds_of_number_appear() {
        String text = "服务合同\n甲方：甲单位\n乙方：乙公司\n一、服务内容\n（一）保洁\n1. 日常保洁\n2. 专项保洁\n（1）外墙清洗\n① 每年两次\n"
                + "（二）绿化\n二、付款：按季度支付。\n";
        List<Clause> clauses = PARSER.parse(text).clauses();

        assertThat(clauses).extracting(Clause::label, Clause::level, Clause::path)
                .containsExactly(
                        tuple("一、", 1, "一、"),
                        tuple("（一）", 2, "一、（一）"),
                        tuple("1.", 3, "一、（一）1."),
                        tuple("2.", 3, "一、（一）2."),
                        tuple("（1）", 4, "一、（一）2.（1）"),
                        tuple("①", 5, "一、（一）2.（1）①"),
                        tuple("（二）", 2, "一、（二）"),
                        tuple("二、", 1, "二、"));
        assertThat(clauses.get(7).heading()).isEqualTo("付款");
    }

    @Test
    void a_decimal_outline_nests_by_depth() {
        String text = "合同\n甲方：甲\n乙方：乙\n1. 总则\n1.1 定义\n1.1.1 本合同\n1.2 解释\n2. 价款\n";
        List<Clause> clauses = PARSER.parse(text).clauses();

        assertThat(clauses).extracting(Clause::label, Clause::level)
                .containsExactly(tuple("1.", 1), tuple("1.1", 2), tuple("1.1.1", 3), tuple("1.2", 2), tuple("2.", 1));
    }

    @Test
    void numbers_inside_sentences_amounts_and_dates_are_not_headings() {
        String text = "合同\n甲方：甲\n乙方：乙\n第一条 价款\n1.5万元为预付款。\n2026.3.1前交货。\n30%在验收后支付。\n";
        assertThat(PARSER.parse(text).clauses()).extracting(Clause::label).containsExactly("第一条");
    }

    @Test
    void chapters_close_clauses_without_being_clauses() {
        String text = "合同\n甲方：甲\n乙方：乙\n第一章 总则\n第一条 目的\n为了……\n第二章 价款\n第二条 总价\n";
        List<Clause> clauses = PARSER.parse(text).clauses();

        assertThat(clauses).extracting(Clause::label).containsExactly("第一条", "第二条");
        assertThat(clauses.get(0).text()).isEqualTo("第一条 目的\n为了……");
    }

    @Test
    void a_finding_names_the_innermost_clause() {
        ParsedContract contract = PARSER.parse(Samples.text(Draft.GOODS));
        int at = contract.text().indexOf("合同总价的65%");

        assertThat(contract.clauseLabel(at)).isEqualTo("6.2");
        assertThat(contract.clauseAt(at).map(Clause::level)).contains(2);
        assertThat(contract.articles()).extracting(Clause::label).startsWith("第一条", "第二条").endsWith("第十一条");
    }
}
