package org.zhiban.rules.proofreading;

import java.util.List;
import java.util.Set;

/**
 * Chooses the margins of proofreader.properties on the development fold: the proofreader is trained without the
 * development and held-out folds, then every margin combination of the grid is scored on the development fold.
 * Prints the combinations whose false-flag rate stays under the target, best recall last. The held-out fold is
 * never read here.
 */
final class ThresholdTuning {

    private ThresholdTuning() {
    }

    public static void main(String[] args) {
        double target = args.length > 0 ? Double.parseDouble(args[0]) : 0.036;
        int minCount = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        TrainingData data = TrainingData.load();
        Set<Integer> excluded = Set.of(SentencePair.HELD_OUT_FOLD, SentencePair.DEV_FOLD);
        List<String> corpus = data.corpusLines(excluded);
        long t0 = System.nanoTime();
        Proofreader base = Proofreader.train(corpus, corpus.stream().mapToInt(String::length).sum(),
                ProofreadingResourceBuilder.pinyinOfBlock(),
                ProofreadingResources.parseSubstitutions(ProofreadingResourceBuilder.substitutionTable(
                        data.trainingPairs(excluded))),
                new Lexicon(List.of(ProofreadingResourceBuilder.lexiconTable().split("\n"))),
                new Margins(0, 0, 0, 0, 0, minCount));
        System.out.printf("trained in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, base.describe());
        List<SentencePair> dev = data.odwFold(SentencePair.DEV_FOLD);
        double[] grid = {4, 5, 6, 7, 8, 9, 10};
        String best = "none";
        double bestRecall = -1;
        for (double bonus : new double[] {0, 0.5, 1, 2}) {
        for (double seen : grid) {
            for (double same : grid) {
                for (double near : new double[] {same, same + 2, 99}) {
                    Margins m = new Margins(seen, same, near, bonus, 0, minCount);
                    Evaluation e = Evaluation.of(base.withMargins(m), dev);
                    if (args.length > 2) System.out.println("ALL " + m + " -> " + e);
                    if (e.falseFlagRate() < target && e.detectionRecall() > bestRecall) {
                        bestRecall = e.detectionRecall();
                        best = m + " -> " + e;
                        System.out.println(best);
                    }
                }
            }
        }
        }
        System.out.println("best: " + best);
    }
}
