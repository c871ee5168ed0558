package org.zhiban.rules.proofreading;

import java.util.List;

/**
 * How {@link Proofreader#plausible} treats a model's suggestions, simulated on sentence pairs: a true correction
 * (one wrong character of a wrong side put right) should pass; a spoilt replacement (the middle prose character
 * of a correct side swapped for its first confusion candidate, the kind of slip a model makes up) should not.
 *
 * @param trueAccepted   share of true corrections judged plausible
 * @param spoiltAccepted share of spoilt replacements judged plausible
 */
record PlausibilityEvaluation(double trueAccepted, double spoiltAccepted, int trueCount, int spoiltCount) {

    static PlausibilityEvaluation of(Proofreader proofreader, List<SentencePair> pairs) {
        int trueCount = 0;
        int trueAccepted = 0;
        int spoiltCount = 0;
        int spoiltAccepted = 0;
        for (SentencePair p : pairs) {
            if (p.errors() > 0 && p.wrong().length() == p.correct().length()) {
                for (int i = 0; i < p.wrong().length(); i++) {
                    if (p.wrong().charAt(i) != p.correct().charAt(i)) {
                        trueCount++;
                        if (proofreader.plausible(p.wrong(), i, i + 1, String.valueOf(p.correct().charAt(i)))) {
                            trueAccepted++;
                        }
                    }
                }
            }
            String clean = p.correct();
            for (int i = clean.length() / 2; i < clean.length(); i++) {
                ConfusionSet.Candidates c = proofreader.confusion().of(clean.charAt(i));
                if (CharCodes.isHan(clean.charAt(i)) && c.chars().length > 0) {
                    spoiltCount++;
                    if (proofreader.plausible(clean, i, i + 1, String.valueOf(c.chars()[0]))) {
                        spoiltAccepted++;
                    }
                    break;
                }
            }
        }
        return new PlausibilityEvaluation((double) trueAccepted / trueCount, (double) spoiltAccepted / spoiltCount,
                trueCount, spoiltCount);
    }

    @Override
    public String toString() {
        return String.format("true corrections accepted %.1f %% of %d; spoilt replacements accepted %.1f %% of %d",
                100 * trueAccepted, trueCount, 100 * spoiltAccepted, spoiltCount);
    }
}
