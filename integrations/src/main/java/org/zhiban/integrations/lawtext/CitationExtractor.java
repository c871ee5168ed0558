package org.zhiban.integrations.lawtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法条引用识别: finds every cited article in a text: 《消费者权益保护法》第五十五条第一款, 本法第四十九条、第五十一条,
 * 该法第二十八条第（八）项, 第十条至第十五条, 第55条, 第二百八十七条之一, with or without 中华人民共和国 and 《》.
 * A 第X条 at the start of a line followed by a space is an article's own label, not a citation.
 * Thread-safe; build one per resolver and reuse it.
 */
public final class CitationExtractor {

    private static final String NUM = "[" + ChineseNumerals.NUMERAL_CHARS + "]+";
    private static final String SUFFIX = "(?:之([一二三四五六七八九十]+))?";
    private static final Pattern ARTICLE = Pattern.compile("第\\s*(" + NUM + ")\\s*条" + SUFFIX);
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*第\\s*(" + NUM + ")\\s*款");
    private static final Pattern ITEM = Pattern.compile("\\s*第\\s*[（(]?\\s*(" + NUM + ")\\s*[）)]?\\s*项");
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(?:至|到|－|-|～|~)\\s*(?:第\\s*)?(" + NUM + ")\\s*条" + SUFFIX);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:、|，|,|以及|及|和|或者|或|与)\\s*");

    private final StatuteNameResolver resolver;

    public CitationExtractor(StatuteNameResolver resolver) {
        this.resolver = resolver;
    }

    /** Citations in a text that belongs to no statute; 本法 and unnamed 第X条 stay unresolved. */
    public List<Citation> extract(String text) {
        return extract(text, null);
    }

    /**
     * Citations in a text.
     *
     * @param contextStatuteKey the statute the text belongs to, which 本法 and a bare 第X条 refer to; may be null
     */
    public List<Citation> extract(String text, String contextStatuteKey) {
        StatuteMentions mentions = new StatuteMentions(text, resolver);
        List<Citation> out = new ArrayList<>();
        Matcher article = ARTICLE.matcher(text);
        int from = 0;
        while (from < text.length() && article.find(from)) {
            if (isArticleLabel(text, article.start(), article.end())) {
                from = article.end();
                continue;
            }
            StatuteMentions.Mention mention = mentions.before(article.start(), contextStatuteKey);
            from = readChain(text, article, mention, out);
        }
        return List.copyOf(out);
    }

    /** Reads one article and any list or range that continues it; returns where reading stopped. */
    private int readChain(String text, Matcher first, StatuteMentions.Mention mention, List<Citation> out) {
        Element element = readArticle(text, first, mention.start());
        out.add(element.toCitation(text, mention));
        int cursor = element.end;
        while (true) {
            Matcher separator = at(LIST_SEPARATOR, text, cursor);
            if (separator == null) {
                return cursor;
            }
            int next = separator.end();
            Matcher article = at(ARTICLE, text, next);
            Element following;
            if (article != null) {
                following = readArticle(text, article, next);
            } else if (at(PARAGRAPH, text, next) != null) {
                following = readParagraphOf(element, text, next);
            } else if (element.paragraph != null && at(ITEM, text, next) != null) {
                following = readItemOf(element, text, next);
            } else {
                return cursor;
            }
            out.add(following.toCitation(text, mention)); // later elements share the statute but span only themselves
            element = following;
            cursor = following.end;
        }
    }

    private Element readArticle(String text, Matcher article, int start) {
        Element e = new Element(start, article.end(), number(article.group(1), article.group(2)));
        Matcher range = at(RANGE, text, e.end);
        if (range != null) {
            e.through = number(range.group(1), range.group(2));
            e.end = range.end();
            return e; // a range cites whole articles
        }
        readParagraphAndItem(e, text);
        return e;
    }

    private Element readParagraphOf(Element previous, String text, int start) {
        Element e = new Element(start, start, previous.article);
        readParagraphAndItem(e, text);
        return e;
    }

    private Element readItemOf(Element previous, String text, int start) {
        Element e = new Element(start, start, previous.article);
        e.paragraph = previous.paragraph;
        Matcher item = at(ITEM, text, start);
        e.item = ChineseNumerals.parse(item.group(1));
        e.end = item.end();
        return e;
    }

    private static void readParagraphAndItem(Element e, String text) {
        Matcher paragraph = at(PARAGRAPH, text, e.end);
        if (paragraph != null) {
            e.paragraph = ChineseNumerals.parse(paragraph.group(1));
            e.end = paragraph.end();
        }
        Matcher item = at(ITEM, text, e.end);
        if (item != null) {
            e.item = ChineseNumerals.parse(item.group(1));
            e.end = item.end();
        }
    }

    private static ArticleNumber number(String numeral, String suffix) {
        return new ArticleNumber(ChineseNumerals.parse(numeral), suffix == null ? 0 : ChineseNumerals.parse(suffix));
    }

    private static Matcher at(Pattern pattern, String text, int offset) {
        Matcher m = pattern.matcher(text).region(offset, text.length());
        return m.lookingAt() ? m : null;
    }

    private static boolean isArticleLabel(String text, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\u3000')) {
            lineStart--;
        }
        boolean atLineStart = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
        boolean spaceAfter = end < text.length()
                && (Character.isWhitespace(text.charAt(end)) || Character.isSpaceChar(text.charAt(end)));
        return atLineStart && spaceAfter;
    }

    /** One cited element while it is being read. */
    private static final class Element {
        final int start;
        int end;
        final ArticleNumber article;
        ArticleNumber through;
        Integer paragraph;
        Integer item;

        Element(int start, int end, ArticleNumber article) {
            this.start = start;
            this.end = end;
            this.article = article;
        }

        Citation toCitation(String text, StatuteMentions.Mention mention) {
            return new Citation(start, end, text.substring(start, end), mention.asWritten(), mention.name(),
                    mention.key(), mention.reference(), article, through, paragraph, item);
        }
    }
}
