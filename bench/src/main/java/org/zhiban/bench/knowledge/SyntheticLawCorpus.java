package org.zhiban.bench.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.ChineseNumerals;
import org.zhiban.integrations.lawtext.DomainTagger;
import org.zhiban.integrations.lawtext.LawLibrary;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.Paragraph;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.search.SearchableArticle;
import org.zhiban.integrations.search.SearchableArticles;

/**
 * 合成语料: the shipped articles plus synthetic ones made by recombining real paragraphs, so that term statistics
 * stay those of real statute text. Seeded: the same size and seed always give the same records, in the same order.
 */
final class SyntheticLawCorpus {

    private static final int ARTICLES_PER_STATUTE = 100;
    private static final StatuteLevel[] LEVELS = StatuteLevel.values();

    private final List<SearchableArticle> real;
    private final List<String> paragraphs;
    private final List<Set<String>> paragraphTags;

    SyntheticLawCorpus(LawLibrary library) {
        DomainTagger tagger = DomainTagger.shipped();
        this.real = SearchableArticles.of(library, tagger).toList();
        this.paragraphs = new ArrayList<>();
        this.paragraphTags = new ArrayList<>();
        for (LoadedStatute statute : library.statutes()) {
            for (Article article : statute.articles()) {
                Set<String> tags = tagger.tag(statute.version().statuteKey(), article);
                for (Paragraph p : article.paragraphs()) {
                    paragraphs.add(p.fullText());
                    paragraphTags.add(tags);
                }
            }
        }
    }

    List<SearchableArticle> shipped() {
        return real;
    }

    /** {@code total} records: every real article first, then synthetic ones up to the total. */
    Stream<SearchableArticle> records(int total, long seed) {
        Random random = new Random(seed);
        return Stream.concat(real.stream(),
                IntStream.range(0, Math.max(0, total - real.size())).mapToObj(i -> synthetic(i, random)));
    }

    private SearchableArticle synthetic(int index, Random random) {
        int statuteNo = index / ARTICLES_PER_STATUTE;
        int articleNo = index % ARTICLES_PER_STATUTE + 1;
        int parts = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        Set<String> tags = Set.of();
        for (int i = 0; i < parts; i++) {
            int p = random.nextInt(paragraphs.size());
            if (i > 0) {
                text.append('\n');
            } else {
                tags = paragraphTags.get(p);
            }
            text.append(paragraphs.get(p));
        }
        LocalDate from = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 365));
        LocalDate until = random.nextInt(5) == 0 ? from.plusDays(365 + random.nextInt(3650)) : null;
        String key = "合成法规" + statuteNo;
        return new SearchableArticle(key + "@" + from + "#" + articleNo, key, "合成法规第" + statuteNo + "号",
                LEVELS[statuteNo % LEVELS.length], "第" + ChineseNumerals.toChinese(articleNo) + "条",
                Integer.toString(articleNo), List.of(), text.toString(), tags, from, until);
    }
}
