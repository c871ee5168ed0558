package org.zhiban.document;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.document.Finding;

/**
 * 规范性检查与校对: the one engine behind the 规范性检查 step, the editor's compliance panel and
 * {@code POST /api/documents/check} — the Drools rules over the elements, then proofreading of the body.
 */
@Service
class DocumentChecking {

    private final DocumentRules rules;

    DocumentChecking(DocumentRules rules) {
        this.rules = rules;
    }

    List<Finding> check(DocumentDraft draft) {
        return check(draft.facts());
    }

    List<Finding> check(DocumentFacts facts) {
        return rules.check(facts);
    }
}
