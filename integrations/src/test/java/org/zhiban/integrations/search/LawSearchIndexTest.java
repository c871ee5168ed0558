package org.zhiban.integrations.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiban.integrations.lawtext.CitationExtractor;
import org.zhiban.integrations.lawtext.DomainTagger;
import org.zhiban.integrations.lawtext.LawLibrary;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.lawtext.StatuteNameResolver;

class LawSearchIndexTest {

    private static List<SearchableArticle> records;
    private static CitationExtractor citations;
    private static LawSearchIndex index;

    @BeforeAll
    static void indexTheShippedCorpus() {
        LawLibrary library = LawLibrary.shipped();
        records = SearchableArticles.of(library, DomainTagger.shipped()).toList();
        citations = new CitationExtractor(StatuteNameResolver.of(
                library.statutes().stream().map(LoadedStatute::version).toList()));
        index = LawSearchIndex.buildInMemory(records.stream(), QueryExpander.shipped(), citations);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void a_colloquial_query_finds_consumer_law_article_55_in_the_top_three() {
        List<LawHit> hits = index.search(LawQuery.of("经营者欺诈 退一赔三"));

        assertThat(hits.subList(0, 3)).extracting(LawHit::articleId).contains("消费者权益保护法@2013-10-25#55");
    }

    @Test
    void without_the_expansion_dictionary_the_colloquial_phrase_misses_article_55() {
        try (LawSearchIndex plain = LawSearchIndex.buildInMemory(records.stream(), QueryExpander.none(), null)) {
            List<LawHit> hits = plain.search(LawQuery.of("退一赔三"));

            assertThat(hits).extracting(LawHit::articleId).doesNotContain("消费者权益保护法@2013-10-25#55");
        }
    }

    @Test
    void a_whole_sentence_finds_the_food_safety_ten_times_damages_article() {
        List<LawHit> hits = index.search(LawQuery.of("超市卖过期食品，消费者能不能要求十倍赔偿？").limit(5));

        assertThat(hits).extracting(LawHit::articleId).contains("食品安全法@2021-04-29#148");
    }

    @Test
    void an_everyday_question_about_expired_food_bought_online_finds_the_food_damages_article() {
        List<LawHit> hits = index.search(LawQuery.of("网购的食品过期了，商家应该怎么赔偿？").limit(5));

        assertThat(hits).extracting(LawHit::articleId).contains("食品安全法@2021-04-29#148");
        assertThat(hits).extracting(LawHit::statuteKey).doesNotContain("政府采购法");
    }

    @Test
    void hits_carry_a_score_and_a_highlighted_escaped_snippet() {
        LawHit top = index.search(LawQuery.of("格式条款 提示 说明义务").inStatutes("民法典")).get(0);

        assertThat(top.articleLabel()).isEqualTo("第四百九十六条");
        assertThat(top.score()).isPositive();
        assertThat(top.snippet()).contains("<em>格式</em>").doesNotContain("<script");
        assertThat(top.headingPath()).containsExactly("合同编", "第一分编 通则", "第二章 合同的订立");
    }

    @Test
    void an_article_cited_by_number_in_the_query_comes_first() {
        assertThat(index.search(LawQuery.of("消法第五十五条")).get(0).articleId())
                .isEqualTo("消费者权益保护法@2013-10-25#55");
    }

    @Test
    void filters_by_statute_level_and_domain_tag() {
        assertThat(index.search(LawQuery.of("罚款").inStatutes("广告法").limit(20)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.statuteKey()).isEqualTo("广告法"));
        assertThat(index.search(LawQuery.of("赔偿").atLevels(StatuteLevel.JUDICIAL_INTERPRETATION).limit(20)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.statuteTitle()).startsWith("最高人民法院"));
        assertThat(index.search(LawQuery.of("采购 合同 验收").taggedWith("政府采购").limit(20)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.statuteKey()).startsWith("政府采购法"));
    }

    @Test
    void as_of_a_date_only_the_version_in_force_is_returned() {
        LawQuery query = LawQuery.of("行政复议 申请 期限").inStatutes("行政复议法").limit(50);

        assertThat(index.search(query.inForceOn(LocalDate.of(2020, 1, 1))))
                .isNotEmpty().allSatisfy(h -> assertThat(h.articleId()).startsWith("行政复议法@2017-09-01#"));
        assertThat(index.search(query.inForceOn(LocalDate.of(2024, 1, 1))))
                .isNotEmpty().allSatisfy(h -> assertThat(h.articleId()).startsWith("行政复议法@2023-09-01#"));
        assertThat(index.search(query)).extracting(LawHit::articleId)
                .anyMatch(id -> id.startsWith("行政复议法@2017")).anyMatch(id -> id.startsWith("行政复议法@2023"));
    }

    @Test
    void an_index_rebuilt_on_disk_from_the_same_records_gives_the_same_results(@TempDir Path folder) {
        List<String> queries = List.of("经营者欺诈 退一赔三", "霸王条款", "政府采购 质疑 投诉", "个人信息 同意", "产假");
        try (LawSearchIndex rebuilt = LawSearchIndex.buildAt(folder, records.stream(), QueryExpander.shipped(), citations)) {
            assertThat(rebuilt.size()).isEqualTo(index.size()).isEqualTo(records.size());
            for (String q : queries) {
                assertThat(rebuilt.search(LawQuery.of(q))).as(q).isEqualTo(index.search(LawQuery.of(q)));
            }
        }
        try (LawSearchIndex reopened = LawSearchIndex.openAt(folder, QueryExpander.shipped(), citations)) {
            assertThat(reopened.search(LawQuery.of("霸王条款"))).isEqualTo(index.search(LawQuery.of("霸王条款")));
        }
    }

    @Test
    void a_query_of_only_punctuation_returns_nothing() {
        assertThat(index.search(LawQuery.of("，。？！"))).isEmpty();
    }
}
