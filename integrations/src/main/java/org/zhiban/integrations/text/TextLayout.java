package org.zhiban.integrations.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into plain text that keeps the document's shape: every paragraph and heading on a line of its
 * own, a table row on one line with its cells separated by tabs, and one text per {@code <div class="page">} (PDF).
 * Tika's own text handler puts every table cell on a line of its own, which loses which value belongs to which label.
 */
final class TextLayout extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote",
            "pre", "dt", "dd", "table", "tr", "ul", "ol");
    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\u3000]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final List<String> pages = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private int skipping;
    private int cellDepth;
    private boolean cellsInRow;
    private boolean sawPages;
    private int divDepth;
    /** The div depth of the open page div; -1 when no page is open. */
    private int pageDepth = -1;

    /** One text per page; for a document without pages (DOCX) a single text. */
    List<String> pages() {
        List<String> all = new ArrayList<>(pages);
        if (!sawPages || !current.toString().isBlank()) {
            all.add(tidy(current.toString()));
        }
        return all;
    }

    String text() {
        return tidy(String.join("\n\n", pages()));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping++;
        } else if (name.equals("div")) {
            divDepth++;
            if (pageDepth < 0 && "page".equals(attributes.getValue("class"))) {
                sawPages = true;
                pageDepth = divDepth;
                current = new StringBuilder();
            }
        } else if (name.equals("tr")) {
            cellsInRow = false;
        } else if (name.equals("td") || name.equals("th")) {
            if (cellsInRow) {
                // the space that ended the previous cell's last paragraph
                while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                    current.setLength(current.length() - 1);
                }
                current.append('\t');
            }
            cellsInRow = true;
            cellDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping--;
        } else if (name.equals("td") || name.equals("th")) {
            cellDepth--;
        } else if (name.equals("div") && divDepth-- == pageDepth) {
            pages.add(tidy(current.toString()));
            current = new StringBuilder();
            pageDepth = -1;
        } else if (name.equals("br")) {
            current.append(cellDepth > 0 ? ' ' : '\n');
        } else if (BLOCKS.contains(name)) {
            // paragraphs inside a table cell stay in the cell, so the row stays on one line
            if (cellDepth > 0) {
                endWith(' ');
            } else {
                endWith('\n');
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping == 0) {
            current.append(ch, start, length);
        }
    }

    /** Tika's XHTML handler pretty-prints through this (a newline after a block, a tab before a cell): not text. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
    }

    /** Trailing blanks off every line, at most one empty line in a row, no blank start or end. */
    static String tidy(String text) {
        String lines = TRAILING_BLANKS.matcher(text.replace('\u00a0', ' ') + "\n").replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    /** Ends the line (or, in a table cell, the word) unless it has just ended. */
    private void endWith(char c) {
        int length = current.length();
        if (length == 0) {
            return;
        }
        char last = current.charAt(length - 1);
        if (last == '\n' || c == ' ' && (last == ' ' || last == '\t')) {
            return;
        }
        current.append(c);
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
    }
}
