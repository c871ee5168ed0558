package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The facade: loading, thresholds and context, order, JSON, speed. */
class ContractRulesTest {

    @Test
    void loading_fails_fast_naming_a_rule_file_that_does_not_compile() {
        assertThatThrownBy(() -> ContractRules.load(List.of("contract/broken/broken.drl")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("合同规则编译失败")
                .hasMessageContaining("broken.drl");
    }

    @Test
    void loading_fails_fast_on_a_missing_rule_file() {
        assertThatThrownBy(() -> ContractRules.load(List.of("rules/contract/nothing.drl")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("合同规则文件缺失");
    }

    @Test
    void every_drl_in_the_folder_is_listed() throws URISyntaxException {
        File folder = new File(getClass().getClassLoader().getResource("rules/contract").toURI());
        List<String> onDisk = Arrays.stream(folder.list((dir, name) -> name.endsWith(".drl")))
                .map(name -> "rules/contract/" + name).sorted().toList();

        assertThat(ContractRules.RULE_FILES).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void findings_come_high_first_then_in_text_order() {
        List<ContractFinding> findings = Reviews.reviewSample("works-09-audit-settlement");

        assertThat(findings).extracting(ContractFinding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void reviews_plain_text_directly() {
        assertThat(Reviews.RULES.review(Samples.text(Draft.GOODS), Samples.award(Draft.GOODS),
                ReviewContext.on(Samples.TODAY))).isEmpty();
    }

    @Test
    void consistency_findings_are_marked_by_their_prefix() {
        List<ContractFinding> findings = Reviews.reviewSample("goods-10-award-mismatch");

        assertThat(findings).filteredOn(ContractFinding::consistency).extracting(ContractFinding::ruleId)
                .containsExactlyInAnyOrder("CON-CONS-AWARD-AMOUNT", "CON-CONS-AWARD-PERIOD", "CON-CONS-AWARD-SUPPLIER");
        assertThat(findings).filteredOn(f -> !f.consistency()).extracting(ContractFinding::ruleId)
                .containsExactly("CON-PROC-SIGN-LATE");
    }

    @Test
    void the_performance_bond_ceiling_is_configurable() {
        Draft twelve = Draft.goods().replace("合同总价5%的履约保证金", "合同总价12%的履约保证金");
        ReviewThresholds fifteen = ReviewThresholds.defaults().withPerformanceBondMaxPercent(BigDecimal.valueOf(15));

        assertThat(twelve.ruleIds()).containsExactly("CON-PROC-BOND-CAP");
        assertThat(twelve.context(c -> c.withThresholds(fifteen)).ruleIds()).isEmpty();
    }

    @Test
    void the_sme_payment_days_are_configurable() {
        Draft fortyFive = Draft.goods().replace("合法发票后20日内", "合法发票后45日内");

        assertThat(fortyFive.ruleIds()).containsExactly("CON-SME-PAYMENT-OVER-DEFAULT");
        assertThat(fortyFive.context(c -> c.withThresholds(c.thresholds().withSmePaymentDays(45, 60))).ruleIds())
                .isEmpty();
        assertThat(fortyFive.context(c -> c.withThresholds(c.thresholds().withSmePaymentDays(30, 40))).ruleIds())
                .containsExactly("CON-SME-PAYMENT-OVER-MAX");
    }

    @Test
    void the_deposit_ceiling_and_the_lpr_are_configurable() {
        Draft deposit = Draft.plain().insertClause("第九条 定金：甲方于合同签订后3日内向乙方支付定金人民币伍仟元整（¥5,000.00）。");
        assertThat(deposit.ruleIds()).containsExactly("CON-PEN-DEPOSIT-CAP");
        assertThat(deposit.context(c -> c.withThresholds(c.thresholds().withDepositMaxPercent(BigDecimal.valueOf(25))))
                .ruleIds()).isEmpty();

        Draft interest = Draft.goods().replace("应按照每日万分之五的标准向乙方支付逾期利息", "应按年利率2.5%向乙方支付逾期利息");
        assertThat(interest.ruleIds()).containsExactly("CON-SME-LATE-INTEREST");
        assertThat(interest.context(c -> c.withThresholds(c.thresholds().withOneYearLprPercent(new BigDecimal("2.4"))))
                .ruleIds()).isEmpty();
    }

    @Test
    void the_context_can_say_what_the_text_does_not() {
        Draft termination = Draft.goods().insertClause("第十二条 解除\n甲方有权随时解除本合同。");

        assertThat(termination.ruleIds()).containsExactly("CON-PROC-UNILATERAL-CHANGE");
        assertThat(termination.context(c -> c.withGovernmentProcurement(false)).ruleIds())
                .containsExactly("CON-FORM-ONE-SIDED-TERMINATION");
        assertThat(Draft.goods().replace("合法发票后20日内", "合法发票后90日内")
                .context(c -> c.withSupplierSme(false)).ruleIds()).isEmpty();
        assertThat(Draft.goods().replace("合法发票后20日内", "合法发票后90日内")
                .context(c -> c.withBuyer(BuyerKind.OTHER)).ruleIds()).isEmpty();
    }

    @Test
    void today_decides_whether_an_unsigned_contract_is_overdue() {
        Draft unsigned = Draft.goods().replace("日期：2026年3月20日\t日期：2026年3月18日", "日期：____年__月__日\t日期：____年__月__日");

        assertThat(unsigned.ruleIds()).contains("CON-PROC-SIGN-OVERDUE");
        assertThat(unsigned.context(c -> new ReviewContext(LocalDate.of(2026, 4, 1), c.thresholds(), null, null, null))
                .ruleIds()).doesNotContain("CON-PROC-SIGN-OVERDUE");
    }

    @Test
    void findings_and_risk_serialise_with_lowercase_severity() throws Exception {
        List<ContractFinding> findings = Reviews.reviewSample("goods-06-capitals-mismatch");
        ObjectMapper json = new ObjectMapper();

        JsonNode array = json.readTree(ContractJson.findings(findings));
        JsonNode risk = json.readTree(ContractJson.risk(ContractRisk.of(findings)));

        assertThat(array).hasSize(findings.size());
        assertThat(array.get(0).get("ruleId").asText()).isEqualTo("CON-AMT-CAPITALS-MISMATCH");
        assertThat(array.get(0).get("severity").asText()).isEqualTo("high");
        assertThat(array.get(0).get("citation").get("text").asText()).isEqualTo("《民法典》第四百六十六条");
        assertThat(array.get(0).get("excerpt").asText()).isEqualTo(findings.get(0).excerpt());
        assertThat(risk.get("level").asText()).isEqualTo("high");
        assertThat(risk.get("label").asText()).isEqualTo("高");
        assertThat(Severity.fromCode("medium")).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.fromCode("低")).isEqualTo(Severity.LOW);
    }

    @Test
    void a_finding_has_an_excerpt_and_span_together_or_neither() {
        Citation citation = Citation.of("民法典", "第四百七十条");
        assertThatThrownBy(() -> new ContractFinding("CON-X", Severity.LOW, null, "x", null, null, "m", null, citation))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractFinding("CON-X", Severity.LOW, null, "x", 5, 2, "m", null, citation))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_long_contract_reviews_quickly_and_hostile_text_does_not_hang() {
        StringBuilder text = new StringBuilder(Samples.text(Draft.GOODS));
        int insert = text.indexOf("（以下无正文）");
        StringBuilder clauses = new StringBuilder();
        for (int i = 12; i < 172; i++) {
            clauses.append("第").append(i).append("条 补充约定").append(i).append("\n乙方应按照附件技术参数提供第").append(i)
                    .append("批货物，甲方在验收合格后20日内支付该批货款人民币壹万元整（¥10,000.00）。\n");
        }
        text.insert(insert, clauses);
        Reviews.review(text.toString(), Optional.empty(), ReviewContext.on(Samples.TODAY));
        long started = System.nanoTime();
        Reviews.review(text.toString(), Optional.empty(), ReviewContext.on(Samples.TODAY));
        long longMillis = (System.nanoTime() - started) / 1_000_000;

        String hostile = "第一条 " + "1,".repeat(5000) + " ".repeat(10000) + "壹".repeat(3000) + "仲裁".repeat(2000)
                + "甲方有权".repeat(2000) + "第".repeat(5000);
        started = System.nanoTime();
        Reviews.review(hostile, Optional.empty(), ReviewContext.on(Samples.TODAY));
        long hostileMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(text.length()).isGreaterThan(12000);
        assertThat(longMillis).as("long contract, ms").isLessThan(3000);
        assertThat(hostileMillis).as("hostile text, ms").isLessThan(5000);
    }
}
