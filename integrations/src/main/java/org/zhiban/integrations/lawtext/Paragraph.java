package org.zhiban.integrations.lawtext;

import java.util.List;

/**
 * 款: one paragraph of an article. Items （一）（二）… that follow a paragraph belong to it.
 *
 * @param text  the paragraph as written (for the first paragraph, without the 第X条 label)
 * @param items the items listed under this paragraph, in order; often empty
 */
public record Paragraph(String text, List<Item> items) {

    public Paragraph {
        items = List.copyOf(items);
    }

    /** The paragraph with its items, one per line. */
    public String fullText() {
        if (items.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (Item item : items) {
            out.append('\n').append(item.text());
        }
        return out.toString();
    }
}
