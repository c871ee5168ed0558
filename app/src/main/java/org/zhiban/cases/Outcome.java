package org.zhiban.cases;

import org.zhiban.ledger.record.ReviewAction;

/**
 * 办理结果: one button of a user task, declared by its case type. The dialog draws exactly the declared ones in
 * their order; the API refuses any other; the review log records {@link #action()}.
 *
 * @param id              the value of the {@code outcome} variable gateways route on, e.g. {@code approve}
 * @param labelKey        translation key of the button, {@code outcome.<id>} unless declared
 * @param opinionRequired whether an opinion (审批意见) must be given with it
 * @param action          the review action the ledger records for it
 */
public record Outcome(String id, String labelKey, Style style, boolean opinionRequired, ReviewAction action) {

    /** How the button looks: the main way forward, a way back or refusal, or a neutral choice. */
    public enum Style { PRIMARY, DANGER, NORMAL }

    public static Outcome primary(String id, ReviewAction action) {
        return new Outcome(id, "outcome." + id, Style.PRIMARY, false, action);
    }

    public static Outcome danger(String id, ReviewAction action) {
        return new Outcome(id, "outcome." + id, Style.DANGER, false, action);
    }

    public static Outcome normal(String id, ReviewAction action) {
        return new Outcome(id, "outcome." + id, Style.NORMAL, false, action);
    }

    public Outcome withOpinion() {
        return new Outcome(id, labelKey, style, true, action);
    }

    public Outcome label(String labelKey) {
        return new Outcome(id, labelKey, style, opinionRequired, action);
    }
}
