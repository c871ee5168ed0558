package org.zhiban.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhiban.Api;
import org.zhiban.ZhibanApplication;
import org.zhiban.ai.FakeOpenAiServer;

/**
 * 合同审查 with a model configured (the local OpenAI-compatible fake with a recorded answer): the clause analysis
 * joins the rules' findings as the model's, only where its excerpt is the contract's own words, with each citation
 * checked against the knowledge base; the score stays the rules'. The prompt carries the contract fenced as data and
 * the cited articles' text as references.
 */
@SpringBootTest(classes = ZhibanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.test.context.TestExecutionListeners(listeners = org.zhiban.SecurityStrategyRestorer.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ContractReviewWithModelTest {

    static final FakeOpenAiServer MODEL = new FakeOpenAiServer();

    @DynamicPropertySource
    static void aModel(DynamicPropertyRegistry properties) {
        properties.add("zhiban.ai.models.deepseek.base-url", MODEL::baseUrl);
        properties.add("zhiban.ai.models.deepseek.api-key", () -> "sk-test");
        properties.add("zhiban.ai.models.deepseek.model", () -> "deepseek-chat");
    }

    @AfterAll
    static void stopModel() {
        MODEL.close();
    }

    @Autowired TestRestTemplate rest;

    @Test
    @SuppressWarnings("unchecked")
    void the_models_clause_analysis_joins_the_rules_with_checked_excerpts_and_citations() throws Exception {
        MODEL.answerWith("""
                {"risks":[
                 {"clause":"第五条","excerpt":"甲方应在5个工作日内按照本合同约定的技术参数组织验收","kind":"隐藏风险","severity":"中",
                  "message":"未约定甲方逾期不组织验收的后果，乙方付款期限无法起算。","suggestion":"增加：甲方逾期未组织验收的，视为验收合格。",
                  "citation":"《民法典》第五百一十条"},
                 {"clause":"第九条","excerpt":"甲方有权单方面修改技术参数","kind":"权利义务失衡","severity":"高",
                  "message":"合同中并无此句。","suggestion":"","citation":""},
                 {"clause":"第九条","excerpt":"乙方应按合同总价的10%向甲方支付违约金","kind":"权利义务失衡","severity":"低",
                  "message":"双方违约金比例不对等。","suggestion":"甲方违约金亦按合同总价的10%计。","citation":"《民法典》第九千条"}
                ]}""");
        int before = MODEL.requests().size();
        String contract = ContractLifecycleTest.sample("goods-01-computers-clean.txt");

        var reviewed = Api.as(rest, "zhangsan").upload("/api/contracts/review", "计算机采购合同.txt",
                contract.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(reviewed.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = reviewed.getBody();
        assertThat(report.get("method")).isEqualTo("rules+model");
        assertThat((String) report.get("methodNote")).contains("deepseek");
        List<Map<String, Object>> model = ContractLifecycleTest.findings(report).stream()
                .filter(f -> "model".equals(f.get("source"))).toList();
        assertThat(model).as("the invented excerpt is dropped").hasSize(2);
        Map<String, Object> acceptance = model.get(0);
        assertThat(acceptance.get("ruleId")).isEqualTo("CON-AI-HIDDEN");
        assertThat(acceptance.get("severity")).isEqualTo("medium");
        assertThat(acceptance.get("clause")).as("where the words stand, as the contract numbers it").isEqualTo("5.1");
        assertThat(((Map<String, Object>) acceptance.get("citationRef")).get("verified")).isEqualTo(true);
        Map<String, Object> penalty = model.get(1);
        assertThat(penalty.get("ruleId")).isEqualTo("CON-AI-IMBALANCE");
        assertThat(((Map<String, Object>) penalty.get("citationRef")).get("verified"))
                .as("an article the knowledge base does not hold is flagged").isEqualTo(false);
        assertThat(report.get("score")).as("the score is the rules' alone").isEqualTo(100);

        String sent = MODEL.requests().get(before).body();
        assertThat(sent).contains("甲方（采购人）：某市教育局", "<<<资料", "规则审查已发现");
    }
}
