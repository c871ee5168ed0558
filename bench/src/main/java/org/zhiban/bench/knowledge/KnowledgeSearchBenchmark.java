package org.zhiban.bench.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zhiban.integrations.lawtext.CitationExtractor;
import org.zhiban.integrations.lawtext.LawLibrary;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.StatuteNameResolver;
import org.zhiban.integrations.search.LawHit;
import org.zhiban.integrations.search.LawQuery;
import org.zhiban.integrations.search.LawSearchIndex;
import org.zhiban.integrations.search.QueryExpander;

/**
 * 法规检索基准: per-query latency (SampleTime: p50/p95/p99) of the Lucene index and of the PostgreSQL full-text
 * baseline, over the shipped corpus and over a synthetic corpus (default 10^6 articles, {@code -Dkb.synthetic=N}).
 * Both engines get the same records and cycle through the same queries. The synthetic Lucene index is kept under
 * {@code kb.indexDir} and the PostgreSQL tables in schema {@value PostgresFullTextBaseline#SCHEMA}, so only the
 * first run pays for building them. PostgreSQL: {@code -Dkb.pg.url} (default jdbc:postgresql://127.0.0.1:5432/zhiban),
 * {@code kb.pg.user}/{@code kb.pg.password} (zhiban/zhiban).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class KnowledgeSearchBenchmark {

    private static final long SEED = 20250419L;

    @Param({"shipped", "synthetic"})
    public String corpus;

    private LawSearchIndex lucene;
    private PostgresFullTextBaseline postgres;
    private int next;

    @Setup(Level.Trial)
    public void build() throws SQLException, IOException {
        LawLibrary library = LawLibrary.shipped();
        SyntheticLawCorpus records = new SyntheticLawCorpus(library);
        CitationExtractor citations = new CitationExtractor(
                StatuteNameResolver.of(library.statutes().stream().map(LoadedStatute::version).toList()));
        int size = corpus.equals("shipped") ? records.shipped().size() : Integer.getInteger("kb.synthetic", 1_000_000);
        if (corpus.equals("shipped")) {
            lucene = LawSearchIndex.buildInMemory(records.shipped().stream(), QueryExpander.shipped(), citations);
        } else {
            Path folder = Path.of(System.getProperty("kb.indexDir", "target/kb-index")).resolve(size + "-" + SEED);
            Path done = folder.resolve("BUILT");
            if (Files.exists(done)) {
                lucene = LawSearchIndex.openAt(folder, QueryExpander.shipped(), citations);
            } else {
                Files.createDirectories(folder);
                lucene = LawSearchIndex.buildAt(folder, records.records(size, SEED), QueryExpander.shipped(), citations);
                Files.writeString(done, "records=" + size + " seed=" + SEED + "\n");
            }
        }
        postgres = new PostgresFullTextBaseline(
                System.getProperty("kb.pg.url", "jdbc:postgresql://127.0.0.1:5432/zhiban"),
                System.getProperty("kb.pg.user", "zhiban"), System.getProperty("kb.pg.password", "zhiban"),
                "articles_" + (corpus.equals("shipped") ? "shipped" : size + "_" + SEED), size,
                corpus.equals("shipped") ? records.shipped().stream() : records.records(size, SEED));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        lucene.close();
        postgres.close();
    }

    @Benchmark
    public List<LawHit> lucene() {
        return lucene.search(LawQuery.of(nextQuery()));
    }

    @Benchmark
    public List<String> postgresFullText() throws SQLException {
        return postgres.search(nextQuery());
    }

    private String nextQuery() {
        List<String> queries = BenchmarkQueries.ALL;
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }
}
