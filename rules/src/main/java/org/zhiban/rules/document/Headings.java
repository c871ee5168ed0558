package org.zhiban.rules.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 结构层次序数 (GB/T 9704-2012 7.3.3): 第一层“一、”，第二层“（一）”，第三层“1.”，第四层“（1）”. A heading is a line
 * of the 正文 that starts with one of them, written right or in one of the usual wrong ways.
 */
public final class Headings {

    private static final String HAN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    /* Each pattern reads the start of a line (after indentation): group "n" the number, "bad" a wrong mark. */
    private static final Pattern LEVEL1 = Pattern.compile("^[ \\t\\u3000]*(?<n>" + HAN + ")(?<mark>、|(?<bad>[.．，,：:]|[ \\u3000](?=\\S)))");
    private static final Pattern LEVEL2 = Pattern.compile("^[ \\t\\u3000]*(?<open>[（(])(?<n>" + HAN + ")(?<close>[）)])(?<bad>[、.．，,：:])?");
    private static final Pattern LEVEL3 = Pattern.compile("^[ \\t\\u3000]*(?<n>\\d{1,2})(?:[.．](?!\\d)|(?<bad>[、，,：:])(?!\\d))");
    private static final Pattern LEVEL4 = Pattern.compile("^[ \\t\\u3000]*(?<open>[（(])(?<n>\\d{1,2})(?<close>[）)])(?<bad>[、.．，,：:])?");
    /** ⑴–⒇ and ⒈–⒛: single characters that look like ordinals but are not the standard's. */
    private static final Pattern SPECIAL = Pattern.compile("^[ \\t\\u3000]*([\\u2474-\\u2487\\u2488-\\u249B])");

    private Headings() {
    }

    /** One heading: its level (1–4), its number, where the ordinal sits, and any wrong mark. */
    public record Heading(int level, int number, TextMatch ordinal, TextMatch badMark, TextMatch halfWidthBracket) {
    }

    public static List<Heading> parse(String body) {
        List<Heading> headings = new ArrayList<>();
        if (body == null) {
            return headings;
        }
        for (TextMatch line : Texts.find(LINE, body)) {
            Heading heading = heading(body, line);
            if (heading != null) {
                headings.add(heading);
            }
        }
        return headings;
    }

    /** Level-n headings with a wrong mark after the ordinal, the right mark (or nothing) as suggestion. */
    public static List<TextMatch> badMarks(String body, int level) {
        String right = switch (level) {
            case 1 -> "、";
            case 3 -> ".";
            default -> "";
        };
        return parse(body).stream().filter(h -> h.level() == level && h.badMark() != null)
                .map(h -> new TextMatch(h.badMark().start(), h.badMark().end(), h.badMark().text(), right))
                .limit(Texts.MAX_MATCHES)
                .toList();
    }

    /** Where each heading's ordinal and any mark after it sit: the heading rules own what is wrong there. */
    public static List<TextMatch> ordinalSpans(String body) {
        return parse(body).stream().map(h -> {
            int end = h.badMark() == null ? h.ordinal().end() : Math.max(h.ordinal().end(), h.badMark().end());
            return TextMatch.of(body, h.ordinal().start(), end, null);
        }).toList();
    }

    public static List<TextMatch> halfWidthBrackets(String body) {
        return Texts.capped(parse(body).stream().map(Heading::halfWidthBracket).filter(java.util.Objects::nonNull).toList());
    }

    public static List<TextMatch> specialCharacters(String body) {
        List<TextMatch> found = new ArrayList<>();
        for (TextMatch line : Texts.find(LINE, body)) {
            Matcher matcher = SPECIAL.matcher(line.text());
            if (matcher.find()) {
                char c = matcher.group(1).charAt(0);
                String suggestion = c <= '\u2487' ? "（" + (c - '\u2474' + 1) + "）" : (c - '\u2488' + 1) + ".";
                found.add(TextMatch.of(body, line.start() + matcher.start(1), line.start() + matcher.end(1), suggestion));
            }
        }
        return Texts.capped(found);
    }

    /**
     * Headings whose number does not continue its siblings (一、 then 三、), with the expected ordinal as
     * suggestion, and (when {@code order}) headings of another level than their siblings (一、 1. （一）).
     */
    public static List<TextMatch> structureProblems(String body, boolean order) {
        List<TextMatch> sequence = new ArrayList<>();
        List<TextMatch> disorder = new ArrayList<>();
        Deque<Scope> open = new ArrayDeque<>();
        open.push(new Scope(0));
        for (Heading heading : parse(body)) {
            while (open.peek().level >= heading.level()) {
                open.pop();
            }
            Scope parent = open.peek();
            if (parent.childLevel == 0) {
                parent.childLevel = heading.level();
            }
            if (parent.childLevel != heading.level()) {
                disorder.add(heading.ordinal());
            } else if (heading.number() != parent.lastChild + 1) {
                TextMatch at = heading.ordinal();
                sequence.add(new TextMatch(at.start(), at.end(), at.text(), ordinal(heading.level(), parent.lastChild + 1)));
                parent.lastChild = heading.number();
            } else {
                parent.lastChild = heading.number();
            }
            open.push(new Scope(heading.level()));
        }
        return Texts.capped(order ? disorder : sequence);
    }

    private static final class Scope {
        final int level;
        int childLevel;
        int lastChild;

        Scope(int level) {
            this.level = level;
        }
    }

    static String ordinal(int level, int number) {
        return switch (level) {
            case 1 -> ChineseNumerals.format(number) + "、";
            case 2 -> "（" + ChineseNumerals.format(number) + "）";
            case 3 -> number + ".";
            default -> "（" + number + "）";
        };
    }

    private static Heading heading(String body, TextMatch line) {
        String text = line.text();
        int at = line.start();
        Matcher m;
        if ((m = LEVEL2.matcher(text)).find() || (m = LEVEL4.matcher(text)).find()) {
            int level = Character.isDigit(m.group("n").charAt(0)) ? 4 : 2;
            int number = level == 4 ? Integer.parseInt(m.group("n")) : ChineseNumerals.parse(m.group("n"));
            if (number < 1) {
                return null;
            }
            boolean halfWidth = m.group("open").equals("(") || m.group("close").equals(")");
            String right = level == 4 ? "（" + number + "）" : "（" + m.group("n") + "）";
            return new Heading(level, number, TextMatch.of(body, at + m.start("open"), at + m.end("close"), null),
                    m.group("bad") == null ? null : TextMatch.of(body, at + m.start("bad"), at + m.end("bad"), null),
                    halfWidth ? TextMatch.of(body, at + m.start("open"), at + m.end("close"), right) : null);
        }
        if ((m = LEVEL1.matcher(text)).find()) {
            int number = ChineseNumerals.parse(m.group("n"));
            return number < 1 ? null : new Heading(1, number, TextMatch.of(body, at + m.start("n"), at + m.end("mark"), null),
                    m.group("bad") == null ? null : TextMatch.of(body, at + m.start("bad"), at + m.end("bad"), null), null);
        }
        if ((m = LEVEL3.matcher(text)).find()) {
            return new Heading(3, Integer.parseInt(m.group("n")), TextMatch.of(body, at + m.start("n"), at + m.end(), null),
                    m.group("bad") == null ? null : TextMatch.of(body, at + m.start("bad"), at + m.end("bad"), null), null);
        }
        return null;
    }
}
