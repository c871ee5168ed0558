package org.zhiban.document.writing;

/**
 * One non-empty paragraph as Word holds it: the text and the little of its layout the reading needs.
 *
 * @param fontSize     the largest point size set on its runs, 0 when none is set
 * @param headingLevel the level of its Word heading style (标题 1 / heading 1 → 1), 0 for none
 * @param titleStyle   whether its style is Word's 标题 (Title)
 */
record WordParagraph(String text, boolean centred, double fontSize, int headingLevel,
                     boolean titleStyle) {

    static WordParagraph text(String text) {
        return new WordParagraph(text, false, 0, 0, false);
    }
}
