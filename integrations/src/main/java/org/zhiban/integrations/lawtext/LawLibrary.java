package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 法规库: the loaded statute versions held in memory. The app keeps its own copy in the database; this
 * class serves tests, benchmarks and the import itself, and is an {@link ArticleLookup} for the checker.
 */
public final class LawLibrary implements ArticleLookup {

    private final List<LoadedStatute> statutes;

    public LawLibrary(List<LoadedStatute> statutes) {
        this.statutes = List.copyOf(statutes);
    }

    /** Every loadable statute version shipped on the classpath. */
    public static LawLibrary shipped() {
        return new LawLibrary(StatuteLoader.load(StatuteCatalog.shipped()));
    }

    public List<LoadedStatute> statutes() {
        return statutes;
    }

    /** All versions of a statute, oldest first. */
    public List<LoadedStatute> versions(String statuteKey) {
        return statutes.stream()
                .filter(s -> s.version().statuteKey().equals(statuteKey))
                .sorted(Comparator.comparing(s -> s.version().effectiveFrom()))
                .toList();
    }

    /** The version of a statute in force on a day, if any. */
    public Optional<LoadedStatute> inForceOn(String statuteKey, LocalDate day) {
        return versions(statuteKey).stream().filter(s -> s.version().isInForceOn(day)).findFirst();
    }

    /** The most recent version of a statute, in force or not. */
    public Optional<LoadedStatute> latest(String statuteKey) {
        List<LoadedStatute> versions = versions(statuteKey);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public Optional<Article> find(String statuteKey, ArticleNumber number, LocalDate asOf) {
        if (asOf != null) {
            return inForceOn(statuteKey, asOf).flatMap(s -> s.article(number));
        }
        List<LoadedStatute> versions = versions(statuteKey);
        for (int i = versions.size() - 1; i >= 0; i--) {
            Optional<Article> article = versions.get(i).article(number);
            if (article.isPresent()) {
                return article;
            }
        }
        return Optional.empty();
    }

    public int articleCount() {
        return statutes.stream().mapToInt(s -> s.articles().size()).sum();
    }
}
