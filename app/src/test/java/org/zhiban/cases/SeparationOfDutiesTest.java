package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.record.ReviewAction;

/** 职责分离 decided from the declarations, the settings and the case's decisions alone, without Spring. */
class SeparationOfDutiesTest {

    static final CaseStep DRAFT = CaseStep.of("draft", Role.OFFICER, Outcome.primary("submit", ReviewAction.SUBMIT));
    static final CaseStep REVIEW = CaseStep.of("review", Role.REVIEWER, Outcome.primary("approve", ReviewAction.APPROVE),
            Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation();
    static final CaseStep SIGN = CaseStep.of("sign", Role.LEADER, Outcome.primary("approve", ReviewAction.APPROVE))
            .withSeparation();
    static final CaseStep NOTE = CaseStep.of("note", Role.OFFICER, Outcome.normal("comment", ReviewAction.COMMENT));

    static final CaseFile CASE = new CaseFile("GW-2026-000001", "document", "document_basic", "pi", "office",
            "zhangsan", "关于某事的通知", Instant.EPOCH, "running");

    final CaseHistory history = mock(CaseHistory.class);

    SeparationOfDuties separation(Map<String, Map<String, Boolean>> settings) {
        return new SeparationOfDuties(new CaseTypes(List.of(type("document", DRAFT, REVIEW, SIGN, NOTE))), history,
                new SeparationOfDuties.SeparationProperties(settings));
    }

    void decided(String... activityAndUser) {
        when(history.decisions(CASE.caseId())).thenReturn(Arrays.stream(activityAndUser).map(s -> s.split(":"))
                .map(s -> new Decision("t-" + s[0], CASE.caseId(), "pi", s[0], s[0], s[1], null, "office", "submit",
                        null, List.of(), Instant.EPOCH)).toList());
    }

    static ZhibanUser user(String id, Role... roles) {
        return new ZhibanUser(id, id, "office", "办公室", Set.of(roles));
    }

    @Test
    void the_drafter_may_not_review_even_holding_the_reviewer_role_and_the_reviewer_may_not_also_sign() {
        SeparationOfDuties separation = separation(Map.of());
        decided("draft:zhangsan", "review:lisi");
        assertThat(separation.bars(user("zhangsan", Role.OFFICER, Role.REVIEWER), CASE, "review")).isTrue();
        assertThat(separation.bars(user("lisi", Role.REVIEWER, Role.LEADER), CASE, "sign")).isTrue();
        assertThat(separation.bars(user("wangwu", Role.LEADER), CASE, "sign")).isFalse();
    }

    @Test
    void whoever_opened_the_case_is_barred_even_before_deciding_anything() {
        decided();
        assertThat(separation(Map.of()).bars(user("zhangsan", Role.OFFICER, Role.REVIEWER), CASE, "review")).isTrue();
    }

    @Test
    void the_reviewer_who_returned_a_draft_may_review_it_again() {
        decided("draft:zhangsan", "review:lisi", "draft:zhangsan");
        assertThat(separation(Map.of()).bars(user("lisi", Role.REVIEWER), CASE, "review")).isFalse();
    }

    @Test
    void a_step_that_is_not_separated_bars_nobody() {
        decided("draft:zhangsan", "review:lisi");
        SeparationOfDuties separation = separation(Map.of());
        assertThat(separation.bars(user("lisi", Role.REVIEWER, Role.OFFICER), CASE, "note")).isFalse();
        assertThat(separation.bars(user("zhangsan", Role.OFFICER), CASE, "draft")).isFalse();
    }

    @Test
    void settings_switch_a_declared_step_off_and_another_on() {
        SeparationOfDuties separation = separation(Map.of("document", Map.of("review", false, "note", true)));
        assertThat(separation.separatedSteps()).isEqualTo(Map.of("document", Set.of("sign", "note")));
        decided("draft:zhangsan");
        assertThat(separation.bars(user("zhangsan", Role.OFFICER, Role.REVIEWER), CASE, "review")).isFalse();
        assertThat(separation.bars(user("zhangsan", Role.OFFICER), CASE, "note")).isTrue();
    }

    @Test
    void a_setting_for_an_unknown_case_type_or_step_fails_the_start() {
        assertThatThrownBy(() -> separation(Map.of("contract", Map.of("review", false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contract");
        assertThatThrownBy(() -> separation(Map.of("document", Map.of("approve", false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("approve");
    }

    /** A case type that declares steps and nothing else. */
    static CaseType type(String id, CaseStep... steps) {
        return new CaseType() {
            @Override public String id() { return id; }
            @Override public String numberPrefix() { return "GW"; }
            @Override public String processKey() { return id + "_basic"; }
            @Override public List<FieldDescriptor> fields() { return List.of(); }
            @Override public List<CaseStep> steps() { return List.of(steps); }
            @Override public Map<String, Object> create(CaseFile file, Map<String, Object> start) { return Map.of(); }
            @Override public Map<String, Object> data(String caseId) { return Map.of(); }
            @Override public List<Notice> notices(String caseId) { return List.of(); }
            @Override public void applyTaskInput(String caseId, String activityId, Map<String, Object> input) {}
        };
    }
}
