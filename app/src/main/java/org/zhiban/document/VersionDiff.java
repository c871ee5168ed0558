package org.zhiban.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 版本对比: two versions side by side, word by word. Chinese has no spaces, so the text is cut into words by HanLP
 * first; a changed word then shows whole rather than as scattered characters.
 */
public final class VersionDiff {

    /** One run of the compared text: {@code equal} on both sides, or what the left had and the right has. */
    public record Segment(String op, String left, String right) {}

    /** The differences of one field; {@code segments} covers the whole text, so each side can be drawn from it. */
    public record FieldDiff(String field, boolean changed, List<Segment> segments) {}

    private VersionDiff() {
    }

    static List<FieldDiff> between(Map<String, Object> left, Map<String, Object> right) {
        Set<String> fields = new LinkedHashSet<>(left.keySet());
        fields.addAll(right.keySet());
        List<FieldDiff> out = new ArrayList<>();
        for (String field : fields) {
            String a = text(left.get(field));
            String b = text(right.get(field));
            out.add(new FieldDiff(field, !a.equals(b), a.equals(b) ? List.of(new Segment("equal", a, a)) : words(a, b)));
        }
        return out;
    }

    static List<Segment> words(String a, String b) {
        List<String> from = tokens(a);
        List<String> to = tokens(b);
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > i) {
                String same = String.join("", from.subList(i, at));
                segments.add(new Segment("equal", same, same));
            }
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            segments.add(new Segment(removed.isEmpty() ? "insert" : added.isEmpty() ? "delete" : "change",
                    removed, added));
            i = at + delta.getSource().size();
        }
        if (i < from.size()) {
            String same = String.join("", from.subList(i, from.size()));
            segments.add(new Segment("equal", same, same));
        }
        return segments;
    }

    /** Words, with each line break its own token so that a changed paragraph does not swallow its neighbours. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (Term term : HanLP.segment(text)) {
            tokens.add(term.word);
        }
        // The segmenter may normalise or drop characters; a diff must cover the text exactly, so fall back then.
        return String.join("", tokens).equals(text) ? tokens
                : text.codePoints().mapToObj(Character::toString).toList();
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? String.join("、", list.stream().map(Objects::toString).toList())
                : value == null ? "" : value.toString();
    }
}
