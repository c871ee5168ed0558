package org.zhiban.rules.proofreading;

import java.util.Properties;

/**
 * How much better, in natural-log probability of the sentence, a replacement must read than the original before
 * it is flagged, per kind of confusion; and the margin a model's own suggestion must clear. The values are tuned
 * by cross-validation on the training folds (see {@code ThresholdTuning} and docs/proofreading.md), never on the
 * held-out fold.
 *
 * @param wordBonus         log-probability credit per two-character word (see {@link Lexicon}) a replacement
 *                          makes, debit per word it breaks
 * @param minCandidateCount how often (as a continuation) a character must occur in the corpus to be proposed
 */
record Margins(double seen, double sameSound, double nearSound, double wordBonus, double plausible,
               int minCandidateCount) {

    static Margins from(Properties p) {
        return new Margins(number(p, "margin.seen"), number(p, "margin.same-sound"), number(p, "margin.near-sound"),
                number(p, "word.bonus"), number(p, "margin.plausible"), (int) number(p, "candidate.min-count"));
    }

    double of(ConfusionSet.Kind kind) {
        return switch (kind) {
            case SEEN -> seen;
            case SAME_SOUND -> sameSound;
            case NEAR_SOUND -> nearSound;
        };
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("proofreader.properties lacks " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
