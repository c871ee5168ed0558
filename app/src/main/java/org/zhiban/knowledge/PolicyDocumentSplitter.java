package org.zhiban.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.ArticleNumber;
import org.zhiban.integrations.lawtext.ChineseNumerals;
import org.zhiban.integrations.lawtext.Item;
import org.zhiban.integrations.lawtext.Paragraph;
import org.zhiban.integrations.lawtext.StatuteMarkdownParser;
import org.zhiban.integrations.lawtext.StatuteText;

/**
 * 政策文件拆分: splits an uploaded document's text into articles when it has 第X条, else into sections at its
 * headings (一、 / （一） / 1. / Markdown #), else one section per paragraph.
 */
final class PolicyDocumentSplitter {

    private static final String NUM = "[零〇一二两三四五六七八九十百千0-9]+";
    private static final Pattern ARTICLE_LINE = Pattern.compile("^第(" + NUM + ")条(之[一二三四五六七八九十]+)?[\\s\\p{Z}]*(.*)$");
    private static final Pattern DIVISION_LINE = Pattern.compile("^第" + NUM + "(编|分编|章|节)([\\s\\p{Z}].*)?$");
    private static final Pattern HEADING = Pattern.compile(
            "^(#{1,6}\\s+.+|[一二三四五六七八九十]+、.{1,40}|[（(][一二三四五六七八九十]+[）)].{1,40}|\\d{1,2}[.．、]\\s*.{1,40})$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)]");

    /** The split document. */
    record Split(boolean articles, List<Article> parts, List<String> labels) {
    }

    private PolicyDocumentSplitter() {
    }

    static Split split(String title, String text) {
        List<String> lines = text.lines().map(l -> l.replace('\u00a0', ' ').replace("\u200b", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        if (lines.stream().anyMatch(l -> ARTICLE_LINE.matcher(l).matches())) {
            StatuteText parsed = StatuteMarkdownParser.parse(asStatuteMarkdown(title, lines));
            if (!parsed.articles().isEmpty()) {
                return new Split(true, parsed.articles(), parsed.articles().stream().map(a -> a.number().label()).toList());
            }
        }
        return sections(lines.stream().filter(l -> !l.replaceFirst("^#+\\s*", "").equals(title)).toList());
    }

    /** Rewrites plain text into the Markdown shape the statute parser reads: chapters as headings, 第X条 spaced. */
    private static String asStatuteMarkdown(String title, List<String> lines) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n<!-- INFO END -->\n");
        for (String line : lines) {
            String l = line.startsWith("#") ? line.replaceFirst("^#+\\s*", "") : line;
            if (l.equals(title)) {
                continue;
            }
            var article = ARTICLE_LINE.matcher(l);
            if (DIVISION_LINE.matcher(l).matches()) {
                md.append("## ").append(l);
            } else if (article.matches()) {
                String number = ChineseNumerals.toChinese(ChineseNumerals.parse(article.group(1)));
                md.append("第").append(number).append("条").append(article.group(2) == null ? "" : article.group(2))
                        .append(' ').append(article.group(3));
            } else {
                md.append(l);
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static Split sections(List<String> lines) {
        boolean hasHeadings = lines.stream().anyMatch(l -> HEADING.matcher(l).matches());
        List<Article> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String heading = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : lines) {
            boolean isHeading = HEADING.matcher(line).matches();
            if (hasHeadings ? isHeading : true) {
                add(parts, labels, heading, paragraphs);
                heading = hasHeadings ? line.replaceFirst("^#+\\s*", "") : null;
                paragraphs = new ArrayList<>();
                if (hasHeadings) {
                    continue;
                }
            }
            var item = ITEM.matcher(line);
            if (item.find() && !paragraphs.isEmpty()) {
                Paragraph last = paragraphs.remove(paragraphs.size() - 1);
                List<Item> items = new ArrayList<>(last.items());
                items.add(new Item(items.size() + 1, line));
                paragraphs.add(new Paragraph(last.text(), items));
            } else {
                paragraphs.add(new Paragraph(line, List.of()));
            }
        }
        add(parts, labels, heading, paragraphs);
        return new Split(false, parts, labels);
    }

    private static void add(List<Article> parts, List<String> labels, String heading, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty() && heading == null) {
            return;
        }
        List<Paragraph> body = paragraphs.isEmpty() ? List.of(new Paragraph(heading, List.of())) : paragraphs;
        int n = parts.size() + 1;
        parts.add(new Article(ArticleNumber.of(n), heading == null ? List.of() : List.of(heading), body));
        labels.add("第" + ChineseNumerals.toChinese(n) + "部分");
    }
}
