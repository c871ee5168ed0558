package org.zhiban.integrations.lawtext;

import java.util.List;

/**
 * 法规文本: a statute file as parsed, before catalogue metadata (key, level, version dates) is attached.
 *
 * @param header   title and history block
 * @param articles articles in file order
 */
public record StatuteText(StatuteHeader header, List<Article> articles) {

    public StatuteText {
        articles = List.copyOf(articles);
    }
}
