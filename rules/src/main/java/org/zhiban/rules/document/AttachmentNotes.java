package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 附件说明 helpers (GB/T 9704-2012 7.3.4): "附件：" then the names, one a line, numbered 1. 2. when there are
 * several, no punctuation after a name. A line without a number after numbered ones is a wrapped name.
 */
public final class AttachmentNotes {

    private static final Pattern LABEL = Pattern.compile("^\\s*+附件：");
    private static final Pattern WRONG_LABEL = Pattern.compile("^\\s*+(附件\\s*+[:：]?|附\\s*+[:：]|附件\\s++)");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*+(?:附件\\s*+[：:])?\\s*+)(\\d++)[.．]");
    private static final Pattern WRONG_ORDINAL = Pattern.compile(
            "^\\s*+(?:附件[：:])?\\s*+((\\d++)[、，,]|[（(](\\d+)[）)]|([一二三四五六七八九十]+)[、.．])");
    private static final Pattern NAME_NOISE = Pattern.compile("[\\s《》“”\"]");
    private static final Pattern NAME_PREFIX = Pattern.compile("^(附件\\s*+\\d*+\\s*+[：:]?)?\\s*+(\\d+[.．、]|[（(]\\d+[）)])?");

    private AttachmentNotes() {
    }

    /** One attachment named in the note: its number (or -1), the name, and where the name sits in the note. */
    public record Entry(int number, TextMatch numberSpan, TextMatch name) {
    }

    public static boolean labelled(String note) {
        return LABEL.matcher(note).find();
    }

    /** The label as written when it is not "附件：", with "附件：" as the suggestion. */
    public static List<TextMatch> wrongLabel(String note) {
        if (labelled(note)) {
            return List.of();
        }
        Matcher matcher = WRONG_LABEL.matcher(note);
        if (matcher.find()) {
            return List.of(TextMatch.of(note, matcher.start(1), matcher.end(1), "附件："));
        }
        int at = note.length() - note.stripLeading().length();
        return List.of(new TextMatch(at, at, "", "附件："));
    }

    /** Ordinals other than "1.": 1、 （1） 一、 — with the right form as suggestion. */
    public static List<TextMatch> wrongOrdinals(String note) {
        List<TextMatch> found = new ArrayList<>();
        for (TextMatch line : Texts.find(LINE, note)) {
            Matcher matcher = WRONG_ORDINAL.matcher(line.text());
            if (matcher.find()) {
                String number = matcher.group(2) != null ? matcher.group(2)
                        : matcher.group(3) != null ? matcher.group(3)
                        : String.valueOf(ChineseNumerals.parse(matcher.group(4)));
                found.add(TextMatch.of(note, line.start() + matcher.start(1), line.start() + matcher.end(1),
                        number + "."));
            }
        }
        return Texts.capped(found);
    }

    /** Punctuation after a name (the end of an entry; a wrapped name may break after a 、 inside it). */
    public static List<TextMatch> namePunctuation(String note) {
        List<TextMatch> found = new ArrayList<>();
        for (Entry entry : entries(note)) {
            TextMatch name = entry.name();
            for (TextMatch mark : Texts.trailing(name.text(), "。，、；：！？.,;:!?", "")) {
                found.add(TextMatch.of(note, name.start() + mark.start(), name.start() + mark.end(), ""));
            }
        }
        return Texts.capped(found);
    }

    /** The attachments the note names, wrapped lines joined to the name they continue. */
    public static List<Entry> entries(String note) {
        List<Entry> entries = new ArrayList<>();
        if (Texts.absent(note)) {
            return entries;
        }
        boolean numbered = NUMBERED.matcher(note).find() || note.lines().anyMatch(l -> NUMBERED.matcher(l).find());
        for (TextMatch line : Texts.find(LINE, note)) {
            Matcher matcher = NUMBERED.matcher(line.text());
            String text = line.text();
            if (matcher.find()) {
                int nameStart = line.start() + matcher.end();
                entries.add(new Entry(Integer.parseInt(matcher.group(2)),
                        TextMatch.of(note, line.start() + matcher.start(2), line.start() + matcher.end(), null),
                        trimmed(note, nameStart, line.end())));
            } else if (numbered && !entries.isEmpty()) {
                Entry last = entries.remove(entries.size() - 1);
                entries.add(new Entry(last.number(), last.numberSpan(),
                        TextMatch.of(note, last.name().start(), line.end(), null)));
            } else if (!text.isBlank()) {
                Matcher label = LABEL.matcher(text);
                int nameStart = line.start() + (label.find() ? label.end() : 0);
                TextMatch name = trimmed(note, nameStart, line.end());
                if (!name.text().isEmpty()) {   // "附件：" alone on its line, the names below it
                    entries.add(new Entry(-1, null, name));
                }
            }
        }
        return entries;
    }

    /** The numbers when there is a single attachment: it takes none. */
    public static List<TextMatch> singleNumbered(String note) {
        List<Entry> entries = entries(note);
        boolean oneLine = note.strip().lines().count() == 1;
        return oneLine && entries.size() == 1 && entries.get(0).number() > 0
                ? List.of(new TextMatch(entries.get(0).numberSpan().start(), entries.get(0).numberSpan().end(),
                        entries.get(0).numberSpan().text(), ""))
                : List.of();
    }

    /** Numbers that break the run 1, 2, 3 …, the expected number as suggestion. */
    public static List<TextMatch> outOfSequence(String note) {
        List<TextMatch> found = new ArrayList<>();
        List<Entry> entries = entries(note);
        if (entries.size() < 2) {
            return found;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.number() > 0 && entry.number() != i + 1) {
                found.add(new TextMatch(entry.numberSpan().start(), entry.numberSpan().end(),
                        entry.numberSpan().text(), (i + 1) + "."));
            }
        }
        return Texts.capped(found);
    }

    public static boolean numbered(String note) {
        return entries(note).stream().anyMatch(entry -> entry.number() > 0);
    }

    /** Names in the note that match no attachment. */
    public static List<TextMatch> notAttached(String note, List<String> attachments) {
        Set<String> attached = new HashSet<>();
        attachments.forEach(title -> attached.add(key(title)));
        return Texts.capped(entries(note).stream().map(Entry::name)
                .filter(name -> !attached.contains(key(name.text()))).toList());
    }

    /** Attachments the note does not name, in order. */
    public static List<String> notListed(String note, List<String> attachments) {
        Set<String> listed = new HashSet<>();
        entries(note).forEach(entry -> listed.add(key(entry.name().text())));
        return attachments.stream().filter(title -> !listed.contains(key(title))).toList();
    }

    /**
     * When note and attachments name the same set in another order: the first name out of place, with the
     * attachment that belongs there as suggestion.
     */
    public static List<TextMatch> outOfOrder(String note, List<String> attachments) {
        List<Entry> entries = entries(note);
        if (entries.size() != attachments.size() || !notAttached(note, attachments).isEmpty()
                || !notListed(note, attachments).isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!key(entries.get(i).name().text()).equals(key(attachments.get(i)))) {
                TextMatch name = entries.get(i).name();
                return List.of(new TextMatch(name.start(), name.end(), name.text(), attachments.get(i).strip()));
            }
        }
        return List.of();
    }

    /** A 附件说明 for the given attachments, to suggest when there is none. */
    public static String noteFor(List<String> attachments) {
        if (attachments.size() == 1) {
            return "附件：" + attachments.get(0).strip();
        }
        StringBuilder note = new StringBuilder("附件：");
        for (int i = 0; i < attachments.size(); i++) {
            note.append(i == 0 ? "" : "\n").append(i + 1).append('.').append(attachments.get(i).strip());
        }
        return note.toString();
    }

    /** A line of the 正文 that starts an attachment note, for when the officer typed it there. */
    public static List<TextMatch> noteInBody(String body) {
        return Texts.first(BODY_NOTE, body);
    }

    private static final Pattern BODY_NOTE = Pattern.compile("(?m)^[ \\t\\u3000]*(附件[：:][^\\n]*)$");

    /** Comparison key: no spaces, marks or numbering, so "附件1：《方案》" matches "方案". */
    static String key(String name) {
        String withoutPrefix = NAME_PREFIX.matcher(name.strip()).replaceFirst("");
        String bare = NAME_NOISE.matcher(withoutPrefix).replaceAll("");
        List<TextMatch> end = Texts.trailing(bare, "。，、；：！？.,;:!?", null);
        return end.isEmpty() ? bare : bare.substring(0, end.get(0).start());
    }

    private static TextMatch trimmed(String note, int start, int end) {
        String text = note.substring(start, end);
        int lead = text.length() - text.stripLeading().length();
        int trail = text.length() - text.stripTrailing().length();
        return TextMatch.of(note, start + lead, Math.max(start + lead, end - trail), null);
    }
}
