package org.zhiban.integrations.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhiban.integrations.lawtext.KnowledgeResource;

/**
 * 口语扩展: rewrites colloquial phrases (退一赔三, 霸王条款, 职业打假) into the words statutes use (三倍, 格式条款,
 * 惩罚性赔偿) before the query is analysed, because the statutes never say the colloquial phrase itself.
 */
public final class QueryExpander {

    public static final String DICTIONARY = "knowledge/query-expansions.tsv";

    private final Map<String, String> wordingByPhrase;

    public QueryExpander(Map<String, String> wordingByPhrase) {
        // longest first, so that 七天无理由退货 is rewritten before 无理由退货 can match inside it
        Map<String, String> ordered = new LinkedHashMap<>();
        wordingByPhrase.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        this.wordingByPhrase = ordered;
    }

    public static QueryExpander shipped() {
        Map<String, String> dictionary = new LinkedHashMap<>();
        for (String[] row : KnowledgeResource.rows(DICTIONARY, 2)) {
            dictionary.put(row[0].strip(), row[1].strip());
        }
        return new QueryExpander(dictionary);
    }

    public static QueryExpander none() {
        return new QueryExpander(Map.of());
    }

    public String expand(String query) {
        StringBuilder text = new StringBuilder(query);
        for (Map.Entry<String, String> entry : wordingByPhrase.entrySet()) {
            int at = text.indexOf(entry.getKey());
            while (at >= 0) {
                // spaces around the wording keep it from gluing onto neighbouring words
                String replacement = " " + entry.getValue() + " ";
                text.replace(at, at + entry.getKey().length(), replacement);
                at = text.indexOf(entry.getKey(), at + replacement.length());
            }
        }
        return text.toString();
    }
}
