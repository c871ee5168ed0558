package org.zhiban.rules.proofreading;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the typos of one line. Every prose character is tried against each of its confusion candidates; the
 * candidate's gain is how much more probable the line becomes (only the {@code ORDER} predictions that see the
 * character change), plus the word bonus for each lexicon word it makes and minus it for each it breaks, minus
 * the margin for its kind. The best positive gain is accepted first and written into
 * the line, and its neighbours are re-scored in the corrected context, so that two slips side by side (二登奖)
 * do not each hide the other.
 */
final class TypoFinder {

    private static final int WINDOW = CharLanguageModel.ORDER - 1;

    private final CharLanguageModel model;
    private final ConfusionSet confusion;
    private final Lexicon lexicon;
    private final Margins margins;

    TypoFinder(CharLanguageModel model, ConfusionSet confusion, Lexicon lexicon, Margins margins) {
        this.model = model;
        this.lexicon = lexicon;
        this.confusion = confusion;
        this.margins = margins;
    }

    ConfusionSet confusion() {
        return confusion;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Typos in {@code text[from, to)}, a line without its line break. */
    void find(String text, int from, int to, boolean[] prose, List<Typo> out) {
        char[] units = CharLanguageModel.units(text.subSequence(from, to));
        int n = to - from;
        double[] gain = new double[n];
        char[] best = new char[n];
        boolean[] accepted = new boolean[n];
        for (int i = 0; i < n; i++) {
            score(units, i, prose[from + i], gain, best);
        }
        List<Typo> found = new ArrayList<>();
        while (true) {
            int top = -1;
            for (int i = 0; i < n; i++) {
                if (!accepted[i] && gain[i] > 0 && (top < 0 || gain[i] > gain[top])) {
                    top = i;
                }
            }
            if (top < 0) {
                break;
            }
            accepted[top] = true;
            units[top + WINDOW] = best[top];
            found.add(new Typo(from + top, from + top + 1, String.valueOf(text.charAt(from + top)),
                    String.valueOf(best[top]), 1 / (1 + Math.exp(-gain[top]))));
            for (int i = Math.max(0, top - WINDOW); i <= Math.min(n - 1, top + WINDOW); i++) {
                if (!accepted[i]) {
                    score(units, i, prose[from + i], gain, best);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.addAll(found);
    }

    private void score(char[] units, int i, boolean prose, double[] gain, char[] best) {
        gain[i] = 0;
        if (!prose) {
            return;
        }
        int at = i + WINDOW;
        char original = units[at];
        ConfusionSet.Candidates candidates = confusion.of(original);
        if (candidates.chars().length == 0) {
            return;
        }
        int end = Math.min(units.length, at + CharLanguageModel.ORDER);
        double base = model.logProb(units, at, end) + margins.wordBonus() * lexicon.wordsThrough(units, at);
        for (int c = 0; c < candidates.chars().length; c++) {
            units[at] = candidates.chars()[c];
            double g = model.logProb(units, at, end) + margins.wordBonus() * lexicon.wordsThrough(units, at)
                    - base - margins.of(candidates.kinds()[c]);
            if (g > gain[i]) {
                gain[i] = g;
                best[i] = candidates.chars()[c];
            }
        }
        units[at] = original;
    }
}
