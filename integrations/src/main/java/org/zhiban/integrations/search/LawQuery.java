package org.zhiban.integrations.search;

import java.time.LocalDate;
import java.util.Set;
import org.zhiban.integrations.lawtext.StatuteLevel;

/**
 * 检索条件: keywords or a whole sentence, with optional filters. Empty filter sets mean "any".
 *
 * @param text        keywords or a question in plain Chinese ("经营者欺诈 退一赔三")
 * @param statuteKeys only these statutes
 * @param levels      only these levels
 * @param domainTags  only articles with at least one of these tags
 * @param asOf        only article versions in force on this day; null for all versions
 * @param limit       how many hits to return, 1 to 100
 */
public record LawQuery(
        String text, Set<String> statuteKeys, Set<StatuteLevel> levels, Set<String> domainTags, LocalDate asOf,
        int limit) {

    public static final int DEFAULT_LIMIT = 10;

    public LawQuery {
        statuteKeys = Set.copyOf(statuteKeys);
        levels = Set.copyOf(levels);
        domainTags = Set.copyOf(domainTags);
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1..100: " + limit);
        }
    }

    public static LawQuery of(String text) {
        return new LawQuery(text, Set.of(), Set.of(), Set.of(), null, DEFAULT_LIMIT);
    }

    public LawQuery inStatutes(String... keys) {
        return new LawQuery(text, Set.of(keys), levels, domainTags, asOf, limit);
    }

    public LawQuery atLevels(StatuteLevel... levelsWanted) {
        return new LawQuery(text, statuteKeys, Set.of(levelsWanted), domainTags, asOf, limit);
    }

    public LawQuery taggedWith(String... tags) {
        return new LawQuery(text, statuteKeys, levels, Set.of(tags), asOf, limit);
    }

    public LawQuery inForceOn(LocalDate day) {
        return new LawQuery(text, statuteKeys, levels, domainTags, day, limit);
    }

    public LawQuery limit(int max) {
        return new LawQuery(text, statuteKeys, levels, domainTags, asOf, max);
    }
}
