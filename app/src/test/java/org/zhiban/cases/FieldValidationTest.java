package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiban.shared.Refusal;

/** Form input checked against field declarations, without Spring. */
class FieldValidationTest {

    static final String STEP = "apply";
    static final List<FieldDescriptor> FIELDS = List.of(
            FieldDescriptor.of("title", FieldKind.TEXT).mandatory().maxLength(10).editableIn(STEP),
            FieldDescriptor.of("code", FieldKind.TEXT).pattern("[A-Z]{2}\\d{3}").editableIn(STEP),
            FieldDescriptor.select("level", List.of("秘密", "机密")).editableIn(STEP),
            FieldDescriptor.of("tags", FieldKind.MULTI_SELECT).options(List.of("甲", "乙")).editableIn(STEP),
            FieldDescriptor.of("signed", FieldKind.DATE).editableIn(STEP),
            FieldDescriptor.of("count", FieldKind.NUMBER).range(BigDecimal.ONE, BigDecimal.TEN).editableIn(STEP),
            FieldDescriptor.of("price", FieldKind.MONEY).editableIn(STEP),
            FieldDescriptor.of("handler", FieldKind.PERSON).editableIn(STEP),
            FieldDescriptor.of("dept", FieldKind.DEPARTMENT).editableIn(STEP),
            FieldDescriptor.of("note", FieldKind.LONG_TEXT).editableIn("other"));

    final FieldValidation validation = new FieldValidation(new FieldValidation.References() {
        @Override
        public boolean userExists(String userId) {
            return userId.equals("zhangsan");
        }

        @Override
        public boolean departmentExists(String departmentId) {
            return departmentId.equals("office");
        }
    });

    static Map<String, Object> aCleanInput() {
        Map<String, Object> in = new HashMap<>();
        in.put("title", "  关于某事  ");
        in.put("code", "AB123");
        in.put("level", "秘密");
        in.put("tags", List.of("甲", "乙", "甲"));
        in.put("signed", "2026年11月24日");
        in.put("count", "3");
        in.put("price", 12345.6);
        in.put("handler", "zhangsan");
        in.put("dept", "office");
        return in;
    }

    Map<String, Object> valid(Map<String, Object> in) {
        return validation.validate(FIELDS, STEP, in, Map.of());
    }

    List<String> faults(Map<String, Object> in) {
        try {
            validation.validate(FIELDS, STEP, in, Map.of());
        } catch (Refusal r) {
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            return r.fieldProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        return List.of();
    }

    @Test
    void a_clean_input_is_normalised_into_its_stored_shapes() {
        Map<String, Object> out = valid(aCleanInput());
        assertThat(out).containsEntry("title", "关于某事").containsEntry("signed", "2026-11-24")
                .containsEntry("tags", List.of("甲", "乙")).containsEntry("price", new BigDecimal("12345.60"))
                .containsEntry("count", new BigDecimal("3"));
    }

    @Test
    void each_spoiled_field_is_named_with_its_reason() {
        Map<String, String> spoilers = Map.of("title", "这个标题实在是太长了超过十字", "code", "ab123", "level", "绝密",
                "signed", "2026-02-30", "count", "11", "handler", "nobody", "dept", "officer");
        Map<String, String> reasons = Map.of("title", "field.tooLong", "code", "field.pattern", "level",
                "field.notAnOption", "signed", "field.notADate", "count", "field.outOfRange", "handler",
                "field.noSuchUser", "dept", "field.noSuchDepartment");
        spoilers.forEach((field, bad) -> {
            Map<String, Object> in = aCleanInput();
            in.put(field, bad);
            assertThat(faults(in)).as(field).containsExactly(field + ":" + reasons.get(field));
        });
    }

    @Test
    void money_takes_no_fraction_of_a_cent_and_no_negative_amount() {
        Map<String, Object> in = aCleanInput();
        in.put("price", "1.005");
        assertThat(faults(in)).containsExactly("price:field.moneyScale");
        in.put("price", "-1");
        assertThat(faults(in)).containsExactly("price:field.outOfRange");
    }

    @Test
    void a_list_field_takes_only_its_options_and_a_text_field_only_text() {
        Map<String, Object> in = aCleanInput();
        in.put("tags", List.of("丙"));
        in.put("title", 42);
        assertThat(faults(in)).containsExactlyInAnyOrder("tags:field.notOptions", "title:field.notText");
    }

    @Test
    void a_field_not_editable_in_this_step_or_unknown_is_refused() {
        Map<String, Object> in = aCleanInput();
        in.put("note", "不在此环节");
        in.put("nope", "x");
        assertThat(faults(in)).containsExactlyInAnyOrder("note:field.notEditable", "nope:field.notEditable");
    }

    @Test
    void a_required_field_must_be_filled_now_or_already() {
        Map<String, Object> in = aCleanInput();
        in.remove("title");
        assertThat(faults(in)).containsExactly("title:field.required");
        assertThat(validation.validate(FIELDS, STEP, in, Map.of("title", "已有标题"))).doesNotContainKey("title");
        in.put("title", "  ");
        assertThatThrownBy(() -> validation.validate(FIELDS, STEP, in, Map.of("title", "已有标题")))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void a_case_type_with_a_select_without_options_fails_at_start() {
        CaseType broken = org.mockito.Mockito.mock(CaseType.class);
        org.mockito.Mockito.when(broken.id()).thenReturn("broken");
        org.mockito.Mockito.when(broken.numberPrefix()).thenReturn("BR");
        org.mockito.Mockito.when(broken.fields()).thenReturn(List.of(FieldDescriptor.of("x", FieldKind.SELECT)));
        assertThatThrownBy(() -> CaseTypes.check(List.of(broken))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without options");
    }
}
