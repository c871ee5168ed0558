package org.zhiban.rules.document;

import java.util.List;

/** One compiled rule base for all rule tests: compiling is the slow part, and the facade is thread-safe. */
final class CompiledRules {

    private static final DocumentRules RULES = new DocumentRules();

    private CompiledRules() {
    }

    static List<Finding> check(Drafts.Builder draft) {
        return RULES.check(draft.build());
    }

    static List<String> ruleIdsFor(Drafts.Builder draft) {
        return check(draft).stream().map(Finding::ruleId).toList();
    }
}
