package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VersionSelectionTest {

    private static LawLibrary library;

    @BeforeAll
    static void loadShippedCorpus() {
        library = LawLibrary.shipped();
    }

    @Test
    void administrative_reconsideration_law_2017_applies_until_the_2023_revision_takes_effect() {
        StatuteVersion old = library.inForceOn("行政复议法", day("2023-12-31")).orElseThrow().version();
        StatuteVersion current = library.inForceOn("行政复议法", day("2024-01-01")).orElseThrow().version();

        assertThat(old.sourcePath()).isEqualTo("extra/行政复议法_2017旧版.md");
        assertThat(old.versionDate()).isEqualTo(day("2017-09-01"));
        assertThat(old.effectiveFrom()).isEqualTo(day("2018-01-01"));
        assertThat(old.effectiveUntil()).isEqualTo(day("2024-01-01"));
        assertThat(current.sourcePath()).isEqualTo("行政复议法.md");
        assertThat(current.versionId()).isEqualTo("行政复议法@2023-09-01");
        assertThat(current.effectiveUntil()).isNull();
    }

    @Test
    void an_article_number_resolves_to_the_text_in_force_on_the_day_asked() {
        Article in2020 = library.find("行政复议法", ArticleNumber.of(1), day("2020-06-01")).orElseThrow();
        Article in2025 = library.find("行政复议法", ArticleNumber.of(1), day("2025-06-01")).orElseThrow();

        assertThat(in2020.text()).contains("具体行政行为").doesNotContain("主渠道");
        assertThat(in2025.text()).contains("主渠道");
        assertThat(library.find("行政复议法", ArticleNumber.of(90), day("2020-06-01"))).isEmpty();
        assertThat(library.find("行政复议法", ArticleNumber.of(90), null)).isPresent();
    }

    @Test
    void sme_payment_regulation_2020_text_applies_before_june_2025_and_the_2025_text_after() {
        LoadedStatute old = library.inForceOn("保障中小企业款项支付条例", day("2025-05-31")).orElseThrow();
        LoadedStatute current = library.inForceOn("保障中小企业款项支付条例", day("2025-06-01")).orElseThrow();

        assertThat(old.version().versionDate()).isEqualTo(day("2020-07-05"));
        assertThat(old.version().effectiveFrom()).isEqualTo(day("2020-09-01"));
        assertThat(old.articles()).hasSize(29);
        assertThat(current.version().versionDate()).isEqualTo(day("2025-03-17"));
        assertThat(current.version().effectiveFrom()).isEqualTo(day("2025-06-01"));
        assertThat(current.articles()).hasSize(37);
        assertThat(library.inForceOn("保障中小企业款项支付条例", day("2020-08-31"))).isEmpty();
    }

    @Test
    void a_revision_takes_its_effective_date_from_the_closing_article_and_an_amendment_from_its_adoption() {
        assertThat(latest("行政处罚法").effectiveFrom()).isEqualTo(day("2021-07-15"));
        assertThat(latest("广告法").effectiveFrom()).isEqualTo(day("2021-04-29"));
        assertThat(latest("民法典").effectiveFrom()).isEqualTo(day("2021-01-01"));
        assertThat(latest("民法典").promulgatedOn()).isEqualTo(day("2020-05-28"));
        assertThat(latest("政府采购法实施条例").effectiveFrom()).isEqualTo(day("2015-03-01"));
    }

    @Test
    void texts_revised_after_the_snapshot_stop_being_in_force_on_the_revision_date() {
        assertThat(latest("反不正当竞争法").effectiveUntil()).isEqualTo(day("2025-10-15"));
        assertThat(library.inForceOn("反不正当竞争法", day("2025-10-14"))).isPresent();
        assertThat(library.inForceOn("反不正当竞争法", day("2025-10-15"))).isEmpty();
        assertThat(latest("河南省人口与计划生育条例").versionDate()).isEqualTo(day("2020-06-03"));
    }

    @Test
    void every_loaded_version_has_a_level_and_an_effective_date_not_before_its_first_adoption() {
        for (LoadedStatute statute : library.statutes()) {
            StatuteVersion v = statute.version();
            assertThat(v.effectiveFrom()).as(v.versionId()).isAfterOrEqualTo(v.promulgatedOn());
            assertThat(v.level()).as(v.versionId()).isNotNull();
        }
    }

    private static StatuteVersion latest(String key) {
        return library.latest(key).orElseThrow().version();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
