package org.zhiban.document.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiban.rules.document.TextMatch;
import org.zhiban.rules.document.Wording;

/**
 * 润色 without a model: corrects what the compliance check reports as a common wrong word (the rules' pair list
 * with its exemptions, and 截止 before a time) and nothing else, saying each change. Using the check's own
 * reading means the tidy fixes exactly what the check would flag, and never a correct word that only contains a
 * wrong form (确定单位 stays).
 */
@Component
class WordingTidy {

    /** The check reports a bounded number of places per pass; a long text takes a few passes. */
    private static final int MAX_PASSES = 20;

    /** The corrected text and what was changed: 帐本→账本, or 帐本→账本（2处）. */
    record Tidied(String text, List<String> corrections) {
    }

    Tidied tidy(String text) {
        String out = text;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<TextMatch> hits = corrections(out);
            if (hits.isEmpty()) {
                break;
            }
            StringBuilder b = new StringBuilder(out);
            int nextStart = Integer.MAX_VALUE;
            // from the end, so earlier offsets stay valid; an overlap waits for the next pass
            for (int i = hits.size() - 1; i >= 0; i--) {
                TextMatch hit = hits.get(i);
                if (hit.end() <= nextStart) {
                    b.replace(hit.start(), hit.end(), hit.suggestion());
                    counts.merge(hit.text() + "→" + hit.suggestion(), 1, Integer::sum);
                    nextStart = hit.start();
                }
            }
            out = b.toString();
        }
        List<String> said = new ArrayList<>();
        counts.forEach((change, n) -> said.add(change + (n > 1 ? "（" + n + "处）" : "")));
        return new Tidied(out, List.copyOf(said));
    }

    private static List<TextMatch> corrections(String text) {
        List<TextMatch> hits = new ArrayList<>(Wording.wrongWords(text));
        hits.addAll(Wording.jiezhiBeforeTime(text));
        hits.removeIf(h -> h.suggestion() == null || h.suggestion().equals(h.text()));
        hits.sort(Comparator.comparingInt(TextMatch::start));
        return hits;
    }
}
