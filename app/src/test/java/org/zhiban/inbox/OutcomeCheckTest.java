package org.zhiban.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiban.cases.Outcome;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.shared.Refusal;

/** What a task accepts as its outcome, decided from the step's declaration alone. */
class OutcomeCheckTest {

    static final List<Outcome> REVIEW = List.of(Outcome.primary("approve", ReviewAction.APPROVE),
            Outcome.danger("return", ReviewAction.RETURN).withOpinion());
    static final WorkItem ITEM = new WorkItem("t1", "核稿", "review", null, "office", "reviewer", null,
            List.of("approve", "return"), REVIEW);

    static String refusal(String outcome, String opinion) {
        try {
            TaskWork.declaredOutcome(ITEM, new TaskCompletion(outcome, opinion, Map.of()));
            return null;
        } catch (Refusal r) {
            return r.messageKey();
        }
    }

    @Test
    void a_declared_outcome_is_taken_with_its_review_action() {
        assertThat(TaskWork.declaredOutcome(ITEM, new TaskCompletion("approve", null, Map.of())).action())
                .isEqualTo(ReviewAction.APPROVE);
    }

    @Test
    void an_undeclared_or_missing_outcome_is_refused_never_recorded_as_something_else() {
        assertThat(refusal("comment", "看过")).isEqualTo("task.outcome.unknown");
        assertThat(refusal(null, null)).isEqualTo("task.outcome.unknown");
    }

    @Test
    void an_outcome_that_needs_an_opinion_refuses_a_blank_one_and_a_too_long_one() {
        assertThat(refusal("return", "  ")).isEqualTo("task.opinion.required");
        assertThat(refusal("return", "意".repeat(TaskCompletion.MAX_OPINION_LENGTH + 1))).isEqualTo("task.opinion.tooLong");
        assertThat(refusal("return", "请补充。")).isNull();
    }

    @Test
    void an_unknown_suggestion_verdict_is_refused() {
        assertThatThrownBy(() -> new TaskCompletion("approve", null, Map.of(), "maybe")).isInstanceOf(Refusal.class);
    }
}
