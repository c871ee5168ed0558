package org.zhiban.integrations.lawtext;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 法规名称解析: maps a statute name as written (《中华人民共和国消费者权益保护法》, 消费者权益保护法, 消法, 消保法) to
 * the statute key. Names are compared after {@link #normalise}: without book-title marks, without the
 * 中华人民共和国 prefix or a leading 最高人民法院, and without a trailing version note such as （2023年修订）.
 */
public final class StatuteNameResolver {

    private static final Pattern BRACKETS = Pattern.compile("[《》〈〉<>\\s\\p{Z}]");
    private static final Pattern VERSION_NOTE = Pattern.compile("[（(][^（()）]*\\d{4}[^（()）]*[）)]$");
    private static final String STATE_NAME = "中华人民共和国";
    private static final String SUPREME_COURT = "最高人民法院";

    private final Map<String, String> keyByName;
    private final List<String> namesLongestFirst;

    private StatuteNameResolver(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        this.namesLongestFirst = keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** A resolver over the given versions' titles, keys and aliases. */
    public static StatuteNameResolver of(Collection<StatuteVersion> versions) {
        Map<String, String> names = new HashMap<>();
        for (StatuteVersion v : versions) {
            names.put(normalise(v.title()), v.statuteKey());
            names.put(normalise(v.statuteKey()), v.statuteKey());
        }
        // aliases last and without overwriting, so a real title always beats someone's nickname
        for (StatuteVersion v : versions) {
            v.aliases().forEach(alias -> names.putIfAbsent(normalise(alias), v.statuteKey()));
        }
        return new StatuteNameResolver(names);
    }

    /** A resolver over the shipped corpus. */
    public static StatuteNameResolver shipped() {
        return of(LawLibrary.shipped().statutes().stream().map(LoadedStatute::version).toList());
    }

    /** The normalised form names are compared in: 《中华人民共和国消费者权益保护法》 → 消费者权益保护法. */
    public static String normalise(String name) {
        String n = BRACKETS.matcher(name).replaceAll("");
        n = VERSION_NOTE.matcher(n).replaceAll("");
        n = n.replace("(", "（").replace(")", "）");
        if (n.startsWith(STATE_NAME) && n.length() > STATE_NAME.length()) {
            n = n.substring(STATE_NAME.length());
        }
        // judicial interpretations name the law inside (关于适用《中华人民共和国民法典》…) and are often cited
        // without the issuing court
        n = n.replace(STATE_NAME, "");
        return n.startsWith(SUPREME_COURT + "关于") ? n.substring(SUPREME_COURT.length()) : n;
    }

    public Optional<String> resolve(String nameAsWritten) {
        return Optional.ofNullable(keyByName.get(normalise(nameAsWritten)));
    }

    /**
     * The longest known name that the text ends with, for names written without 《》 ("依照消费者权益保护法第五十五条").
     *
     * @return the name as it stands in the text, which may carry the 中华人民共和国 prefix
     */
    public Optional<String> nameEndingAt(CharSequence text, int end) {
        for (String name : namesLongestFirst) {
            int start = end - name.length();
            if (start >= 0 && text.subSequence(start, end).toString().equals(name)) {
                int prefixStart = start - STATE_NAME.length();
                if (prefixStart >= 0 && text.subSequence(prefixStart, start).toString().equals(STATE_NAME)) {
                    return Optional.of(STATE_NAME + name);
                }
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
