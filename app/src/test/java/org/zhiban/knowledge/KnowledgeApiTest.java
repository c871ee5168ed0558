package org.zhiban.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;
import org.zhiban.integrations.lawtext.StatuteCatalog;

/** The knowledge base through its REST API, on the statutes imported at start. */
@ZhibanTest
class KnowledgeApiTest {

    private static final Pattern MANIFEST_ROW = Pattern.compile("^\\|\\s*(\\S+\\.md)\\s*\\|\\s*(\\d+)\\s*\\|");

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void the_import_stores_every_manifest_file_with_the_article_count_the_manifest_gives() throws IOException {
        Map<String, Boolean> loadable = new java.util.HashMap<>();
        StatuteCatalog.shipped().entries().forEach(e -> loadable.put(e.path(), e.load()));
        int checked = 0;
        for (String line : manifest().lines().toList()) {
            Matcher row = MANIFEST_ROW.matcher(line);
            if (!row.find() || !loadable.getOrDefault(row.group(1), false)) {
                continue;
            }
            int stored = jdbc.sql("""
                    select count(*) from kb_article a join kb_statute_version v on v.version_id = a.version_id
                    where v.source_path = :path""").param("path", row.group(1)).query(Integer.class).single();
            assertThat(stored).as(row.group(1)).isEqualTo(Integer.parseInt(row.group(2)));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(55);
        assertThat(count("kb_statute_version where source = 'SHIPPED'"))
                .isEqualTo(StatuteCatalog.shipped().loadable().size());
    }

    @Test
    void importing_the_same_statutes_again_changes_nothing() {
        List<Integer> before = tableCounts();
        long generation = generation();

        ResponseEntity<Map<String, Object>> second = Api.as(rest, "sysadmin").post("/api/knowledge/imports", null);

        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getBody()).containsEntry("versionsAdded", 0).containsEntry("versionsReplaced", 0)
                .containsEntry("versionsUnchanged", StatuteCatalog.shipped().loadable().size());
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(generation()).isEqualTo(generation);
    }

    @Test
    void a_colloquial_question_finds_the_fraud_article_of_the_consumer_law_in_the_top_three() {
        List<Map<String, Object>> hits = Api.as(rest, "zhangsan").list("/api/knowledge/search?q=经营者欺诈 退一赔三&limit=3");

        assertThat(hits).extracting(h -> h.get("statute") + " " + h.get("articleNo"))
                .contains("消费者权益保护法 第五十五条");
        assertThat(hits.get(0)).containsKeys("version", "text", "score", "snippet", "articleId", "tags");
    }

    @Test
    void the_day_asked_about_selects_the_version_in_force() {
        Api officer = Api.as(rest, "zhangsan");

        Map<String, Object> in2020 = officer.get("/api/knowledge/articles/行政复议法/第一条?asOf=2020-01-01").getBody();
        Map<String, Object> today = officer.get("/api/knowledge/articles/行政复议法/1").getBody();

        assertThat(in2020).containsEntry("version", "2017-09-01").containsEntry("inForce", true);
        assertThat(today).containsEntry("version", "2023-09-01").containsEntry("inForce", true);
        assertThat(in2020.get("text")).isNotEqualTo(today.get("text"));
        assertThat(officer.list("/api/knowledge/search?q=行政复议申请&statute=行政复议法&asOf=2020-01-01"))
                .isNotEmpty().allSatisfy(h -> assertThat(h).containsEntry("version", "2017-09-01"));
    }

    @Test
    void search_defaults_to_today_and_keeps_only_the_version_in_force() {
        List<Map<String, Object>> hits = Api.as(rest, "zhangsan").list("/api/knowledge/search?q=行政复议申请&statute=行政复议法");

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h)
                .containsEntry("version", "2023-09-01").containsEntry("validity", "in-force"));
    }

    @Test
    void a_statute_revised_after_the_text_we_hold_still_answers_but_flagged() {
        Api officer = Api.as(rest, "zhangsan");
        String question = "/api/knowledge/search?q=不符合食品安全标准 支付价款十倍&statute=食品安全法&limit=3";

        // 食品安全法 was amended in force 2025-12-01; the library holds the 2021 text only
        assertThat(officer.list(question + "&asOf=2025-12-02")).isNotEmpty()
                .allSatisfy(h -> assertThat(h).containsEntry("validity", "newer-text-missing"));
        assertThat(officer.list(question + "&asOf=2024-06-01")).extracting(h -> h.get("articleNo") + " " + h.get("validity"))
                .contains("第一百四十八条 in-force");
    }

    @Test
    void an_article_shows_its_neighbours_and_tags() {
        Map<String, Object> article = Api.as(rest, "lisi").get("/api/knowledge/articles/消法/55").getBody();

        assertThat(article).containsEntry("statute", "消费者权益保护法").containsEntry("articleNo", "第五十五条");
        assertThat((List<Map<String, Object>>) article.get("cites")).extracting(n -> n.get("articleNo"))
                .contains("第四十九条");
        assertThat((List<String>) article.get("tags")).isNotEmpty();
        assertThat((List<?>) article.get("paragraphs")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void an_unknown_article_or_a_malformed_number_is_a_problem() {
        Api officer = Api.as(rest, "zhangsan");
        assertThat(officer.get("/api/knowledge/articles/消费者权益保护法/999").getStatusCode().value()).isEqualTo(404);
        assertThat(officer.get("/api/knowledge/articles/消费者权益保护法/abc").getStatusCode().value()).isEqualTo(400);
        assertThat(officer.get("/api/knowledge/search?q=").getStatusCode().value()).isEqualTo(400);
        assertThat(officer.get("/api/knowledge/search?q=欺诈&level=不存在").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void the_index_rebuilt_from_the_database_gives_the_same_results() {
        Api officer = Api.as(rest, "zhangsan");
        List<String> queries = List.of("经营者欺诈 退一赔三", "政府采购 供应商 质疑", "行政处罚 听证");
        List<List<String>> before = queries.stream().map(q -> ranking(officer, q)).toList();

        ResponseEntity<Map<String, Object>> rebuilt = Api.as(rest, "sysadmin").post("/api/knowledge/index/rebuild", null);

        assertThat(rebuilt.getStatusCode().value()).isEqualTo(200);
        assertThat(((Number) rebuilt.getBody().get("articles")).intValue()).isGreaterThanOrEqualTo(5153);
        assertThat(queries.stream().map(q -> ranking(officer, q)).toList()).isEqualTo(before);
    }

    @Test
    void citation_verification_tells_resolved_from_not_found_and_not_in_force() {
        String text = "经营者有欺诈行为的，依照《消费者权益保护法》第五十五条处理；"
                + "所称《消费者权益保护法》第九十九条并不存在；逾期付款适用《保障中小企业款项支付条例》第三十五条。";

        Map<String, Object> result = Api.as(rest, "zhangsan").post("/api/knowledge/citations/verify",
                Map.of("text", text, "asOf", "2024-06-01")).getBody();

        List<Map<String, Object>> citations = (List<Map<String, Object>>) result.get("citations");
        assertThat(citations).extracting(c -> c.get("articleNo") + " " + c.get("status")).containsExactly(
                "第五十五条 resolved", "第九十九条 not_found", "第三十五条 not_in_force");
        assertThat((String) citations.get(0).get("articleText")).contains("三倍");
        assertThat(citations.get(1).get("articleText")).isNull();
        assertThat(citations.get(2).get("versionId")).isEqualTo("保障中小企业款项支付条例@2025-03-17");
    }

    @Test
    void verification_without_text_is_refused() {
        assertThat(Api.as(rest, "zhangsan").post("/api/knowledge/citations/verify", Map.of("asOf", "2024-06-01"))
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void without_a_model_the_answer_is_built_from_the_best_articles_and_says_so() {
        Map<String, Object> answer = Api.as(rest, "wangwu").post("/api/knowledge/ask",
                Map.of("question", "经营者欺诈消费者，消费者可以要求怎样赔偿？", "classification", "公开")).getBody();

        assertThat(answer).containsEntry("fallback", true).containsEntry("model", null);
        assertThat((String) answer.get("answer")).startsWith("未配置模型").contains("《消费者权益保护法》第五十五条");
        List<Map<String, Object>> citations = (List<Map<String, Object>>) answer.get("citations");
        assertThat(citations).filteredOn(c -> "消费者权益保护法".equals(c.get("statute")))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsEntry("resolved", true));
    }

    private static List<String> ranking(Api api, String q) {
        return api.list("/api/knowledge/search?q=" + q + "&limit=10").stream()
                .map(h -> h.get("articleId") + "@" + h.get("score")).toList();
    }

    private List<Integer> tableCounts() {
        return List.of(count("kb_statute_version"), count("kb_article"), count("kb_article_tag"),
                count("kb_article_link"));
    }

    private int count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
    }

    private long generation() {
        return jdbc.sql("select generation from kb_generation where id = 1").query(Long.class).single();
    }

    private static String manifest() throws IOException {
        try (InputStream in = KnowledgeApiTest.class.getClassLoader().getResourceAsStream("laws/MANIFEST.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
