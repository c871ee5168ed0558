package org.zhiban.integrations.lawtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法规文本解析: parses the LawRefBook Markdown format (see shared/data/README.md). Above
 * {@code <!-- INFO END -->} is the title and history; below, {@code #} headings carry 编/分编/章/节 and every
 * article starts a line with 第X条 and a space. 民法典 is several such files concatenated, each book
 * repeating the title and adding its book name ("# 物权编") in its own header block.
 */
public final class StatuteMarkdownParser {

    static final String INFO_END = "<!-- INFO END -->";

    private static final String NUM = "[零〇一二两三四五六七八九十百千]+";
    private static final Pattern ARTICLE_START = Pattern.compile(
            "^第(" + NUM + ")条(?:之(" + NUM + "))?[\\s\\p{Z}]+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)]");
    private static final Pattern DIVISION = Pattern.compile("^(第" + NUM + "(?:分编|编|章|节)) ?(.*)$");

    private StatuteMarkdownParser() {
    }

    public static StatuteText parse(String markdown) {
        return new Run().parse(markdown);
    }

    /** Ranks a heading so that a new chapter closes the previous chapter's sections but not the book. */
    static int rank(String heading, int markdownLevel) {
        if (heading.matches("^第" + NUM + "分编.*")) {
            return 2;
        }
        if (heading.matches("^第" + NUM + "编.*")) {
            return 1;
        }
        if (heading.matches("^第" + NUM + "章.*")) {
            return 3;
        }
        if (heading.matches("^第" + NUM + "节.*")) {
            return 4;
        }
        return 4 + markdownLevel;
    }

    static String normaliseHeading(String raw) {
        String text = raw.replaceAll("[\\s\\p{Z}]+", " ").strip();
        Matcher m = DIVISION.matcher(text);
        if (m.matches()) {
            String title = m.group(2).replace(" ", "");
            return title.isEmpty() ? m.group(1) : m.group(1) + " " + title;
        }
        return text.replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
    }

    /** Mutable state of one parse; a fresh instance per file keeps the parser itself stateless. */
    private static final class Run {
        private String title;
        private boolean inHeader = true;
        private final List<String> headerLines = new ArrayList<>();
        private final List<int[]> headingRanks = new ArrayList<>();
        private final List<String> headingPath = new ArrayList<>();
        private final List<Article> articles = new ArrayList<>();
        private ArticleNumber current;
        private List<String> currentPath;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private String paragraphText;
        private final List<Item> items = new ArrayList<>();

        StatuteText parse(String markdown) {
            for (String rawLine : markdown.split("\\R")) {
                String line = rawLine.replace("\u200b", "").replace("\ufeff", "").replace('\u00a0', ' ').strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals(INFO_END)) {
                    inHeader = false;
                } else if (line.startsWith("<!--")) {
                    continue; // layout markers such as FORCE BREAK carry no text
                } else if (line.startsWith("#")) {
                    heading(line);
                } else if (inHeader) {
                    headerLines.add(line);
                } else {
                    body(line);
                }
            }
            finishArticle();
            if (title == null) {
                throw new IllegalArgumentException("statute file has no # title");
            }
            return new StatuteText(new StatuteHeader(title, HeaderParser.parseHistory(headerLines)), articles);
        }

        private void heading(String line) {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            String heading = normaliseHeading(line.substring(level));
            if (title == null) {
                title = heading;
                return;
            }
            if (heading.equals(title)) {
                inHeader = true; // 民法典: the next book's header block starts
                return;
            }
            finishArticle();
            int rank = inHeader ? 1 : rank(heading, level);
            while (!headingRanks.isEmpty() && headingRanks.get(headingRanks.size() - 1)[0] >= rank) {
                headingRanks.remove(headingRanks.size() - 1);
                headingPath.remove(headingPath.size() - 1);
            }
            headingRanks.add(new int[] {rank});
            headingPath.add(heading);
        }

        private void body(String line) {
            Matcher article = ARTICLE_START.matcher(line);
            if (article.matches()) {
                finishArticle();
                int suffix = article.group(2) == null ? 0 : ChineseNumerals.parse(article.group(2));
                current = new ArticleNumber(ChineseNumerals.parse(article.group(1)), suffix);
                currentPath = List.copyOf(headingPath);
                String rest = article.group(3).strip();
                if (!rest.isEmpty()) {
                    paragraphText = rest;
                }
                return;
            }
            if (current == null) {
                return; // text before the first article (a preamble) is not part of any article
            }
            Matcher item = ITEM.matcher(line);
            if (item.find() && paragraphText != null) {
                items.add(new Item(ChineseNumerals.parse(item.group(1)), line));
                return;
            }
            finishParagraph();
            paragraphText = line;
        }

        private void finishParagraph() {
            if (paragraphText != null) {
                paragraphs.add(new Paragraph(paragraphText, items));
            }
            paragraphText = null;
            items.clear();
        }

        private void finishArticle() {
            if (current == null) {
                return;
            }
            finishParagraph();
            articles.add(new Article(current, currentPath, paragraphs));
            paragraphs.clear();
            current = null;
        }
    }
}
