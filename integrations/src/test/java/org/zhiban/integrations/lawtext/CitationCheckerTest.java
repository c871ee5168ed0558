package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    private static CitationExtractor extractor;
    private static CitationChecker checker;

    @BeforeAll
    static void build() {
        LawLibrary library = LawLibrary.shipped();
        extractor = new CitationExtractor(StatuteNameResolver.of(
                library.statutes().stream().map(LoadedStatute::version).toList()));
        checker = new CitationChecker(library);
    }

    @Test
    void a_citation_of_an_article_in_force_resolves_with_its_text() {
        CheckedCitation checked = checkOne("依据《消费者权益保护法》第五十五条第一款", "2024-05-01");

        assertThat(checked.status()).isEqualTo(CitationStatus.RESOLVED);
        assertThat(checked.citedArticle()).hasValueSatisfying(a -> assertThat(a.text()).contains("三倍"));
    }

    @Test
    void an_article_beyond_the_last_one_is_not_found() {
        assertThat(checkOne("依据《消费者权益保护法》第六十四条", "2024-05-01").status()).isEqualTo(CitationStatus.NOT_FOUND);
    }

    @Test
    void an_article_only_the_2023_revision_has_is_not_in_force_in_2020() {
        CheckedCitation checked = checkOne("依照《行政复议法》第八十六条", "2020-01-01");

        assertThat(checked.status()).isEqualTo(CitationStatus.NOT_IN_FORCE);
        assertThat(checked.article()).isNotNull();
        assertThat(checkOne("依照《行政复议法》第八十六条", "2024-02-01").status()).isEqualTo(CitationStatus.RESOLVED);
    }

    @Test
    void a_paragraph_the_article_does_not_have_is_reported() {
        assertThat(checkOne("《消费者权益保护法》第五十五条第三款", "2024-05-01").status())
                .isEqualTo(CitationStatus.PART_NOT_FOUND);
        assertThat(checkOne("《消费者权益保护法》第五十六条第一款第（十一）项", "2024-05-01").status())
                .isEqualTo(CitationStatus.PART_NOT_FOUND);
        assertThat(checkOne("《消费者权益保护法》第五十六条第一款第（十）项", "2024-05-01").status())
                .isEqualTo(CitationStatus.RESOLVED);
    }

    @Test
    void a_statute_outside_the_knowledge_base_is_unknown() {
        assertThat(checkOne("《中华人民共和国刑法》第一百四十条", "2024-05-01").status())
                .isEqualTo(CitationStatus.UNKNOWN_STATUTE);
    }

    @Test
    void a_range_is_checked_at_both_ends() {
        assertThat(checkOne("依照本法第五十二条至第六十三条", "2024-05-01", "消费者权益保护法").status())
                .isEqualTo(CitationStatus.RESOLVED);
        assertThat(checkOne("依照本法第五十二条至第六十五条", "2024-05-01", "消费者权益保护法").status())
                .isEqualTo(CitationStatus.NOT_FOUND);
    }

    private static CheckedCitation checkOne(String text, String day) {
        return checkOne(text, day, null);
    }

    private static CheckedCitation checkOne(String text, String day, String context) {
        List<Citation> citations = extractor.extract(text, context);
        assertThat(citations).hasSize(1);
        return checker.check(citations.get(0), LocalDate.parse(day));
    }
}
