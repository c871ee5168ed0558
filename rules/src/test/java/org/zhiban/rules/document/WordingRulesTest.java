package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.check;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanReport;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 用词: the word list's wrong forms, its exemptions, 截至/截止, and the configured sensitive words. */
class WordingRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"请确定单位名单。", "3月份内完成。", "在炎热中坚守岗位。", "个人材料齐全。", "学校就坐落在城区。",
            "供热中心运行正常。", "采用水平空间布局。", "统一商品标识。", "按股分红。"})
    void leaves_correct_words_that_contain_a_wrong_form_alone(String sentence) {
        assertThat(ruleIdsFor(aCleanReport().body(sentence + "特此报告。"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"账本", "辗转", "凭空", "再接再厉"})
    void every_pair_of_the_list_is_read_correct_first(String correct) {
        assertThat(ruleIdsFor(aCleanReport().body("会议提到" + correct + "。特此报告。"))).isEmpty();
    }

    @Test
    void suggests_the_correct_form_at_the_wrong_word() {
        String body = "核对帐本后，各单位展转报送。特此报告。";

        List<Finding> findings = check(aCleanReport().body(body));

        assertThat(findings).extracting(Finding::suggestion).containsExactly("账本", "辗转");
        assertThat(findings).extracting(f -> body.substring(f.start(), f.end())).containsExactly("帐本", "展转");
    }

    @ParameterizedTest
    @ValueSource(strings = {"截止到6月30日，共受理120件。", "报名于6月30日截止。", "截止日期为6月30日。", "截至6月30日，共受理120件。"})
    void accepts_jiezhi_and_jiezhi_used_right(String sentence) {
        assertThat(ruleIdsFor(aCleanReport().body(sentence + "特此报告。"))).isEmpty();
    }

    @Test
    void the_sensitive_word_list_is_configuration_and_replaces_the_shipped_one() {
        var settings = DocumentRuleSettings.defaults().withSensitiveWords(List.of("内部掌握=", " 口径=统一表述", ""));
        var rules = new DocumentRules(settings, CompiledRules.TODAY);

        List<Finding> findings = rules.check(aCleanReport().body("此事内部掌握，口径一致，不告诉瞎子。特此报告。").build());

        assertThat(findings).extracting(Finding::ruleId).containsOnly("DOC-SENSITIVE-WORD");
        assertThat(findings).extracting(Finding::suggestion).containsExactly(null, "统一表述");
        assertThat(findings).allSatisfy(f -> assertThat(f.basis()).isEqualTo("本单位配置（敏感词表）"));
    }

    @Test
    void the_shipped_sensitive_words_come_with_replacements() {
        assertThat(DocumentRuleSettings.defaults().sensitiveWords())
                .isNotEmpty()
                .contains(new SensitiveWord("瞎子", "盲人"));
    }

    @Test
    void a_longer_sensitive_word_covers_the_shorter_one_inside_it() {
        List<Finding> findings = check(aCleanReport().body("关心残废人就业。特此报告。"));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.suggestion()).isEqualTo("残疾人"));
    }
}
