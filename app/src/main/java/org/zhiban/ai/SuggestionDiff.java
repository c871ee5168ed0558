package org.zhiban.ai;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 修改对比: what an officer changed in an AI suggestion, character by character (Chinese has no spaces to split
 * words at), as {@code -删去的} / {@code +加入的} lines.
 */
final class SuggestionDiff {

    private SuggestionDiff() {
    }

    static String between(String suggestion, String kept) {
        List<String> from = suggestion.codePoints().mapToObj(Character::toString).toList();
        List<String> to = kept.codePoints().mapToObj(Character::toString).toList();
        StringBuilder out = new StringBuilder();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (!removed.isEmpty()) {
                out.append('-').append(removed.replace("\n", "⏎")).append('\n');
            }
            if (!added.isEmpty()) {
                out.append('+').append(added.replace("\n", "⏎")).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** How much of the suggestion survives in what was kept, 0 to 1: below half, the officer wrote their own. */
    static double kept(String suggestion, String kept) {
        List<String> from = suggestion.codePoints().mapToObj(Character::toString).toList();
        if (from.isEmpty()) {
            return 0;
        }
        List<String> to = kept.codePoints().mapToObj(Character::toString).toList();
        int removed = DiffUtils.diff(from, to).getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        return (from.size() - removed) / (double) from.size();
    }

    /** The diff for a ledger opinion: its first lines, marked when cut. */
    static String summary(String diff, int max) {
        if (diff.length() <= max) {
            return diff;
        }
        return diff.lines().collect(Collectors.joining("\n")).substring(0, max - 1) + "…";
    }
}
