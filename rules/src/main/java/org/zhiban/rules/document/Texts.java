package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text helpers for the DRL: every pattern is compiled once, here or in the helper that owns it, and every
 * search is a single left-to-right pass, so a 10-page 正文 costs a few milliseconds.
 */
public final class Texts {

    /**
     * At most this many matches per rule and field: a draft pasted with a thousand half-width commas needs one
     * screen of findings, not a thousand, and the cap keeps a hostile input from flooding the session.
     */
    public static final int MAX_MATCHES = 50;

    private Texts() {
    }

    /**
     * The run of {@code marks} at the end of the text, before any trailing spaces or tabs, as at most one match.
     * A scan from the end rather than a "[…]+$" pattern, which retries from every position of a long run.
     */
    public static List<TextMatch> trailing(String text, String marks, String suggestion) {
        if (text == null) {
            return List.of();
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t'
                || text.charAt(end - 1) == '\u3000' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int start = end;
        while (start > 0 && marks.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return start == end ? List.of() : List.of(TextMatch.of(text, start, end, suggestion));
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public static boolean absent(String text) {
        return text == null || text.isBlank();
    }

    /** Every match of the pattern, or of its group 1 when it has one (so context can sit around the span). */
    public static List<TextMatch> find(Pattern pattern, String text) {
        return find(pattern, text, matcher -> null);
    }

    /** As {@link #find(Pattern, String)}, with a suggestion computed from each match. */
    public static List<TextMatch> find(Pattern pattern, String text, Function<Matcher, String> suggestion) {
        if (text == null) {
            return List.of();
        }
        List<TextMatch> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int group = matcher.groupCount() >= 1 ? 1 : 0;
        while (matcher.find() && matches.size() < MAX_MATCHES) {
            if (matcher.start(group) >= 0) {
                matches.add(TextMatch.of(text, matcher.start(group), matcher.end(group), suggestion.apply(matcher)));
            }
        }
        return matches;
    }

    /** The first {@link #MAX_MATCHES} of a list a helper built by hand. */
    public static List<TextMatch> capped(List<TextMatch> matches) {
        return matches.size() <= MAX_MATCHES ? matches : List.copyOf(matches.subList(0, MAX_MATCHES));
    }

    /** The first match, as a list of at most one: for rules that report a problem once per field. */
    public static List<TextMatch> first(Pattern pattern, String text) {
        List<TextMatch> all = find(pattern, text);
        return all.isEmpty() ? List.of() : List.of(all.get(0));
    }

    /** Every occurrence of a literal word. */
    public static List<TextMatch> occurrences(String word, String text, String suggestion) {
        if (text == null || word.isEmpty()) {
            return List.of();
        }
        List<TextMatch> matches = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0 && matches.size() < MAX_MATCHES;
                at = text.indexOf(word, at + word.length())) {
            matches.add(new TextMatch(at, at + word.length(), word, suggestion));
        }
        return matches;
    }

    /**
     * Where each entry of a list field sits in {@link DocumentField#textOf} (entries joined by one separator
     * character), so a finding on the third 主送机关 points at that name.
     */
    public static List<TextMatch> entries(List<String> values) {
        List<TextMatch> entries = new ArrayList<>(values.size());
        int offset = 0;
        for (String value : values) {
            entries.add(new TextMatch(offset, offset + value.length(), value, null));
            offset += value.length() + 1;
        }
        return entries;
    }
}
