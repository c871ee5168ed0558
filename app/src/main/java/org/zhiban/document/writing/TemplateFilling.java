package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template: each {@code {name}} is replaced by its value, once, in one pass — a value is never read again
 * for placeholders, so an officer's text containing braces stays text. Missing facts become 〔待补充〕.
 */
final class TemplateFilling {

    /** The mark of a fact the drafter still has to supply; the model is told to use the same. */
    static final String MISSING = "〔待补充〕";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A numbering the officer typed already (一、 （一） 1. 1、 （1） ①), replaced by the template's own. */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+(?:[.．](?!\\d)|、)|[①-⑳])\\s*");

    private TemplateFilling() {
    }

    static String fill(DocumentTemplate template, DraftInputs in, Direction direction) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.RECIPIENTS, orMissing(in.mainRecipients()));
        values.put(Placeholder.SUBJECT, orMissing(TitleParts.subject(in.title(), in.docType())));
        values.put(Placeholder.TITLE, in.title());
        values.put(Placeholder.CITED, orMissing(TitleParts.cited(in.title())));
        values.put(Placeholder.REASON, orMissing(clause(in.reason())));
        values.put(Placeholder.POINTS, numbered(in.keyPoints(), false));
        values.put(Placeholder.SUBPOINTS, numbered(in.keyPoints(), true));
        values.put(Placeholder.ADDRESSEE, TitleParts.addressee(in.mainRecipients(), direction));
        values.put(Placeholder.INCOMING_TITLE, orMissing(in.incomingTitle() == null ? null
                : DraftInputs.trimmed(in.incomingTitle().replaceAll("^《|》$", ""))));
        values.put(Placeholder.INCOMING_NUMBER, orMissing(in.incomingNumber()));
        return substitute(template.body(), values);
    }

    /** The template with each gap named: 〔主送机关〕：… 一、〔事项〕. */
    static String preview(DocumentTemplate template) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        for (Placeholder p : Placeholder.values()) {
            values.put(p, "〔" + p.label() + "〕");
        }
        values.put(Placeholder.POINTS, "一、〔事项〕\n二、〔事项〕");
        values.put(Placeholder.SUBPOINTS, "（一）〔事项〕\n（二）〔事项〕");
        values.put(Placeholder.ADDRESSEE, "你（贵）单位");
        return substitute(template.body(), values);
    }

    /** 附件说明 as GB/T 9704 7.3.4 writes it: 附件：name, or 附件：1.name with one numbered name per line. */
    static String attachmentNote(List<DraftInputs.Attachment> attachments) {
        if (attachments.isEmpty()) {
            return null;
        }
        if (attachments.size() == 1) {
            return "附件：" + name(attachments.get(0));
        }
        StringBuilder note = new StringBuilder("附件：");
        for (int i = 0; i < attachments.size(); i++) {
            note.append(i == 0 ? "" : "\n").append(i + 1).append('.').append(name(attachments.get(i)));
        }
        return note.toString();
    }

    static Set<Placeholder> placeholdersOf(String body) {
        Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            String key = m.group(1);
            found.add(Placeholder.of(key).orElseThrow(() -> new IllegalStateException("unknown placeholder {" + key + "}")));
        }
        return found;
    }

    private static String substitute(String body, Map<Placeholder, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Placeholder p = Placeholder.of(m.group(1)).orElseThrow();
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(p)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 事项 numbered 一、二、 (or （一）（二） inside a section); the first line of each point carries its number. */
    static String numbered(List<String> points, boolean nested) {
        if (points.isEmpty()) {
            return (nested ? "（一）" : "一、") + MISSING;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            String number = nested ? "（" + ChineseNumbers.of(i + 1) + "）" : ChineseNumbers.of(i + 1) + "、";
            List<String> lines = points.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            out.append(i == 0 ? "" : "\n").append(number).append(sentence(TYPED_NUMBER.matcher(lines.get(0)).replaceFirst("")));
            for (String more : lines.subList(1, lines.size())) {
                out.append('\n').append(more);
            }
        }
        return out.toString();
    }

    /** A point as a sentence: ends with 。 (a trailing ； or ， from a list the officer pasted becomes 。). */
    private static String sentence(String point) {
        String p = point.strip();
        if (p.isEmpty()) {
            return MISSING;
        }
        char last = p.charAt(p.length() - 1);
        if ("。！？".indexOf(last) >= 0) {
            return p;
        }
        if ("：:".indexOf(last) >= 0) {
            // 检查范围： with the range on the next lines: the colon leads on, it does not end
            return p;
        }
        if ("；;，,、.".indexOf(last) >= 0) {
            return p.substring(0, p.length() - 1) + "。";
        }
        return p + "。";
    }

    /** The 缘由 as a clause the template continues: one line, without its closing punctuation. */
    private static String clause(String reason) {
        if (reason == null) {
            return null;
        }
        return DraftInputs.trimmed(reason.replaceAll("\\s*\\n\\s*", "").replaceAll("[。，；,;.\\s]+$", ""));
    }

    private static String name(DraftInputs.Attachment a) {
        // 附件名称后不加标点符号 (GB/T 9704 7.3.4), and 《》 are not used around them
        return a.name().strip().replaceAll("[。，、；：！？.,;:!?]+$", "").replaceAll("^《|》$", "");
    }

    private static String orMissing(String value) {
        return value == null ? MISSING : value;
    }
}
