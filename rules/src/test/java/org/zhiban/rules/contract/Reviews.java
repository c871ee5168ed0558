package org.zhiban.rules.contract;

import java.util.List;
import java.util.Optional;

/** One compiled rule base for all tests: compiling is the slow part, and the facade is thread-safe. */
final class Reviews {

    static final ContractRules RULES = ContractRules.load();
    static final ContractParser PARSER = new ContractParser();

    private Reviews() {
    }

    static List<ContractFinding> review(String text, Optional<String> award, ReviewContext context) {
        return RULES.review(PARSER.parse(text), award.map(AwardNotice::parse), context);
    }

    static List<ContractFinding> reviewSample(String name) {
        return review(Samples.text(name), Samples.award(name), Samples.context(name));
    }
}
