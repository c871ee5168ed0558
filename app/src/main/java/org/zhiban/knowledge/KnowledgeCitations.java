package org.zhiban.knowledge;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiban.ai.AiCitation;
import org.zhiban.ai.LawCitations;

/** The AI layer's citation check: every 《法》第X条 of a model's answer against the articles in force today. */
@Component
class KnowledgeCitations implements LawCitations {

    private final CitationVerification verification;

    KnowledgeCitations(CitationVerification verification) {
        this.verification = verification;
    }

    @Override
    public List<AiCitation> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return verification.verify(text, null, null).citations().stream()
                .map(c -> new AiCitation(c.text(), c.statute(), c.articleNo(), c.article(), c.resolved(), c.status()))
                .toList();
    }
}
