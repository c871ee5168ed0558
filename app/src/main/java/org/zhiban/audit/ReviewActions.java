package org.zhiban.audit;

import java.util.Set;

/** Maps a task outcome onto a ledger review action; outcomes that are not a known action count as comments. */
final class ReviewActions {

    static final Set<String> KNOWN = Set.of("submit", "approve", "return", "countersign", "comment", "accept-ai",
            "edit-ai", "reject-ai", "override-rule", "report", "archive");

    private ReviewActions() {
    }

    static String ofOutcome(Object outcome) {
        String name = outcome == null ? "comment" : outcome.toString();
        return KNOWN.contains(name) ? name : "comment";
    }
}
