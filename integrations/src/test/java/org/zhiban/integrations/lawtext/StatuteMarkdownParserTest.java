package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatuteMarkdownParserTest {

    private static LawLibrary library;

    @BeforeAll
    static void loadShippedCorpus() {
        library = LawLibrary.shipped();
    }

    @Test
    void civil_code_article_496_sits_under_its_book_part_and_chapter_and_has_two_paragraphs() {
        Article article = article("民法典", 496);

        assertThat(article.headingPath()).containsExactly("合同编", "第一分编 通则", "第二章 合同的订立");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0).text()).startsWith("格式条款是当事人为了重复使用而预先拟定");
        assertThat(article.paragraphs().get(1).text()).startsWith("采用格式条款订立合同的");
    }

    @Test
    void a_chapter_heading_closes_the_sections_of_the_previous_chapter() {
        assertThat(article("民法典", 13).headingPath()).containsExactly("总则", "第二章 自然人", "第一节 民事权利能力和民事行为能力");
        assertThat(article("民法典", 57).headingPath()).containsExactly("总则", "第三章 法人", "第一节 一般规定");
        assertThat(article("民法典", 102).headingPath()).containsExactly("总则", "第四章 非法人组织");
    }

    @Test
    void consumer_law_article_20_has_three_paragraphs_and_article_55_two() {
        assertThat(article("消费者权益保护法", 20).paragraphs()).hasSize(3);
        assertThat(article("消费者权益保护法", 20).headingPath()).containsExactly("第三章 经营者的义务");
        Article article55 = article("消费者权益保护法", 55);
        assertThat(article55.paragraphs()).hasSize(2);
        assertThat(article55.paragraphs().get(0).text()).contains("三倍").contains("五百元");
        assertThat(article55.paragraphs().get(1).text()).contains("二倍以下的惩罚性赔偿");
    }

    @Test
    void numbered_items_belong_to_the_paragraph_that_introduces_them() {
        Article article56 = article("消费者权益保护法", 56);

        assertThat(article56.paragraphs()).hasSize(2);
        Paragraph first = article56.paragraphs().get(0);
        assertThat(first.items()).hasSize(10);
        assertThat(first.items().get(0).number()).isEqualTo(1);
        assertThat(first.items().get(9).number()).isEqualTo(10);
        assertThat(first.items().get(5).text()).startsWith("（六）对商品或者服务作虚假或者引人误解的宣传");
    }

    @Test
    void spaced_out_chapter_titles_are_closed_up() {
        assertThat(StatuteMarkdownParser.normaliseHeading(" 第一章  总 则")).isEqualTo("第一章 总则");
        assertThat(StatuteMarkdownParser.normaliseHeading("第二节  监  护")).isEqualTo("第二节 监护");
        assertThat(StatuteMarkdownParser.normaliseHeading("第一分编  通则")).isEqualTo("第一分编 通则");
    }

    @Test
    void an_inserted_article_keeps_its_suffix() {
        String markdown = """
                # 某某法

                2020年1月1日 通过

                <!-- INFO END -->

                ## 第一章 总则

                第一条 第一条的内容。

                第一条之一 新增的条文。

                前款规定的内容。

                第二条 第二条的内容。
                """;
        StatuteText text = StatuteMarkdownParser.parse(markdown);

        assertThat(text.articles()).extracting(Article::number)
                .containsExactly(ArticleNumber.of(1), new ArticleNumber(1, 1), ArticleNumber.of(2));
        assertThat(text.articles().get(1).paragraphs()).hasSize(2);
        assertThat(text.articles().get(1).number().label()).isEqualTo("第一条之一");
        assertThat(text.header().history()).containsExactly(new HistoryEntry(LocalDate.of(2020, 1, 1), "通过"));
    }

    @Test
    void a_paragraph_that_begins_with_di_san_ren_is_not_taken_for_an_article() {
        Article article = article("反不正当竞争法", 9);

        assertThat(article.paragraphs()).anySatisfy(p -> assertThat(p.text()).startsWith("第三人明知或者应知"));
    }

    @Test
    void a_file_without_a_title_is_rejected() {
        assertThatThrownBy(() -> StatuteMarkdownParser.parse("第一条 内容。")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Article article(String key, int number) {
        return library.find(key, ArticleNumber.of(number), null).orElseThrow();
    }
}
