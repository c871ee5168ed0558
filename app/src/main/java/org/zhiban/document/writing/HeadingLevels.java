package org.zhiban.document.writing;

import java.util.regex.Pattern;

/**
 * 结构层次序数 (GB/T 9704 7.3.3): 一、 then （一） then 1. then （1）. A paragraph's own numbering decides its level;
 * without one, its Word heading style does.
 */
final class HeadingLevels {

    private static final Pattern[] LEVELS = {
            Pattern.compile("^[一二三四五六七八九十]+、"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
            // 1. but not 1.5 (a number in the text)
            Pattern.compile("^\\d+[.．](?!\\d)"),
            Pattern.compile("^[（(]\\d+[）)]")};

    private HeadingLevels() {
    }

    /** 1 to 4 for a numbered paragraph, else the heading style's level (capped at 4), else 0. */
    static int of(WordParagraph p) {
        int numbered = numbered(p.text());
        if (numbered > 0) {
            return numbered;
        }
        return Math.min(p.headingLevel(), LEVELS.length);
    }

    static int numbered(String text) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].matcher(text).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
