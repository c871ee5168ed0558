package org.zhiban.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhiban.identity.SecurityPolicy;
import org.zhiban.shared.Refusal;

/**
 * 口令复杂度: length, character classes (lower case, upper case, digits, other), and not containing the user
 * name. Reuse is checked against the history by {@link Passwords}.
 */
final class PasswordRules {

    private PasswordRules() {
    }

    static List<Refusal.FieldProblem> problems(String userId, String password, SecurityPolicy policy) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < policy.passwordMinLength()) {
            problems.add(problem("password.tooShort", "口令至少 " + policy.passwordMinLength() + " 位 / too short",
                    policy.passwordMinLength()));
        }
        if (password != null && password.length() > 128) {
            problems.add(problem("password.tooLong", "口令不能超过 128 位 / too long", 128));
        }
        if (password != null && classes(password) < policy.passwordCharacterClasses()) {
            problems.add(problem("password.classes", "口令须包含大写字母、小写字母、数字、符号中的至少 "
                    + policy.passwordCharacterClasses() + " 类 / needs more character classes",
                    policy.passwordCharacterClasses()));
        }
        if (password != null && userId != null && userId.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            problems.add(problem("password.containsUserName", "口令不能包含用户名 / must not contain the user name"));
        }
        return problems;
    }

    static int classes(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    static Refusal.FieldProblem problem(String key, String fallback, Object... args) {
        return new Refusal.FieldProblem("newPassword", key, List.of(args), fallback);
    }
}
