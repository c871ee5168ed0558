package org.zhiban.ledger.record;

import java.util.Objects;

/**
 * 审核人: who decided.
 *
 * @param user       the user's id (required)
 * @param role       the role the decision was made in, e.g. 承办人 or 领导; may be null
 * @param department the department's id or code; may be null
 */
public record Reviewer(String user, String role, String department) {

    public Reviewer {
        Objects.requireNonNull(user, "reviewer user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("reviewer user is blank");
        }
    }
}
