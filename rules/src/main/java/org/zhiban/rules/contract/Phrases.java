package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared machinery of the phrase helpers: a pattern's matches in a sentence, as excerpts. */
final class Phrases {

    /** A sentence says a party pays. */
    static final Pattern PAY = Pattern.compile("支付|付款|付清|拨付|结清|结算");

    private Phrases() {
    }

    static List<Excerpt> matches(Pattern pattern, Sentence s) {
        return matches(pattern, s, null);
    }

    static List<Excerpt> matches(Pattern pattern, Sentence s, String suggestion) {
        List<Excerpt> found = new ArrayList<>();
        Matcher m = pattern.matcher(s.text());
        while (m.find() && found.size() < 10) {
            if (m.end() > m.start()) {
                found.add(Excerpt.in(s, m.start(), m.end(), suggestion));
            }
        }
        return found;
    }

    /** The sentence as one excerpt when the pattern matches it. */
    static List<Excerpt> sentenceIf(boolean condition, Sentence s) {
        return condition ? List.of(Excerpt.of(s)) : List.of();
    }

    static boolean has(Pattern pattern, Sentence s) {
        return pattern.matcher(s.text()).find();
    }

    /** Whether the match is negated just before it (不得以…, 不以…, 不…). */
    static boolean negatedBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 3), start);
        return before.endsWith("不") || before.endsWith("不得") || before.endsWith("不应") || before.endsWith("禁止")
                || before.endsWith("严禁") || before.endsWith("不能");
    }
}
