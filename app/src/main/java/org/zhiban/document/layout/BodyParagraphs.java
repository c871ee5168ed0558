package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhiban.document.layout.Composition.Block;
import org.zhiban.document.layout.Composition.Kind;
import org.zhiban.document.layout.Composition.Span;

/**
 * 正文 paragraphs (GB/T 9704 7.3.3): two characters in, wrapped lines flush left; headings 一、 in 黑体,
 * （一） in 楷体, 1. and （1） in 仿宋. When a heading sentence is followed by more text in the same paragraph,
 * only the heading sentence takes the heading face.
 */
final class BodyParagraphs {

    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十百]+、");
    private static final Pattern LEVEL_2 = Pattern.compile("^（[一二三四五六七八九十百]+）");
    private static final Pattern HEADING_SENTENCE = Pattern.compile("^[^。！？]*[。！？]");

    private BodyParagraphs() {
    }

    static List<Block> of(String body, int blankLinesBeforeFirst) {
        List<Block> blocks = new ArrayList<>();
        for (String line : body.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            blocks.add(Composer.block(Kind.BODY, spans(text), Gbt9704.SIZE_3, Composition.Align.LEFT, 2, 0, 0,
                    blocks.isEmpty() ? blankLinesBeforeFirst : 0, false));
        }
        return blocks;
    }

    static FontRole headingFont(String paragraph) {
        if (LEVEL_1.matcher(paragraph).find()) {
            return FontRole.HEITI;
        }
        if (LEVEL_2.matcher(paragraph).find()) {
            return FontRole.KAITI;
        }
        return FontRole.FANGSONG;
    }

    private static List<Span> spans(String paragraph) {
        FontRole heading = headingFont(paragraph);
        if (heading == FontRole.FANGSONG) {
            return List.of(new Span(FontRole.FANGSONG, paragraph));
        }
        Matcher sentence = HEADING_SENTENCE.matcher(paragraph);
        if (sentence.find() && sentence.end() < paragraph.length()) {
            return List.of(new Span(heading, paragraph.substring(0, sentence.end())),
                    new Span(FontRole.FANGSONG, paragraph.substring(sentence.end())));
        }
        return List.of(new Span(heading, paragraph));
    }
}
