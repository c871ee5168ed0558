package org.zhiban.bench.knowledge;

import java.util.Random;

/**
 * The brute-force similarity of hybrid retrieval on its own: one query's dot products over {@code n} normalised
 * vectors of {@code d} dimensions, as {@code ArticleVectors.nearest} does them. Not JMH: a plain loop, 50 queries per
 * round, 8 rounds, the last ones are the warm figure.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.zhiban.bench.knowledge.VectorScan 5153 1024</pre>
 */
public final class VectorScan {

    private VectorScan() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        Random random = new Random(1);
        float[][] vectors = new float[n][d];
        for (float[] v : vectors) {
            for (int i = 0; i < d; i++) {
                v[i] = random.nextFloat();
            }
        }
        float[] q = vectors[7];
        double sink = 0;
        for (int round = 0; round < 8; round++) {
            long started = System.nanoTime();
            for (int k = 0; k < 50; k++) {
                for (float[] v : vectors) {
                    float s = 0;
                    for (int i = 0; i < d; i++) {
                        s += q[i] * v[i];
                    }
                    sink += s;
                }
            }
            System.out.printf("n=%d d=%d %.3f ms per query%n", n, d, (System.nanoTime() - started) / 50 / 1e6);
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
