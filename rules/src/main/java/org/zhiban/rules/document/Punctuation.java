package org.zhiban.rules.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** 标点符号用法 (GB/T 15834-2011) that can be checked on plain text without parsing sentences. */
public final class Punctuation {

    /** A half-width mark touching a Chinese character: Chinese text takes full-width punctuation. */
    private static final Pattern HALF_WIDTH = Pattern.compile(
            "(?<=\\p{IsHan})([,;:?!()]|\\.(?![\\d\\w.]))|([,;:?!()])(?=\\p{IsHan})");
    private static final Pattern ELLIPSIS = Pattern.compile("(\\.{3,}|。{3,}|…{3,}|(?<!…)…(?!…)|[·]{3,})");
    private static final Pattern DOUBLED = Pattern.compile("(([，、；：！？])\\2+|(?<!。)。。(?!。))");
    private static final Pattern DUN_BETWEEN_MARKS = Pattern.compile("(?<=[》”])(、)(?=[《“])");
    private static final Pattern DUN_BEFORE_DENG = Pattern.compile("([、，])(?=等(?![级次同于待候额量距到着]))");

    private Punctuation() {
    }

    public static List<TextMatch> halfWidth(String text) {
        // a half-width mark of a heading ordinal, (一) or 一. , is the heading rules' to report
        List<TextMatch> headingBrackets = Headings.ordinalSpans(text);
        return Texts.find(HALF_WIDTH, text, m -> fullWidth(m.group(1) != null ? m.group(1) : m.group(2))).stream()
                .filter(mark -> headingBrackets.stream().noneMatch(b -> b.start() <= mark.start() && mark.end() <= b.end()))
                .toList();
    }

    public static List<TextMatch> ellipsis(String text) {
        return Texts.find(ELLIPSIS, text, m -> "……");
    }

    public static List<TextMatch> doubled(String text) {
        return Texts.find(DOUBLED, text, m -> m.group(1).substring(0, 1));
    }

    public static List<TextMatch> dunBetweenMarks(String text) {
        return Texts.find(DUN_BETWEEN_MARKS, text, m -> "");
    }

    public static List<TextMatch> dunBeforeDeng(String text) {
        return Texts.find(DUN_BEFORE_DENG, text, m -> "");
    }

    /** Opening or closing marks of （）《》“”‘’ without their partner, each pair counted on its own. */
    public static List<TextMatch> unbalanced(String text) {
        List<TextMatch> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String opens = "（《“‘";
        String closes = "）》”’";
        List<Deque<Integer>> stacks = List.of(new ArrayDeque<>(), new ArrayDeque<>(), new ArrayDeque<>(), new ArrayDeque<>());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int open = opens.indexOf(c);
            int close = closes.indexOf(c);
            if (open >= 0) {
                stacks.get(open).push(i);
            } else if (close >= 0) {
                if (stacks.get(close).isEmpty()) {
                    found.add(TextMatch.of(text, i, i + 1, null));
                } else {
                    stacks.get(close).pop();
                }
            }
        }
        stacks.forEach(stack -> stack.forEach(at -> found.add(TextMatch.of(text, at, at + 1, null))));
        found.sort(java.util.Comparator.comparingInt(TextMatch::start));
        return Texts.capped(found);
    }

    static String fullWidth(String mark) {
        return switch (mark) {
            case "," -> "，";
            case ";" -> "；";
            case ":" -> "：";
            case "?" -> "？";
            case "!" -> "！";
            case "(" -> "（";
            case ")" -> "）";
            case "." -> "。";
            default -> mark;
        };
    }
}
