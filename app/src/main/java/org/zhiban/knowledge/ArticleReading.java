package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhiban.integrations.lawtext.ArticleNumber;

/** 条文阅读: an article as in force on a day (today by default), with its versions, tags and neighbours. */
@Service
public class ArticleReading {

    private final KnowledgeIndex index;
    private final KnowledgeStore store;
    private final Clock clock;

    public ArticleReading(KnowledgeIndex index, KnowledgeStore store, Clock clock) {
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param statute   statute key, full title or alias
     * @param articleNo 第五十五条, 55 or 55-1
     */
    public ArticleDetails read(String statute, String articleNo, LocalDate asOf) {
        String key = index.current().resolver().resolve(statute)
                .orElseThrow(() -> Refusal.notFound("kb.statute.notFound", "知识库未收录该法规 / no such statute: " + statute, statute));
        ArticleNumber number = number(articleNo);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Optional<StoredArticle> inForce = store.find(key, number, day);
        StoredArticle a = inForce.or(() -> store.find(key, number, null)).orElseThrow(() ->
                Refusal.notFound("kb.article.missing", "该法规没有此条 / no such article: " + key + " " + number.label(), key + " " + number.label()));
        List<StoredVersion> versions = store.versions(key);
        StoredVersion v = versions.stream().filter(x -> x.versionId().equals(a.versionId())).findFirst().orElseThrow();
        return new ArticleDetails(key, v.title(), v.level().chineseName(), v.versionDate().toString(), v.versionId(),
                v.effectiveFrom(), v.effectiveUntil(), inForce.isPresent(), day, a.label(), a.number().key(),
                a.articleId(), a.headingPath(), a.paragraphs(), a.text(), store.tags(a.articleId()),
                versions.stream().map(KnowledgeSearch::summary).toList(), cites(a, day), citedBy(a, day));
    }

    /** Parses 第五十五条, 第五十五条之一, 55 or 55-1; anything else is a 400. */
    public static ArticleNumber number(String written) {
        String w = written == null ? "" : written.strip();
        try {
            if (w.matches("\\d{1,5}")) {
                return ArticleNumber.of(Integer.parseInt(w));
            }
            if (w.matches("\\d{1,5}-\\d{1,3}")) {
                String[] parts = w.split("-");
                return new ArticleNumber(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
            return ArticleNumber.parse(w);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kb.article.badNumber", "条号格式不正确（如 第五十五条 或 55） / not an article number: " + written, written);
        }
    }

    private List<ArticleDetails.Neighbour> cites(StoredArticle a, LocalDate day) {
        Map<String, ArticleDetails.Neighbour> out = new LinkedHashMap<>();
        for (KnowledgeStore.StoredLink link : store.linksFrom(a.articleId())) {
            if ("SAME_ARTICLE".equals(link.kind())) {
                continue;
            }
            String target = link.toStatuteKey() == null ? link.toStatuteName() : link.toStatuteKey();
            boolean resolved = link.toStatuteKey() != null
                    && store.find(link.toStatuteKey(), link.toArticle(), day).isPresent();
            out.putIfAbsent(target + "#" + link.toArticle().key(), new ArticleDetails.Neighbour(target,
                    link.toArticle().label(), link.toArticle().key(), link.citedAs(), link.kind(), resolved));
        }
        return new ArrayList<>(out.values());
    }

    private List<ArticleDetails.Neighbour> citedBy(StoredArticle a, LocalDate day) {
        return store.citing(a.statuteKey(), a.number(), day).stream()
                .filter(from -> !from.articleId().equals(a.articleId()))
                .map(from -> new ArticleDetails.Neighbour(from.statuteKey(), from.label(), from.number().key(), null,
                        from.statuteKey().equals(a.statuteKey()) ? "SAME_STATUTE" : "OTHER_STATUTE", true))
                .toList();
    }
}
