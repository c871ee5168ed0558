package org.zhiban.rules.proofreading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a proofreader on sentence pairs the way docs/proofreading.md reports it.
 *
 * @param cleanSentences    correct sides checked (every pair has one)
 * @param falselyFlagged    of those, how many got any flag
 * @param goldErrors        wrong characters on the wrong sides (equal-length pairs with errors)
 * @param flags             flags raised on those wrong sides
 * @param detected          flags on a wrong character
 * @param corrected         flags on a wrong character that also propose the right one
 */
record Evaluation(int cleanSentences, int falselyFlagged, int goldErrors, int flags, int detected, int corrected) {

    static Evaluation of(Proofreader proofreader, List<SentencePair> pairs) {
        // A sentence recurs in up to six lines (with different errors); its clean side need be checked once.
        Map<String, Boolean> flaggedClean = new HashMap<>();
        int clean = 0;
        int falselyFlagged = 0;
        int gold = 0;
        int flags = 0;
        int detected = 0;
        int corrected = 0;
        for (SentencePair pair : pairs) {
            clean++;
            if (flaggedClean.computeIfAbsent(pair.correct(), s -> !proofreader.check(s).isEmpty())) {
                falselyFlagged++;
            }
            if (pair.errors() == 0 || pair.wrong().length() != pair.correct().length()) {
                continue;
            }
            Set<Integer> wrongAt = new HashSet<>();
            for (int i = 0; i < pair.wrong().length(); i++) {
                if (pair.wrong().charAt(i) != pair.correct().charAt(i)) {
                    wrongAt.add(i);
                }
            }
            gold += wrongAt.size();
            for (Typo typo : proofreader.check(pair.wrong())) {
                flags++;
                if (wrongAt.contains(typo.start())) {
                    detected++;
                    if (typo.suggestion().equals(String.valueOf(pair.correct().charAt(typo.start())))) {
                        corrected++;
                    }
                }
            }
        }
        return new Evaluation(clean, falselyFlagged, gold, flags, detected, corrected);
    }

    /** Sums of the counts, for cross-validation. */
    Evaluation plus(Evaluation o) {
        return new Evaluation(cleanSentences + o.cleanSentences, falselyFlagged + o.falselyFlagged,
                goldErrors + o.goldErrors, flags + o.flags, detected + o.detected, corrected + o.corrected);
    }

    double falseFlagRate() {
        return ratio(falselyFlagged, cleanSentences);
    }

    double detectionPrecision() {
        return ratio(detected, flags);
    }

    double detectionRecall() {
        return ratio(detected, goldErrors);
    }

    double correctionPrecision() {
        return ratio(corrected, flags);
    }

    double correctionRecall() {
        return ratio(corrected, goldErrors);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    @Override
    public String toString() {
        return String.format("false flags %d/%d = %.1f %%; detection P %.1f %% R %.1f %% (%d/%d of %d); "
                        + "correction P %.1f %% R %.1f %%", falselyFlagged, cleanSentences, 100 * falseFlagRate(),
                100 * detectionPrecision(), 100 * detectionRecall(), detected, flags, goldErrors,
                100 * correctionPrecision(), 100 * correctionRecall());
    }
}
