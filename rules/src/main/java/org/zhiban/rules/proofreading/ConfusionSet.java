package org.zhiban.rules.proofreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * 混淆集: for each character, the characters it is often mistyped for. Three kinds, from most to least telling:
 * a substitution that the training pairs show (mostly look-alikes such as 很/银, 呆/保, which no pinyin finds),
 * the same pinyin ignoring tone (the usual 拼音输入法 slip), and a near pinyin (z/zh, c/ch, s/sh, n/l, -n/-ng,
 * the common dialect confusions). Candidates are limited to characters the corpus knows, because a replacement
 * the language model has never seen cannot be scored.
 */
final class ConfusionSet {

    enum Kind { SEEN, SAME_SOUND, NEAR_SOUND }

    /** Candidates of one character, with the strongest kind that links each. */
    record Candidates(char[] chars, Kind[] kinds) {
        static final Candidates NONE = new Candidates(new char[0], new Kind[0]);
    }

    private final Candidates[] byChar = new Candidates[Character.MAX_VALUE + 1];

    /**
     * @param pinyin        toneless pinyin of every character it knows
     * @param substitutions wrong character to the correct ones the training pairs show
     * @param known         which characters may be proposed
     */
    ConfusionSet(Map<Character, String> pinyin, Map<Character, List<Character>> substitutions, IntPredicate known) {
        Map<String, List<Character>> sameSound = new HashMap<>();
        Map<String, List<Character>> nearSound = new HashMap<>();
        pinyin.forEach((c, p) -> {
            if (known.test(c)) {
                sameSound.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                nearSound.computeIfAbsent(fuzzy(p), k -> new ArrayList<>()).add(c);
            }
        });
        Map<Character, Map<Character, Kind>> links = new HashMap<>();
        pinyin.forEach((c, p) -> {
            Map<Character, Kind> l = links.computeIfAbsent(c, k -> new LinkedHashMap<>());
            sameSound.getOrDefault(p, List.of()).forEach(o -> l.putIfAbsent(o, Kind.SAME_SOUND));
            nearSound.getOrDefault(fuzzy(p), List.of()).forEach(o -> l.putIfAbsent(o, Kind.NEAR_SOUND));
        });
        substitutions.forEach((wrong, rights) -> rights.stream().filter(known::test)
                .forEach(r -> links.computeIfAbsent(wrong, k -> new LinkedHashMap<>()).put(r, Kind.SEEN)));
        links.forEach((c, l) -> {
            l.remove(c);
            char[] chars = new char[l.size()];
            Kind[] kinds = new Kind[l.size()];
            int i = 0;
            for (Map.Entry<Character, Kind> e : l.entrySet()) {
                chars[i] = e.getKey();
                kinds[i++] = e.getValue();
            }
            byChar[c] = new Candidates(chars, kinds);
        });
    }

    Candidates of(char c) {
        Candidates candidates = byChar[c];
        return candidates == null ? Candidates.NONE : candidates;
    }

    /** Folds the initials and finals that speakers of many dialects do not tell apart. */
    static String fuzzy(String pinyin) {
        String p = pinyin.replaceFirst("^([zcs])h", "$1").replaceFirst("^l", "n");
        return p.endsWith("ng") && p.length() > 2 ? p.substring(0, p.length() - 1) : p;
    }
}
