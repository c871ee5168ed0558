package org.zhiban.rules.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** One compiled rule base for all rule tests: compiling is the slow part, and the facade is thread-safe. */
final class CompiledRules {

    /** The day the tests pretend it is, so "成文日期不得晚于今天" does not depend on when they run. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final DocumentRules RULES = new DocumentRules(DocumentRuleSettings.defaults(), TODAY);

    private CompiledRules() {
    }

    static List<Finding> check(Drafts.Builder draft) {
        return RULES.check(draft.build());
    }

    static List<Finding> check(DocumentFacts facts) {
        return RULES.check(facts);
    }

    static List<String> ruleIdsFor(Drafts.Builder draft) {
        return check(draft).stream().map(Finding::ruleId).toList();
    }
}
