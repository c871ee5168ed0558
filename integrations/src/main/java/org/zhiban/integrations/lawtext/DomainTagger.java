package org.zhiban.integrations.lawtext;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 领域标签: tags articles with the domains the app filters by (消费纠纷, 食品安全, 价格, 政府采购 ...), following
 * the rules in {@code knowledge/domain-tags.tsv}: every article of a listed statute, and any article whose
 * text or chapter headings contain a keyword.
 */
public final class DomainTagger {

    public static final String RULES = "knowledge/domain-tags.tsv";

    /** One tag's rule. */
    public record TagRule(String tag, Set<String> statuteKeys, List<String> keywords) {
        public TagRule {
            statuteKeys = Set.copyOf(statuteKeys);
            keywords = List.copyOf(keywords);
        }
    }

    private final List<TagRule> rules;

    public DomainTagger(List<TagRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The tagger with the shipped rules. */
    public static DomainTagger shipped() {
        return new DomainTagger(KnowledgeResource.rows(RULES, 3).stream()
                .map(cells -> new TagRule(cells[0].strip(), Set.copyOf(KnowledgeResource.list(cells[1])),
                        KnowledgeResource.list(cells[2])))
                .toList());
    }

    /** The tags of one article, sorted so that re-imports produce identical rows. */
    public Set<String> tag(String statuteKey, Article article) {
        String haystack = String.join(" ", article.headingPath()) + "\n" + article.text();
        Set<String> tags = new TreeSet<>();
        for (TagRule rule : rules) {
            if (rule.statuteKeys().contains(statuteKey) || rule.keywords().stream().anyMatch(haystack::contains)) {
                tags.add(rule.tag());
            }
        }
        return tags;
    }

    /** Every tag the rules can give, for filter menus. */
    public List<String> allTags() {
        return rules.stream().map(TagRule::tag).distinct().toList();
    }
}
