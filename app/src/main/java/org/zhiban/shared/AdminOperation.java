package org.zhiban.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * 管理操作: one act of administration — by the system administrator, the security administrator, the knowledge
 * administration, or the system itself (signing key, anchor outage). Published inside the transaction that made
 * it; the audit module writes it to the review log under {@link #LOG_ID}, verifiable like a case decision, and the
 * 审计管理员 reads it there.
 *
 * @param role      the role the actor acted in ({@code sysadmin}, {@code secadmin}, ... or {@code system})
 * @param operation what was done, a stable dotted name such as {@code user.create} or {@code token.revoke}
 * @param target    what it was done to (a user id, a token id, a statute); never a password or a secret
 * @param detail    a short sentence in Chinese for the log reader
 */
public record AdminOperation(String recordId, String userId, String role, String operation, String target,
                             String detail, Instant occurredAt) {

    /** The review log's "case" under which every administrative record is kept; no case number looks like it. */
    public static final String LOG_ID = "ADMIN";
    public static final String SYSTEM = "system";

    public static AdminOperation by(String userId, String role, String operation, String target, String detail,
                                    Instant at) {
        return new AdminOperation(UUID.randomUUID().toString(), userId, role, operation, target, detail, at);
    }
}
