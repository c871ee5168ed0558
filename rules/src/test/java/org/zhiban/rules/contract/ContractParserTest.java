package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 合同解析 — what the parser reads from a contract's plain text. */
class ContractParserTest {

    private static final ContractParser PARSER = new ContractParser();

    /** A contract with one clause holding the text under test. */
    private static ParsedContract withClause(String clause) {
        return PARSER.parse("测试合同\n\n甲方：某市某局\n乙方：某公司\n\n第一条 测试\n" + clause + "\n");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "合同总价¥1,200,000.00。|1200000.00",
            "合同总价￥5,000。|5000.00",
            "合同总价1200000元。|1200000.00",
            "合同总价1，200，000元。|1200000.00",
            "合同总价120万元。|1200000.00",
            "合同总价120.5万元。|1205000.00",
            "合同总价人民币36,000.50元。|36000.50",
            "合同总价¥ 8,800.00元整。|8800.00"})
    void reads_amounts_in_figures(String clause, BigDecimal value) {
        List<Amount> amounts = withClause(clause).amounts();

        assertThat(amounts).hasSize(1);
        assertThat(amounts.get(0).value()).isEqualByComparingTo(value);
        assertThat(amounts.get(0).form()).isEqualTo(Amount.Form.FIGURES);
        assertThat(amounts.get(0).clause()).isEqualTo("第一条");
    }

    @ParameterizedTest
    @ValueSource(strings = {"按合同总价的30%支付。", "2026年3月1日交货。", "验收后30日内付款。", "2026.3.1交货。", "编号SCG-2026-0312。",
            "联系电话：0551-62345678。"})
    void numbers_that_are_not_money_are_not_amounts(String clause) {
        assertThat(withClause(clause).amounts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "合同总价：人民币壹佰贰拾万元整（¥1,200,000.00）。",
            "合同总价为¥1,200,000.00元（大写：人民币壹佰贰拾万元整）。",
            "合同总价小写：¥1,200,000.00，大写：壹佰贰拾万元整。",
            "合同总价为人民币（大写）壹佰贰拾万元整（小写：1,200,000.00元）。"})
    void pairs_capitals_and_figures_stated_together(String clause) {
        ParsedContract contract = withClause(clause);

        assertThat(contract.amountPairs()).hasSize(1);
        AmountPair pair = contract.amountPairs().get(0);
        assertThat(pair.capitals().text()).isEqualTo("壹佰贰拾万元整");
        assertThat(pair.figures().value()).isEqualByComparingTo("1200000");
        assertThat(pair.matches()).isTrue();
    }

    @Test
    void amounts_apart_are_not_a_pair() {
        ParsedContract contract = withClause("预付款为壹拾万元整。尾款为¥100,000.00。");

        assertThat(contract.amounts()).hasSize(2);
        assertThat(contract.amountPairs()).isEmpty();
    }

    @Test
    void reads_dates_in_every_usual_form_and_skips_impossible_ones() {
        ParsedContract contract = withClause("2026年3月1日、2026-03-02、2026/3/3、2026.3.4、二〇二六年三月五日，2026年2月30日。");

        assertThat(contract.dates()).extracting(ContractDate::date).containsExactly(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5));
    }

    @Test
    void reads_date_ranges() {
        ParsedContract contract = withClause("服务期自2026年3月1日起至2027年2月28日止；续保期2027年3月1日—2028年2月29日。");

        assertThat(contract.dateRanges()).extracting(r -> r.from().date(), r -> r.to().date()).containsExactly(
                tuple(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
                tuple(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void reads_periods_but_not_dates_or_months_of_the_year() {
        ParsedContract contract = withClause(
                "30日、30天、三十日、十五个工作日、12个月、2年、3周、一百八十日、90日历天；2026年3月5日；3月份。");

        assertThat(contract.periods()).extracting(Period::value, Period::unit).containsExactly(
                tuple(30, PeriodUnit.DAY), tuple(30, PeriodUnit.DAY), tuple(30, PeriodUnit.DAY),
                tuple(15, PeriodUnit.WORKING_DAY), tuple(12, PeriodUnit.MONTH), tuple(2, PeriodUnit.YEAR),
                tuple(3, PeriodUnit.WEEK), tuple(180, PeriodUnit.DAY), tuple(90, PeriodUnit.DAY));
        assertThat(new Period(20, PeriodUnit.WORKING_DAY, "", 0, 0).calendarDays()).isEqualTo(28);
    }

    @Test
    void reads_instalments_with_their_trigger_and_day_limit() {
        ParsedContract contract = withClause("1. 合同签订后10个工作日内，甲方支付合同总价的30%作为预付款。\n"
                + "2. 验收合格后30日内，甲方支付合同总价的65%，即人民币78万元。\n"
                + "3. 剩余5%作为质保金，质保期满后无息返还。");

        assertThat(contract.milestones()).extracting(m -> m.percent().intValue(), PaymentMilestone::trigger,
                m -> m.dayLimit() == null ? null : m.dayLimit().calendarDays()).containsExactly(
                tuple(30, "合同签订后", 14), tuple(65, "验收合格后", 30), tuple(5, "质保期满后", null));
        assertThat(contract.milestones().get(1).amount()).isEqualByComparingTo("780000");
    }

    @Test
    void a_cumulative_share_counts_what_it_adds() {
        ParsedContract contract = withClause("预付合同总价的20%，甲方应在签订后7日内支付。竣工验收合格后30日内，甲方支付至结算价的97%。"
                + "结算价的3%作为质量保证金，缺陷责任期满后退还。");

        assertThat(contract.milestones()).extracting(m -> m.percent().intValue()).containsExactly(20, 77, 3);
    }

    @Test
    void whole_and_remaining_payments_are_instalments_without_a_share() {
        assertThat(withClause("验收合格后20日内，甲方一次性支付合同总价款。").milestones())
                .extracting(m -> m.percent().intValue()).containsExactly(100);
        assertThat(withClause("验收合格后支付剩余款项。").milestones()).singleElement()
                .satisfies(m -> assertThat(m.remainder()).isTrue());
        assertThat(withClause("乙方逾期交货的，每日按合同总价的万分之五支付违约金。").milestones()).isEmpty();
        assertThat(withClause("乙方应向甲方支付合同总价5%的履约保证金。").milestones()).isEmpty();
    }

    @Test
    void reads_securities_with_their_share_or_sum() {
        ParsedContract contract = withClause("乙方提交合同总价5%的履约保证金。甲方支付定金人民币伍万元整（¥50,000.00）。"
                + "质量保证金为合同总价的3%。投标保证金在合同签订后5个工作日内退还。本合同约定金额以外的费用由乙方承担。");

        assertThat(contract.securities()).extracting(Security::kind, Security::percent, Security::amount).containsExactly(
                tuple(SecurityKind.PERFORMANCE_BOND, new BigDecimal("5"), null),
                tuple(SecurityKind.DEPOSIT, null, new BigDecimal("50000.00")),
                tuple(SecurityKind.RETENTION, new BigDecimal("3"), null),
                tuple(SecurityKind.BID_BOND, null, null));
    }

    @Test
    void a_share_of_a_penalty_is_not_the_deposit_s() {
        ParsedContract contract = withClause("乙方违约的，应双倍返还定金，并支付合同总价30%的违约金。");

        assertThat(contract.securities()).singleElement().satisfies(s -> assertThat(s.percent()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "每逾期一日按合同总价的千分之五支付违约金。|true|0.005",
            "每日按逾期部分货款的0.5‰支付违约金。|true|0.0005",
            "每逾期一日，按合同总价的万分之五支付违约金。|true|0.0005",
            "逾期交货的，每天按合同总价的0.05%支付违约金。|true|0.0005",
            "乙方违约的，应支付合同总价20%的违约金。|false|0.2",
            "乙方违约的，应支付百分之十的违约金。|false|0.1"})
    void reads_penalty_rates(String clause, boolean daily, BigDecimal rate) {
        Penalty penalty = withClause(clause).penalties().get(0);

        assertThat(penalty.daily()).isEqualTo(daily);
        assertThat(penalty.rate()).isEqualByComparingTo(rate);
    }

    @Test
    void a_ceiling_holds_in_its_sentence_and_for_its_clause() {
        List<Penalty> penalties = withClause("乙方逾期的，每日按合同总价的万分之五支付违约金；违约金累计不超过合同总价的10%。"
                + "乙方违约的，支付合同总价5%的违约金，以合同总价的8%为限。").penalties();

        assertThat(penalties).extracting(Penalty::rate, Penalty::cap).containsExactly(
                tuple(new BigDecimal("0.0005"), new BigDecimal("0.10")),
                tuple(new BigDecimal("0.05"), new BigDecimal("0.08")));
        assertThat(penalties.get(0).obligor()).isEqualTo(PartyRole.SECOND);
    }

    @Test
    void reads_the_dispute_clause_with_its_institutions_and_court() {
        DisputeResolution arbitration = withClause("发生争议的，提交北京仲裁委员会或者中国国际经济贸易仲裁委员会仲裁。").dispute();
        DisputeResolution described = withClause("发生争议的，提交甲方所在地仲裁委员会仲裁。").dispute();
        DisputeResolution court = withClause("协商不成的，由甲方所在地人民法院管辖。").dispute();

        assertThat(arbitration.arbitration()).isTrue();
        assertThat(arbitration.litigation()).isFalse();
        assertThat(arbitration.namedInstitutions()).containsExactly("北京仲裁委员会", "中国国际经济贸易仲裁委员会");
        assertThat(described.institutions()).containsExactly("甲方所在地仲裁委员会");
        assertThat(described.namedInstitutions()).isEmpty();
        assertThat(court.litigation()).isTrue();
        assertThat(court.negotiation()).isTrue();
        assertThat(court.court()).isEqualTo("甲方所在地人民法院");
        assertThat(withClause("乙方应按时交货。").dispute()).isNull();
    }

    @Test
    void reads_parties_under_every_usual_label() {
        ParsedContract contract = PARSER.parse("合同\n采购人（甲方）：某市某局（以下简称“甲方”）\n住所：某市某路1号\n统一社会信用代码：11340100MB1234567J\n"
                + "法定代表人：张三\n供应商：某公司  地址：某市某路2号  联系人：李四  联系电话：13900001111\n发包人：某区教育局\n"
                + "\n第一条 标的\n……\n");

        assertThat(contract.parties()).extracting(Party::role, Party::label, Party::name, Party::address)
                .containsExactly(
                        tuple(PartyRole.FIRST, "采购人（甲方）", "某市某局", "某市某路1号"),
                        tuple(PartyRole.SECOND, "供应商", "某公司", "某市某路2号"),
                        tuple(PartyRole.FIRST, "发包人", "某区教育局", null));
        Party buyer = contract.parties().get(0);
        assertThat(buyer.creditCodeValid()).isTrue();
        assertThat(buyer.legalRepresentative()).isEqualTo("张三");
        assertThat(contract.parties().get(1).contact()).isEqualTo("李四，13900001111");
        assertThat(contract.title()).isEqualTo("合同");
    }

    @Test
    void reads_a_two_column_signature_block_as_tika_extracts_a_table() {
        SignatureBlock signature = PARSER.parse(Samples.text(Draft.GOODS)).signature();

        assertThat(signature.signatories()).extracting(Signatory::role, Signatory::name, s -> s.date().date(),
                Signatory::sealed).containsExactly(
                tuple(PartyRole.FIRST, "某市教育局", LocalDate.of(2026, 3, 20), true),
                tuple(PartyRole.SECOND, "某市新科信息技术有限公司", LocalDate.of(2026, 3, 18), true));
        assertThat(signature.concludedOn()).contains(LocalDate.of(2026, 3, 20));
    }

    @Test
    void reads_a_signature_block_with_blank_dates_and_a_common_signing_date() {
        ParsedContract contract = PARSER.parse("合同\n甲方：甲单位\n乙方：乙公司\n第一条 标的\n……\n\n甲方（盖章）：\n日期：____年__月__日\n"
                + "乙方（盖章）：乙公司\n日期：    年  月  日\n签订日期：2026年4月1日\n签订地点：某市\n");
        SignatureBlock signature = contract.signature();

        assertThat(signature.signatories()).extracting(Signatory::name, Signatory::dateBlank)
                .containsExactly(tuple(null, true), tuple("乙公司", true));
        assertThat(signature.concludedOn()).contains(LocalDate.of(2026, 4, 1));
        assertThat(contract.bodyEnd()).isEqualTo(contract.text().indexOf("甲方（盖章）"));
    }

    @Test
    void windows_line_ends_read_the_same() {
        String text = Samples.text(Draft.PLAIN);
        ParsedContract unix = PARSER.parse(text);
        ParsedContract windows = PARSER.parse(text.replace("\n", "\r\n"));

        assertThat(windows.clauses()).extracting(Clause::label).isEqualTo(unix.clauses().stream().map(Clause::label).toList());
        assertThat(windows.parties()).extracting(Party::name).isEqualTo(unix.parties().stream().map(Party::name).toList());
        assertThat(windows.signature().signatories()).hasSize(2);
    }

    @Test
    void reads_an_award_notice_in_labelled_lines() {
        AwardNotice notice = AwardNotice.parse(Samples.award(Draft.SERVICES).orElseThrow());

        assertThat(notice.projectName()).isEqualTo("某市市场监督管理局2026—2027年度办公楼物业管理服务项目");
        assertThat(notice.projectNumber()).isEqualTo("SCG-2026-0418");
        assertThat(notice.purchaser()).isEqualTo("某市市场监督管理局");
        assertThat(notice.supplier()).isEqualTo("某市安居物业服务有限公司");
        assertThat(notice.amount()).isEqualByComparingTo("960000");
        assertThat(notice.period().plain()).isEqualTo("12个月");
        assertThat(notice.noticeDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void reads_an_award_notice_in_prose() {
        AwardNotice notice = AwardNotice.parse(Samples.award(Draft.GOODS).orElseThrow());

        assertThat(notice.projectName()).isEqualTo("某市教育局2026年中小学教学用计算机采购项目");
        assertThat(notice.projectNumber()).isEqualTo("SCG-2026-0312");
        assertThat(notice.supplier()).isEqualTo("某市新科信息技术有限公司");
        assertThat(notice.amount()).isEqualByComparingTo("1200000");
        assertThat(notice.period().plain()).isEqualTo("30日");
        assertThat(notice.noticeDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_text_without_structure_parses_to_an_empty_contract() {
        ParsedContract contract = PARSER.parse("");

        assertThat(contract.clauses()).isEmpty();
        assertThat(contract.parties()).isEmpty();
        assertThat(contract.signature()).isNull();
        assertThat(Reviews.RULES.review(contract, java.util.Optional.empty(), ReviewContext.on(Samples.TODAY)))
                .extracting(ContractFinding::ruleId).contains("CON-FORM-PARTIES", "CON-FORM-SIGNATURE");
    }
}
