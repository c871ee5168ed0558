package org.zhiban.rules.contract;

import java.util.Objects;

/**
 * 审查意见 — one problem the contract rules found.
 *
 * @param ruleId     stable id ({@code CON-…}); consistency findings start with {@link #CONSISTENCY_PREFIX}
 * @param severity   高/中/低
 * @param clause     the clause the excerpt is in, as the contract numbers it (第五条, 第五条（2）, 三、2.), or
 *                   {@code null} when the finding is about the contract as a whole (a missing clause)
 * @param excerpt    the offending text, exactly as in the contract, or {@code null}
 * @param start      offset of the excerpt in the contract text, {@code null} exactly when {@code excerpt} is
 * @param end        offset just past it (exclusive)
 * @param message    what is wrong, in Chinese
 * @param suggestion suggested wording for the clause, in Chinese
 * @param citation   the statute article the rule rests on
 */
public record ContractFinding(String ruleId, Severity severity, String clause, String excerpt, Integer start,
                              Integer end, String message, String suggestion, Citation citation) {

    /** Prefix of the consistency checks (within the contract and against the award notice). */
    public static final String CONSISTENCY_PREFIX = "CON-CONS-";

    public ContractFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        if ((start == null) != (end == null) || (start == null) != (excerpt == null)) {
            throw new IllegalArgumentException("excerpt, start and end are given together or not at all");
        }
        if (start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether this finding belongs in the 一致性 section. */
    public boolean consistency() {
        return ruleId.startsWith(CONSISTENCY_PREFIX);
    }
}
