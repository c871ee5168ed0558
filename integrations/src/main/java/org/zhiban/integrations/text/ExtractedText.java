package org.zhiban.integrations.text;

import java.util.List;
import java.util.Objects;

/**
 * 提取的文字 of one document.
 *
 * @param text     paragraphs on lines of their own, table cells separated by tabs, pages by a blank line
 * @param pages    pages of a PDF or OFD; 1 for an image or a text file; for a DOCX the count Word saved in the file,
 *                 0 when it saved none (pages of a DOCX exist only once it is laid out)
 * @param method   how the text was obtained
 * @param warnings what a reader should know about the text (OCR, pages without text, a guessed encoding), each
 *                 Chinese / English
 */
public record ExtractedText(String text, int pages, ExtractionMethod method, List<String> warnings) {

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        warnings = List.copyOf(warnings);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
