package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 条款结构 — reads the numbered clauses. A line opening with a number mark is a heading: 第X条, 一、, （一）,
 * 1. or 1、, 5.2 (each depth its own kind), （1）, ①. Levels follow the order in which kinds first appear, the way
 * an outline is read: a kind already open closes everything opened after it (a sibling); a new kind nests
 * inside the one before. 第X章 and 第X部分 close clauses but are not clauses.
 */
final class Outline {

    private static final String CN = "一二三四五六七八九十百零〇两";
    private static final Pattern CHAPTER = Pattern.compile("^第[" + CN + "\\d]+(?:章|部分|节)(?:\\s|$|[\\p{IsHan}])");
    private static final Pattern ARTICLE = Pattern.compile("^第([" + CN + "\\d]+)条(?![款项])");
    private static final Pattern CN_LIST = Pattern.compile("^([一二三四五六七八九十]+)[、.．](?!\\d)");
    private static final Pattern CN_PAREN = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern DECIMAL = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?=[\\s\\u3000]|[\\p{IsHan}&&[^万元倍个年月日天周]])");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3})(?:[、．]|\\.(?!\\d))(?![%％])");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[（(](\\d{1,3})[）)]");
    private static final Pattern CIRCLED = Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])");
    private static final int SHORT_HEADING = 20;

    private record Heading(String kind, String label, int number, String rest, int start, int restStart) {
    }

    private record Open(String kind, int index) {
    }

    private Outline() {
    }

    /** Offset of the first heading at or after {@code from}, or -1. */
    static int firstHeading(List<Line> lines, int from, int to) {
        for (Line line : lines) {
            if (line.start() >= from && line.start() < to && (heading(line) != null || chapter(line))) {
                return line.contentStart();
            }
        }
        return -1;
    }

    static List<Clause> read(String text, List<Line> lines, int from, int to) {
        List<Heading> headings = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        for (Line line : lines) {
            if (line.start() < from || line.start() >= to) {
                continue;
            }
            if (chapter(line)) {
                breaks.add(line.contentStart());
                headings.add(null);
                continue;
            }
            Heading heading = heading(line);
            if (heading != null) {
                headings.add(heading);
            }
        }
        List<Clause> clauses = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        List<Heading> kept = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Heading heading : headings) {
            if (heading == null) {
                stack.clear();
                continue;
            }
            int found = -1;
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).kind().equals(heading.kind())) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                stack.subList(found, stack.size()).clear();
            }
            String parentPath = stack.isEmpty() ? "" : paths.get(stack.get(stack.size() - 1).index());
            stack.add(new Open(heading.kind(), kept.size()));
            kept.add(heading);
            levels.add(stack.size());
            paths.add(heading.kind().startsWith("decimal") ? heading.label() : parentPath + heading.label());
        }
        // paths: decimal labels (5.2) already carry their parents' numbers; others are appended (第五条（2）)
        List<Integer> stops = new ArrayList<>(breaks);
        for (int i = 0; i < kept.size(); i++) {
            Heading heading = kept.get(i);
            int level = levels.get(i);
            int end = to;
            for (int j = i + 1; j < kept.size(); j++) {
                if (levels.get(j) <= level) {
                    end = kept.get(j).start();
                    break;
                }
            }
            for (int stop : stops) {
                if (stop > heading.start() && stop < end) {
                    end = stop;
                }
            }
            while (end > heading.start() && Line.isSpace(text.charAt(end - 1))) {
                end--;
            }
            String[] split = split(heading.rest());
            clauses.add(new Clause(heading.label(), heading.number(), split[0], text.substring(heading.start(), end),
                    heading.start(), end, level, paths.get(i)));
        }
        return clauses;
    }

    private static boolean chapter(Line line) {
        return CHAPTER.matcher(line.content()).find() && line.content().length() <= 30;
    }

    private static Heading heading(Line line) {
        String content = line.content();
        int offset = line.contentStart();
        Heading heading = match(ARTICLE, "article", content, offset);
        if (heading == null) {
            heading = match(CN_LIST, "cn", content, offset);
        }
        if (heading == null) {
            heading = match(CN_PAREN, "cnParen", content, offset);
        }
        if (heading == null) {
            Matcher m = DECIMAL.matcher(content);
            if (m.find()) {
                String label = m.group(1);
                String[] parts = label.split("\\.");
                heading = new Heading("decimal" + (parts.length - 1), label, Integer.parseInt(parts[parts.length - 1]),
                        content.substring(m.end()), offset, offset + m.end());
            }
        }
        if (heading == null) {
            heading = match(ARABIC, "arabic", content, offset);
        }
        if (heading == null) {
            heading = match(ARABIC_PAREN, "arabicParen", content, offset);
        }
        if (heading == null) {
            heading = match(CIRCLED, "circled", content, offset);
        }
        return heading;
    }

    private static Heading match(Pattern pattern, String kind, String content, int offset) {
        Matcher m = pattern.matcher(content);
        if (!m.find()) {
            return null;
        }
        String label = m.group().strip();
        String numeral = m.group(1);
        int number;
        if (kind.equals("circled")) {
            number = numeral.charAt(0) - '①' + 1;
        } else {
            long value = ChineseNumbers.integer(numeral);
            number = value < 0 || value > 9999 ? 0 : (int) value;
        }
        return new Heading(kind, label, number, content.substring(m.end()), offset, offset + m.end());
    }

    /** Length of the number mark a line opens with (第五条, 5.2, （1）) and the space after it, 0 when none. */
    static int labelLength(String text) {
        Heading heading = heading(new Line(text, 0, text.length()));
        if (heading == null || heading.start() != 0) {
            return 0;
        }
        int at = heading.restStart();
        while (at < text.length() && Line.isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** {heading, text}: a short line without sentence marks is a heading; 【…】 is one; "付款方式：…" is one. */
    static String[] split(String rest) {
        String r = Line.strip(rest);
        if (r.isEmpty()) {
            return new String[] {null, ""};
        }
        if (r.startsWith("【") && r.indexOf('】') > 0) {
            return new String[] {r.substring(1, r.indexOf('】')), r.substring(r.indexOf('】') + 1)};
        }
        if (r.length() <= SHORT_HEADING && !r.matches(".*[。，；,;：:].*")) {
            return new String[] {r, ""};
        }
        int colon = r.indexOf('：');
        if (colon > 0 && colon <= 12 && !r.substring(0, colon).matches(".*[。，；,;].*")) {
            return new String[] {r.substring(0, colon), r.substring(colon + 1)};
        }
        return new String[] {null, r};
    }
}
