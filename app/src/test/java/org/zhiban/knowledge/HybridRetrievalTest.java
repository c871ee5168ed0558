package org.zhiban.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhiban.Waiting;
import org.zhiban.ZhibanApplication;
import org.zhiban.ai.FakeOpenAiServer;

/**
 * With an embedding model configured (the local fake's bag-of-characters vectors), every article gets a vector
 * stored beside it, searches fuse BM25 and vector ranks, a query is redacted before it goes to a model outside the
 * network, and vectors of another model are rebuilt.
 */
@SpringBootTest(classes = ZhibanApplication.class)
@ActiveProfiles("test")
class HybridRetrievalTest {

    static final FakeOpenAiServer EMBEDDINGS = new FakeOpenAiServer();

    @DynamicPropertySource
    static void anEmbeddingModel(DynamicPropertyRegistry properties) {
        properties.add("zhiban.ai.embedding-models.bge.base-url", EMBEDDINGS::baseUrl);
        properties.add("zhiban.ai.embedding-models.bge.model", () -> "bge-m3");
    }

    @AfterAll
    static void stop() {
        EMBEDDINGS.close();
    }

    @Autowired KnowledgeSearch search;
    @Autowired KnowledgeIndex index;
    @Autowired ArticleVectors vectors;
    @Autowired JdbcClient jdbc;

    KnowledgeSearch.Trace trace(String q) {
        return search.trace(q, new KnowledgeSearch.Filters(null, null, null, null, 10));
    }

    @Test
    void every_article_has_a_vector_and_a_query_found_only_by_meaning_is_fused_in() {
        Waiting.until(() -> trace("欺诈").hybrid(), Boolean::booleanValue);
        long articles = index.current().articles().size();
        assertThat(jdbc.sql("select count(*) from kb_article_vector where model = 'bge:bge-m3'").query(Long.class).single())
                .isEqualTo(articles);

        KnowledgeSearch.Hit target = trace("经营者欺诈 三倍赔偿").hits().stream()
                .filter(h -> h.statute().equals("消费者权益保护法") && h.articleNo().equals("第五十五条")).findFirst().orElseThrow();
        String question = "某某某某某某";
        EMBEDDINGS.embedAs(question, "《中华人民共和国消费者权益保护法》第五十五条 " + target.text());

        KnowledgeSearch.Trace fused = trace(question);

        assertThat(fused.hybrid()).isTrue();
        assertThat(fused.hits().get(0)).satisfies(h -> {
            assertThat(h.statute() + h.articleNo()).isEqualTo("消费者权益保护法第五十五条");
            assertThat(h.snippet()).as("found by its vector alone: no word marked").doesNotContain("<em>");
        });
    }

    @Test
    void a_query_is_redacted_before_it_goes_to_an_embedding_model_outside_the_network() {
        Waiting.until(() -> trace("欺诈").hybrid(), Boolean::booleanValue);
        int before = EMBEDDINGS.requests().size();

        trace("我的电话13812345678，商家欺诈怎么办");

        List<FakeOpenAiServer.Request> sent = EMBEDDINGS.requests().subList(before, EMBEDDINGS.requests().size());
        assertThat(sent).isNotEmpty().allSatisfy(r -> assertThat(r.body()).doesNotContain("13812345678").contains("〔手机号1〕"));
    }

    @Test
    void vectors_of_another_model_are_rebuilt() {
        Waiting.until(() -> trace("欺诈").hybrid(), Boolean::booleanValue);
        String article = jdbc.sql("select article_id from kb_article_vector fetch first 1 rows only").query(String.class).single();
        jdbc.sql("update kb_article_vector set model = 'old:model' where article_id = ?").param(article).update();

        vectors.sync(index.current());

        assertThat(jdbc.sql("select model from kb_article_vector where article_id = ?").param(article).query(String.class)
                .single()).isEqualTo("bge:bge-m3");
    }
}
