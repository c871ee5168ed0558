package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CitationExtractorTest {

    private static CitationExtractor extractor;

    @BeforeAll
    static void buildExtractorOverTheShippedCorpus() {
        extractor = new CitationExtractor(StatuteNameResolver.shipped());
    }

    /**
     * Real phrasings: from the shipped statutes (the 指导案例 and the statutes' own cross-references) and from
     * the wording of 行政处罚决定书, 投诉处理 replies and 合同审查 opinions. The context column is the statute the
     * sentence belongs to ("-" for none); expected citations are "statute article[款][项]", "|"-separated.
     */
    static Stream<Arguments> phrasings() {
        return Stream.of(
                row("受害人有权要求经营者依照本法第四十九条、第五十一条等法律规定赔偿损失", "消费者权益保护法",
                        "消费者权益保护法 第四十九条|消费者权益保护法 第五十一条"),
                row("《中华人民共和国食品安全法》（以下简称《食品安全法》）第三条规定：“食品生产经营者应当……”", "-",
                        "食品安全法 第三条"),
                row("《食品安全法》第三条规定…… ”该法第二十八条第（八）项规定，超过保质期的食品属于禁止生产经营的食品。", "-",
                        "食品安全法 第三条|食品安全法 第二十八条第（八）项"),
                row("《食品安全法》第九十六条第一款规定：“违反本法规定，造成人身、财产或者其他损害的，依法承担赔偿责任。”", "-",
                        "食品安全法 第九十六条第一款"),
                row("具有本法第一编第六章第三节和本法第五百零六条规定的无效情形", "民法典", "民法典 第五百零六条"),
                row("销售者销售本法第四十九条至第五十三条规定禁止销售的产品", "产品质量法", "产品质量法 第四十九条至第五十三条"),
                row("第七十条 本法第四十九条至第五十七条、第六十条至第六十六条规定的行政处罚由市场监督管理部门决定", "产品质量法",
                        "产品质量法 第四十九条至第五十七条|产品质量法 第六十条至第六十六条"),
                row("买受人可以依据本法第五百八十二条至第五百八十四条的规定请求承担违约责任", "民法典",
                        "民法典 第五百八十二条至第五百八十四条"),
                row("交易场所提供者违反本规定第四条第二款、第三款规定", "明码标价和禁止价格欺诈规定",
                        "明码标价和禁止价格欺诈规定 第四条第二款|明码标价和禁止价格欺诈规定 第四条第三款"),
                row("生产经营者依照食品安全法第六十三条第一款、第二款的规定停止生产、经营", "食品安全法实施条例",
                        "食品安全法 第六十三条第一款|食品安全法 第六十三条第二款"),
                row("经营者有《中华人民共和国行政处罚法》第二十七条所列情形的", "-", "行政处罚法 第二十七条"),
                row("由市场监督管理部门依照《消费者权益保护法》第五十六条予以处罚", "-", "消费者权益保护法 第五十六条"),
                row("依据《中华人民共和国消费者权益保护法》第五十六条第一款第（八）项的规定，决定给予警告", "-",
                        "消费者权益保护法 第五十六条第一款第（八）项"),
                row("根据《中华人民共和国行政处罚法》第三十二条第（一）项之规定，依法从轻处罚", "-",
                        "行政处罚法 第三十二条第（一）项"),
                row("投诉人依照《消法》第55条规定，要求退一赔三", "-", "消费者权益保护法 第五十五条"),
                row("依据《消保法》第55条第1款，经营者应当增加赔偿", "-", "消费者权益保护法 第五十五条第一款"),
                row("主张依照《食安法》第148条第2款支付价款十倍的赔偿金", "-", "食品安全法 第一百四十八条第二款"),
                row("依照消费者权益保护法第五十五条的规定处理", "-", "消费者权益保护法 第五十五条"),
                row("依据中华人民共和国食品安全法第一百四十八条第二款", "-", "食品安全法 第一百四十八条第二款"),
                row("适用《最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定》第十五条", "-",
                        "食品药品纠纷规定 第十五条"),
                row("参照《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第十条的规定", "-",
                        "民法典合同编通则解释 第十条"),
                row("依据《中华人民共和国行政复议法》（2023年修订）第十一条", "-", "行政复议法 第十一条"),
                row("涉嫌违反《中华人民共和国刑法》第二百八十七条之一，移送公安机关", "-", "刑法 第二百八十七条之一"),
                row("《中华人民共和国消费者权益保护法》第五十五条、《中华人民共和国食品安全法》第一百四十八条第二款", "-",
                        "消费者权益保护法 第五十五条|食品安全法 第一百四十八条第二款"),
                row("违反政府采购法实施条例第二十五条规定", "-", "政府采购法实施条例 第二十五条"),
                row("违反本条例第八条、第九条和第十条规定", "保障中小企业款项支付条例",
                        "保障中小企业款项支付条例 第八条|保障中小企业款项支付条例 第九条|保障中小企业款项支付条例 第十条"),
                row("依照第一百二十四条第一款第（一）项的规定给予处罚", "食品安全法", "食品安全法 第一百二十四条第一款第（一）项"),
                row("《市场监督管理投诉举报处理暂行办法》（以下简称《办法》）施行以来……依照《办法》第十五条不予受理", "-",
                        "市场监督管理投诉举报处理暂行办法 第十五条"),
                row("根据《广告法》第二十八条第二款第（二）项、第（四）项，构成虚假广告", "-",
                        "广告法 第二十八条第二款第（二）项|广告法 第二十八条第二款第（四）项"),
                row("依照《中华人民共和国民法典》第一千一百六十五条第一款", "-", "民法典 第一千一百六十五条第一款"),
                row("依照本法第五十二条至五十五条处理", "消费者权益保护法", "消费者权益保护法 第五十二条至第五十五条"),
                row("依照《关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第三条", "-", "网络消费纠纷规定一 第三条"),
                row("购买者依照药品管理法第一百四十四条第三款规定请求生产者或者经营者支付惩罚性赔偿金", "食品药品惩罚性赔偿解释",
                        "药品管理法 第一百四十四条第三款"),
                // negative cases: dates, orders, meeting numbers, chapters, an article's own label, books, 第三人
                row("2013年10月25日第十二届全国人民代表大会常务委员会第五次会议第二次修正", "-", ""),
                row("2020年7月5日中华人民共和国国务院令第728号公布", "-", ""),
                row("第一章 总则", "-", ""),
                row("第五十五条 经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿", "消费者权益保护法", ""),
                row("经营者有下列情形之一的，由工商行政管理部门责令改正", "-", ""),
                row("见《人民日报》第3版第2栏", "-", ""),
                row("第三人明知或者应知商业秘密权利人的员工实施前款所列违法行为", "-", ""),
                row("依照前款规定处理；前两款规定以外的情形，依照第二款处理", "-", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void finds_the_citations_a_reader_would_see(String text, String context, List<String> expected) {
        List<Citation> citations = extractor.extract(text, context.equals("-") ? null : context);

        assertThat(citations).extracting(Citation::describe).containsExactlyElementsOf(expected);
        for (Citation c : citations) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Test
    void reports_span_name_as_written_normalised_name_and_key() {
        String text = "经审查，依据《中华人民共和国消费者权益保护法》第五十五条第一款的规定。";
        Citation c = extractor.extract(text).get(0);

        assertThat(c.text()).isEqualTo("《中华人民共和国消费者权益保护法》第五十五条第一款");
        assertThat(c.start()).isEqualTo(text.indexOf('《'));
        assertThat(c.statuteAsWritten()).isEqualTo("《中华人民共和国消费者权益保护法》");
        assertThat(c.statuteName()).isEqualTo("消费者权益保护法");
        assertThat(c.statuteKey()).isEqualTo("消费者权益保护法");
        assertThat(c.reference()).isEqualTo(StatuteReference.NAMED);
        assertThat(c.article()).isEqualTo(ArticleNumber.of(55));
        assertThat(c.paragraph()).isEqualTo(1);
        assertThat(c.item()).isNull();
    }

    @Test
    void the_second_element_of_a_list_spans_only_itself_but_keeps_the_statute() {
        String text = "依照本法第四十九条、第五十一条等法律规定";
        List<Citation> citations = extractor.extract(text, "消费者权益保护法");

        assertThat(citations.get(0).text()).isEqualTo("本法第四十九条");
        assertThat(citations.get(0).reference()).isEqualTo(StatuteReference.SELF);
        assertThat(citations.get(1).text()).isEqualTo("第五十一条");
        assertThat(citations.get(1).statuteKey()).isEqualTo("消费者权益保护法");
    }

    @Test
    void without_context_a_self_reference_or_bare_article_stays_unresolved() {
        List<Citation> citations = extractor.extract("依照本法第三条和第十条");

        assertThat(citations).hasSize(2).allSatisfy(c -> assertThat(c.statuteKey()).isNull());
        assertThat(citations.get(0).statuteAsWritten()).isEqualTo("本法");
    }

    @Test
    void a_statute_outside_the_corpus_keeps_its_name_but_has_no_key() {
        Citation c = extractor.extract("《中华人民共和国刑法》第二百八十七条之一").get(0);

        assertThat(c.statuteName()).isEqualTo("刑法");
        assertThat(c.resolvedStatuteKey()).isEmpty();
        assertThat(c.article()).isEqualTo(new ArticleNumber(287, 1));
    }

    private static Arguments row(String text, String context, String expected) {
        List<String> citations = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|"));
        return Arguments.of(text, context, citations);
    }
}
