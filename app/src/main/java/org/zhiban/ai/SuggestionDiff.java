package org.zhiban.ai;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

/**
 * 修改对比: what an officer changed in an AI suggestion, character by character (Chinese has no spaces to split
 * words at), as {@code -删去的} / {@code +加入的} lines, and how much of the suggestion survived.
 *
 * @param keptShare the share of the suggestion's characters still in what was kept, 0 to 1: below half, the
 *                  officer wrote their own
 */
record SuggestionDiff(String text, double keptShare) {

    static SuggestionDiff between(String suggestion, String kept) {
        List<String> from = suggestion.codePoints().mapToObj(Character::toString).toList();
        List<String> to = kept.codePoints().mapToObj(Character::toString).toList();
        StringBuilder out = new StringBuilder();
        int removedChars = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            removedChars += delta.getSource().size();
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (!removed.isEmpty()) {
                out.append('-').append(removed.replace("\n", "⏎")).append('\n');
            }
            if (!added.isEmpty()) {
                out.append('+').append(added.replace("\n", "⏎")).append('\n');
            }
        }
        double share = from.isEmpty() ? 0 : (from.size() - removedChars) / (double) from.size();
        return new SuggestionDiff(out.toString().strip(), share);
    }

    /** The diff for a ledger opinion, cut at {@code max} characters and marked so. */
    String summary(int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
