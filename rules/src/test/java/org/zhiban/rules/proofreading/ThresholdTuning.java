package org.zhiban.rules.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the margins of proofreader.properties by four-fold cross-validation on the training part of odw.train
 * (folds 1 to 4): for each fold the proofreader is trained without it and without the held-out fold 0, every
 * margin combination of the grid is scored on it, and the counts are summed over the four folds. One fold alone
 * (about 60 distinct sentences) proved too small: margins tuned on it to 3.3 % false flags gave 6.2 % on the
 * held-out fold. Prints the combination of best recall whose summed false-flag rate stays within the target.
 * The held-out fold is never read here.
 */
final class ThresholdTuning {

    private static final double[] GRID = {5, 6, 7, 8, 9, 10, 11};
    private static final double[] BONUS = {0.5, 1, 2};

    private ThresholdTuning() {
    }

    public static void main(String[] args) {
        // Arguments: the false-flag target, the candidate minimum count, any third to print every combination.
        double target = args.length > 0 ? Double.parseDouble(args[0]) : 0.04;
        int minCount = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean printAll = args.length > 2;
        TrainingData data = TrainingData.load();
        List<Margins> grid = grid(minCount);
        Evaluation[] sums = new Evaluation[grid.size()];
        for (int fold = 1; fold < SentencePair.FOLDS; fold++) {
            Proofreader base = trainWithout(data, Set.of(SentencePair.HELD_OUT_FOLD, fold), minCount);
            List<SentencePair> tuning = data.odwFold(fold);
            for (int i = 0; i < grid.size(); i++) {
                Evaluation e = Evaluation.of(base.withMargins(grid.get(i)), tuning);
                sums[i] = sums[i] == null ? e : sums[i].plus(e);
            }
            System.out.printf("fold %d done: %d lines%n", fold, tuning.size());
        }
        int best = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (printAll) {
                System.out.println("  " + grid.get(i) + " -> " + sums[i]);
            }
            if (sums[i].falseFlagRate() <= target
                    && (best < 0 || sums[i].detectionRecall() > sums[best].detectionRecall())) {
                best = i;
            }
        }
        System.out.println(best < 0 ? "no combination within the target" : "best: " + grid.get(best) + " -> " + sums[best]);
    }

    static Proofreader trainWithout(TrainingData data, Set<Integer> excluded, int minCount) {
        List<String> corpus = data.corpusLines(excluded);
        return Proofreader.train(corpus, corpus.stream().mapToInt(String::length).sum(),
                ProofreadingResourceBuilder.pinyinOfBlock(),
                ProofreadingResources.parseSubstitutions(ProofreadingResourceBuilder.substitutionTable(
                        data.trainingPairs(excluded))),
                new Lexicon(List.of(ProofreadingResourceBuilder.lexiconTable().split("\n"))),
                new Margins(0, 0, 0, 0, 0, minCount));
    }

    private static List<Margins> grid(int minCount) {
        List<Margins> grid = new ArrayList<>();
        for (double bonus : BONUS) {
            for (double seen : GRID) {
                for (double same : GRID) {
                    for (double near : new double[] {same, same + 2, 99}) {
                        grid.add(new Margins(seen, same, near, bonus, 0, minCount));
                    }
                }
            }
        }
        return grid;
    }
}
