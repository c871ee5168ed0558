package org.zhiban.bench.knowledge;

/**
 * 基准准备: builds the synthetic Lucene index and PostgreSQL table once, outside any measurement, so that the
 * JMH run itself (which must hold the shared build lock) stays short. Takes the same system properties.
 */
public final class PrepareKnowledgeBenchmark {

    private PrepareKnowledgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeSearchBenchmark benchmark = new KnowledgeSearchBenchmark();
        benchmark.corpus = "synthetic";
        long started = System.nanoTime();
        benchmark.build();
        benchmark.close();
        System.out.printf("synthetic corpus ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }
}
