package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiban.rules.document.CompiledRules.check;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DocumentField, Finding and DocumentFacts: the API the web layer builds on. */
class DocumentFieldTest {

    @Test
    void names_every_component_of_the_facts_once() {
        Set<String> components = Arrays.stream(DocumentFacts.class.getRecordComponents())
                .map(component -> component.getName()).collect(Collectors.toSet());

        assertThat(Arrays.stream(DocumentField.values()).map(DocumentField::component))
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @EnumSource(DocumentField.class)
    void converts_both_ways(DocumentField field) {
        assertThat(DocumentField.fromKey(field.key())).isEqualTo(field);
        assertThat(DocumentField.fromComponent(field.component())).isEqualTo(field);
    }

    @Test
    void uses_the_keys_of_the_api() {
        assertThat(Arrays.stream(DocumentField.values()).map(DocumentField::key)).contains("发文机关", "发文字号",
                "标题", "主送", "抄送", "成文日期", "密级", "份号", "保密期限", "紧急程度", "签发人", "附件说明", "正文");
    }

    @Test
    void refuses_an_unknown_key() {
        assertThatThrownBy(() -> DocumentField.fromKey("落款")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("落款");
    }

    @Test
    void offsets_into_a_list_field_count_one_separator_between_entries() {
        var notice = aPlainNotice().mainRecipients("各区人民政府", "市政府各部门", "各区人民政府");

        Finding duplicate = check(notice).get(0);

        assertThat(duplicate.ruleId()).isEqualTo("DOC-MAIN-RECIPIENT-DUPLICATE");
        assertThat(DocumentField.MAIN_RECIPIENTS.textOf(notice.build())).isEqualTo("各区人民政府、市政府各部门、各区人民政府");
        assertThat(duplicate.start()).isEqualTo(14);
        assertThat(duplicate.end()).isEqualTo(20);
    }

    @Test
    void a_finding_has_both_ends_of_its_span_or_neither() {
        assertThatThrownBy(() -> new Finding("X", Severity.ERROR, "title", "m", "b", 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding("X", Severity.ERROR, "title", "m", "b", 3, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Finding("X", Severity.ERROR, "title", "m", "b"))
                .satisfies(f -> assertThat(f.start()).isNull())
                .satisfies(f -> assertThat(f.suggestion()).isNull());
    }

    @Test
    void the_eleven_argument_constructor_leaves_the_new_elements_absent() {
        var facts = new DocumentFacts(DocumentType.REQUEST, null, null, null, "某局", null, "某局关于某事的请示",
                List.of("某市人民政府"), "妥否，请批示。", null, null);

        assertThat(facts.direction()).isNull();
        assertThat(facts.effectiveDirection()).isEqualTo(Direction.UPWARD);
        assertThat(facts.copyRecipients()).isEmpty();
        assertThat(facts.attachments()).isEmpty();
        assertThat(facts.signer()).isNull();
    }

    @Test
    void reads_types_and_directions_in_chinese() {
        assertThat(DocumentType.parse("命令")).isEqualTo(DocumentType.ORDER);
        assertThat(DocumentType.parse("请示")).isEqualTo(DocumentType.REQUEST);
        assertThat(Direction.parse("平行文")).isEqualTo(Direction.PARALLEL);
        assertThat(Direction.parse("上行")).isEqualTo(Direction.UPWARD);
        assertThat(Direction.parse(" ")).isNull();
        assertThatThrownBy(() -> DocumentType.parse("便条")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Direction.parse("斜行文")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_combined_secrecy_level_still_counts_as_level_and_period() {
        assertThat(check(aPlainNotice().copyNumber("000001").secrecyLevel("机密★5年"))).isEmpty();
    }

    @Test
    void one_rule_reports_at_most_a_screenful_on_one_field() {
        var flooded = Drafts.aCleanReport().body("抽检,".repeat(500) + "特此报告。");

        assertThat(check(flooded)).hasSize(Texts.MAX_MATCHES)
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("DOC-PUNCT-HALF-WIDTH"));
    }
}
