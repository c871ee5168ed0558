package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleGraphTest {

    private static LawLibrary library;
    private static ArticleLinker linker;
    private static DomainTagger tagger;

    @BeforeAll
    static void build() {
        library = LawLibrary.shipped();
        linker = new ArticleLinker(new CitationExtractor(
                StatuteNameResolver.of(library.statutes().stream().map(LoadedStatute::version).toList())));
        tagger = DomainTagger.shipped();
    }

    @Test
    void consumer_law_article_55_links_to_articles_49_and_51_of_the_same_law() {
        List<ArticleLink> links = linksOf("消费者权益保护法", 55);

        assertThat(links).extracting(ArticleLink::kind, ArticleLink::toArticle, ArticleLink::fromParagraph)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LinkKind.SAME_STATUTE, ArticleNumber.of(49), 2),
                        org.assertj.core.groups.Tuple.tuple(LinkKind.SAME_STATUTE, ArticleNumber.of(51), 2));
    }

    @Test
    void an_interpretation_links_to_the_food_safety_law_and_names_a_law_outside_the_corpus() {
        List<ArticleLink> links = linksOf("食品药品惩罚性赔偿解释", 9);

        assertThat(links).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.OTHER_STATUTE);
            assertThat(l.toStatuteKey()).isEqualTo("食品安全法");
            assertThat(l.toArticle()).isEqualTo(ArticleNumber.of(148));
            assertThat(l.toParagraph()).isEqualTo(2);
        });
        assertThat(links).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.UNKNOWN_STATUTE);
            assertThat(l.toStatuteName()).isEqualTo("药品管理法");
        });
    }

    @Test
    void qian_kuan_links_a_paragraph_to_the_one_before_it() {
        List<ArticleLink> links = linksOf("行政复议法", 2);

        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.SAME_ARTICLE);
            assertThat(l.fromParagraph()).isEqualTo(2);
            assertThat(l.toParagraph()).isEqualTo(1);
            assertThat(l.citedAs()).isEqualTo("前款");
        });
    }

    @Test
    void qian_liang_kuan_links_to_both_preceding_paragraphs() {
        Article article = new Article(ArticleNumber.of(9), List.of(), List.of(
                new Paragraph("甲。", List.of()), new Paragraph("乙。", List.of()),
                new Paragraph("违反前两款规定的，依照本条第一款处理。", List.of())));

        List<ArticleLink> links = linker.links("某法", "某法@2020-01-01#9", article);

        assertThat(links).extracting(ArticleLink::toParagraph).containsExactlyInAnyOrder(1, 2, 1);
        assertThat(links).allSatisfy(l -> assertThat(l.kind()).isEqualTo(LinkKind.SAME_ARTICLE));
    }

    @Test
    void a_paragraph_list_after_an_article_citation_is_not_read_as_this_articles_paragraph() {
        Article article = new Article(ArticleNumber.of(20), List.of(), List.of(
                new Paragraph("交易场所提供者违反本规定第四条第二款、第三款规定的，依照……处罚。", List.of())));

        List<ArticleLink> links = linker.links("明码标价和禁止价格欺诈规定", "x#20", article);

        assertThat(links).extracting(ArticleLink::kind).containsOnly(LinkKind.SAME_STATUTE);
        assertThat(links).extracting(ArticleLink::toParagraph).containsExactly(2, 3);
    }

    @Test
    void every_same_statute_link_in_the_corpus_points_at_an_article_of_the_same_version() {
        long total = 0;
        long unknown = 0;
        for (LoadedStatute statute : library.statutes()) {
            for (ArticleLink link : linker.links(statute)) {
                total++;
                if (link.kind() == LinkKind.UNKNOWN_STATUTE) {
                    unknown++;
                }
                if (link.kind() == LinkKind.SAME_STATUTE) {
                    assertThat(statute.article(link.toArticle())).as(link.fromArticleId() + " " + link.citedAs()).isPresent();
                }
            }
        }
        assertThat(total).isGreaterThan(800);
        assertThat(unknown).isLessThan(total / 20);
    }

    @Test
    void articles_are_tagged_by_statute_and_by_keyword() {
        assertThat(tagger.tag("消费者权益保护法", article("消费者权益保护法", 55))).contains("消费纠纷");
        assertThat(tagger.tag("民法典", article("民法典", 496))).contains("合同").doesNotContain("食品安全");
        assertThat(tagger.tag("食品安全法", article("食品安全法", 148))).contains("食品安全", "消费纠纷");
        assertThat(tagger.tag("政府采购法", article("政府采购法", 1))).contains("政府采购");
        assertThat(tagger.tag("广东省人口与计划生育条例", article("广东省人口与计划生育条例", 18))).contains("生育");
        assertThat(tagger.tag("民法典", article("民法典", 1))).isEmpty();
    }

    @Test
    void every_tag_the_brief_names_is_available() {
        assertThat(tagger.allTags()).contains("消费纠纷", "食品安全", "价格", "广告", "政府采购", "合同", "公文", "生育",
                "养老", "入学", "行政处罚", "投诉举报", "个人信息");
    }

    private static List<ArticleLink> linksOf(String key, int number) {
        LoadedStatute statute = library.latest(key).orElseThrow();
        Article article = statute.article(ArticleNumber.of(number)).orElseThrow();
        return linker.links(key, statute.articleId(article), article);
    }

    private static Article article(String key, int number) {
        return library.find(key, ArticleNumber.of(number), null).orElseThrow();
    }
}
