package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhiban.integrations.lawtext.CheckedCitation;
import org.zhiban.integrations.lawtext.Citation;
import org.zhiban.integrations.lawtext.CitationChecker;
import org.zhiban.integrations.lawtext.CitationStatus;

/**
 * 引用核验: finds every 《法名》第X条 in a text and checks it against the stored versions in force on a day:
 * resolved, not found, not in force (the article exists only in another version), part not found, unknown statute.
 */
@Service
public class CitationVerification {

    static final int MAX_TEXT = 50_000;

    /**
     * 核验结果 of one citation.
     *
     * @param status      resolved, not_found, not_in_force, part_not_found or unknown_statute
     * @param articleText the cited article: as in force on the day; for not_in_force the latest version that has it
     */
    public record VerifiedCitation(String text, int start, int end, String statute, String articleNo, String article,
                                   Integer paragraph, Integer item, String status, boolean resolved,
                                   String versionId, String articleText) {
    }

    public record Verification(LocalDate asOf, String contextStatute, List<VerifiedCitation> citations) {
    }

    private final KnowledgeIndex index;
    private final KnowledgeStore store;
    private final Clock clock;

    public CitationVerification(KnowledgeIndex index, KnowledgeStore store, Clock clock) {
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    public Verification verify(String text, LocalDate asOf, String contextStatute) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("kb.citations.textRequired", "请提供要核验的文本 / text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid("kb.citations.textTooLong", "文本过长（最多" + MAX_TEXT + "字） / text is longer than " + MAX_TEXT + " characters", MAX_TEXT);
        }
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        KnowledgeIndex.Snapshot snapshot = index.current();
        String context = null;
        if (contextStatute != null && !contextStatute.isBlank()) {
            context = snapshot.resolver().resolve(contextStatute).orElseThrow(() -> Refusal.invalid("kb.statute.unknownContext", 
                    "知识库未收录该法规 / unknown contextStatute: " + contextStatute, contextStatute));
        }
        List<Citation> citations = snapshot.extractor().extract(text, context);
        CitationChecker checker = new CitationChecker(
                (key, number, on) -> store.find(key, number, on).map(StoredArticle::toArticle));
        List<VerifiedCitation> out = checker.check(citations, day).stream().map(c -> verified(c, day)).toList();
        return new Verification(day, context, out);
    }

    private VerifiedCitation verified(CheckedCitation checked, LocalDate day) {
        Citation c = checked.citation();
        Optional<StoredArticle> stored = switch (checked.status()) {
            case RESOLVED, PART_NOT_FOUND -> store.find(c.statuteKey(), c.article(), day);
            case NOT_IN_FORCE -> store.find(c.statuteKey(), c.article(), null);
            default -> Optional.empty();
        };
        return new VerifiedCitation(c.text(), c.start(), c.end(), c.statuteName(), c.article().label(),
                c.article().key(), c.paragraph(), c.item(), checked.status().name().toLowerCase(Locale.ROOT),
                checked.status() == CitationStatus.RESOLVED, stored.map(StoredArticle::versionId).orElse(null),
                stored.map(StoredArticle::text).orElse(null));
    }
}
