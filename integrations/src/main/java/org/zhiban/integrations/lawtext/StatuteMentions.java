package org.zhiban.integrations.lawtext;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法规指称: works out which statute a citation names by looking just before its 第X条: a 《》 title,
 * a bare name, 本法 (the context statute) or 该法 (the statute named last). Also honours the
 * 以下简称 definitions of the text, so that 《办法》第十五条 resolves after 《…暂行办法》（以下简称《办法》）.
 */
final class StatuteMentions {

    private static final Pattern SELF = Pattern.compile("本(?:法|条例|办法|规定|解释|决定|规则|细则|准则)$");
    private static final Pattern ANAPHOR = Pattern.compile("(?:该|同|上述)(?:法|条例|办法|规定|解释|决定|规则|细则)$");
    private static final Pattern ALIAS_DEFINITION = Pattern.compile(
            "《([^《》]+)》\\s*[（(]\\s*(?:以下|下文)?简称\\s*[“\"《]?([^）)”\"》]+)[》”\"]?\\s*[）)]");
    private static final Pattern TITLE = Pattern.compile("《((?:[^《》]|〈[^〉]*〉)+)》");
    private static final int LONGEST_SKIPPED_PARENTHESIS = 30;
    private static final int LONGEST_BARE_NAME = 20;
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:.*(?:依照|依据|根据|按照|违反|适用|参照|对照|以及|或者|和|及|与|即))");
    private static final Pattern BARE_NAME = Pattern.compile(
            "^(?!本|该|同|上述|前)\\p{IsHan}{2,18}(?:法|条例|规定|办法|细则)$");

    /**
     * The statute a citation names.
     *
     * @param start     where the mention starts in the text, or the article's start when unnamed
     * @param asWritten the mention as written; null when unnamed
     * @param name      the normalised name; null when unknown
     * @param key       the statute key; null when not resolved
     */
    record Mention(int start, String asWritten, String name, String key, StatuteReference reference) {
    }

    private final String text;
    private final StatuteNameResolver resolver;
    private final Map<String, String> aliases;

    StatuteMentions(String text, StatuteNameResolver resolver) {
        this.text = text;
        this.resolver = resolver;
        this.aliases = aliasDefinitions(text);
    }

    Mention before(int articleStart, String contextKey) {
        int end = skipBackOverParentheses(skipBackOverSpace(articleStart));
        String head = text.substring(0, end);
        if (end > 0 && text.charAt(end - 1) == '》') {
            int open = openingMark(end - 1);
            if (open >= 0) {
                return named(open, text.substring(open, end));
            }
        }
        Matcher self = SELF.matcher(head);
        if (self.find()) {
            return new Mention(self.start(), self.group(), contextKey, contextKey, StatuteReference.SELF);
        }
        Matcher anaphor = ANAPHOR.matcher(head);
        if (anaphor.find()) {
            Mention last = lastTitleBefore(anaphor.start());
            return new Mention(anaphor.start(), anaphor.group(), last == null ? null : last.name(),
                    last == null ? null : last.key(), StatuteReference.ANAPHORIC);
        }
        return resolver.nameEndingAt(text, end)
                .or(() -> unknownNameEndingAt(end))
                .map(name -> named(end - name.length(), name))
                .orElseGet(() -> new Mention(articleStart, null, contextKey, contextKey, StatuteReference.UNNAMED));
    }

    /**
     * A statute name written without 《》 that the resolver does not know ("药品管理法第一百四十四条"): without
     * this, the article would be taken for one of the context statute.
     */
    private Optional<String> unknownNameEndingAt(int end) {
        int from = end;
        while (from > 0 && end - from < LONGEST_BARE_NAME && Character.UnicodeScript.of(text.charAt(from - 1))
                == Character.UnicodeScript.HAN) {
            from--;
        }
        Matcher lead = LEADING_VERB.matcher(text.substring(from, end));
        String candidate = lead.lookingAt() ? text.substring(from + lead.end(), end) : text.substring(from, end);
        return BARE_NAME.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private Mention named(int start, String asWritten) {
        String fullName = aliases.getOrDefault(StatuteNameResolver.normalise(asWritten), asWritten);
        String key = resolver.resolve(fullName).orElse(null);
        // a known statute is named by its key, so 消法 and 消保法 read the same; an unknown one by its normalised name
        String name = key != null ? key : StatuteNameResolver.normalise(fullName);
        return new Mention(start, asWritten, name, key, StatuteReference.NAMED);
    }

    private Mention lastTitleBefore(int offset) {
        Mention last = null;
        Matcher title = TITLE.matcher(text).region(0, offset);
        while (title.find()) {
            last = named(title.start(), title.group());
        }
        return last;
    }

    /** The 《 that opens the title ending at {@code close}, allowing 〈〉 inside; -1 if there is none on the line. */
    private int openingMark(int close) {
        for (int i = close - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '《') {
                return i;
            }
            if (c == '》' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private int skipBackOverSpace(int offset) {
        int i = offset;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || Character.isSpaceChar(text.charAt(i - 1)))) {
            i--;
        }
        return i;
    }

    /** Steps back over "（以下简称《食品安全法》）" or "（2023年修订）" between a title and its 第X条. */
    private int skipBackOverParentheses(int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == '）' || text.charAt(i - 1) == ')')) {
            int open = Math.max(text.lastIndexOf('（', i - 1), text.lastIndexOf('(', i - 1));
            if (open < 0 || i - open > LONGEST_SKIPPED_PARENTHESIS || open == 0 || text.charAt(open - 1) != '》') {
                return i;
            }
            i = skipBackOverSpace(open);
        }
        return i;
    }

    /** Maps each normalised short name defined by 以下简称 to the full title it stands for. */
    static Map<String, String> aliasDefinitions(String text) {
        Map<String, String> aliases = new HashMap<>();
        Matcher m = ALIAS_DEFINITION.matcher(text);
        while (m.find()) {
            aliases.put(StatuteNameResolver.normalise(m.group(2)), m.group(1));
        }
        return aliases;
    }
}
