package org.zhiban.identity;

import java.util.ArrayList;
import java.util.List;
import org.zhiban.shared.Refusal;

/**
 * 安全策略 as it applies now: the configured defaults with the 安全管理员's changes. The bounds are the floor the
 * 等保 2.0 level-3 baseline sets (at least 10 characters of 3 classes, 5 remembered passwords); the security
 * administrator may tighten, never loosen below them.
 */
public record SecurityPolicy(int passwordMinLength, int passwordCharacterClasses, int passwordHistory,
                             int passwordMaxAgeDays, int lockoutMaxAttempts, int lockoutMinutes,
                             int sessionTimeoutMinutes, boolean secondFactorForEveryone) {

    static SecurityPolicy defaults(SecurityProperties p) {
        return new SecurityPolicy(p.password().minLength(), p.password().characterClasses(), p.password().history(),
                (int) p.password().maxAge().toDays(), p.lockout().maxAttempts(),
                (int) Math.max(1, p.lockout().duration().toMinutes()), (int) p.session().idleTimeout().toMinutes(),
                p.secondFactor().everyone());
    }

    /** Refuses a policy outside the bounds, naming every field that is. */
    public SecurityPolicy validated() {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        within(problems, "passwordMinLength", passwordMinLength, 10, 64);
        within(problems, "passwordCharacterClasses", passwordCharacterClasses, 3, 4);
        within(problems, "passwordHistory", passwordHistory, 5, 24);
        within(problems, "passwordMaxAgeDays", passwordMaxAgeDays, 7, 365);
        within(problems, "lockoutMaxAttempts", lockoutMaxAttempts, 3, 10);
        within(problems, "lockoutMinutes", lockoutMinutes, 1, 1440);
        within(problems, "sessionTimeoutMinutes", sessionTimeoutMinutes, 5, 480);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "security.policy.invalid", "安全策略超出允许范围 / policy out of bounds",
                    List.of(), problems);
        }
        return this;
    }

    private static void within(List<Refusal.FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new Refusal.FieldProblem(field, "security.policy.range", List.of(min, max),
                    "应在 " + min + "–" + max + " 之间 / must be " + min + "–" + max));
        }
    }
}
