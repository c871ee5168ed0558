package org.zhiban.integrations.lawtext;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 条: one article of a statute version.
 *
 * @param number      the article number (第五十五条 → 55)
 * @param headingPath the 编/分编/章/节 headings above the article, outermost first
 *                    (["第三编 合同", "第一分编 通则", "第二章 合同的订立"]); empty for statutes without chapters
 * @param paragraphs  the paragraphs (款) in order; never empty
 */
public record Article(ArticleNumber number, List<String> headingPath, List<Paragraph> paragraphs) {

    public Article {
        headingPath = List.copyOf(headingPath);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException(number.label() + " has no text");
        }
    }

    /** The article body without its label, paragraphs separated by newlines. */
    public String text() {
        return paragraphs.stream().map(Paragraph::fullText).collect(Collectors.joining("\n"));
    }

    /** The article as printed: "第五十五条 经营者…". */
    public String labelledText() {
        return number.label() + " " + text();
    }

    /** The paragraph with the given 1-based number, if the article has that many. */
    public Optional<Paragraph> paragraph(int paragraphNumber) {
        if (paragraphNumber < 1 || paragraphNumber > paragraphs.size()) {
            return Optional.empty();
        }
        return Optional.of(paragraphs.get(paragraphNumber - 1));
    }
}
