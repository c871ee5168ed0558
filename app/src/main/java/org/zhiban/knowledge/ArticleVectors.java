package org.zhiban.knowledge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiban.ai.EmbeddingModels;
import org.zhiban.integrations.llm.EmbeddingEndpoint;
import org.zhiban.integrations.llm.ModelCallException;

/**
 * 条文向量: with an embedding model configured, every article version has a vector stored beside it
 * ({@code kb_article_vector}), built for the articles that lack one after each index build and all rebuilt when the
 * model changes; searches then also rank by cosine similarity. Without a model, or while vectors are being built,
 * or when the model fails, retrieval is BM25 alone. Queries are embedded by {@link EmbeddingModels#embedQuery},
 * which redacts them for a model outside the network.
 */
@Component
class ArticleVectors {

    private static final Logger log = LoggerFactory.getLogger(ArticleVectors.class);
    private static final int EMBEDDED_CHARS = 1500;

    private final JdbcClient jdbc;
    private final EmbeddingModels models;
    private final EmbeddingEndpoint model;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Map<String, float[]> vectors = Map.of();
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "knowledge-vectors");
        t.setDaemon(true);
        return t;
    });

    ArticleVectors(JdbcClient jdbc, EmbeddingModels models) {
        this.jdbc = jdbc;
        this.models = models;
        this.model = models.configured().orElse(null);
    }

    boolean enabled() {
        return model != null;
    }

    /** Whether searches use vectors now: a model is configured and vectors are loaded. */
    boolean ready() {
        return model != null && !vectors.isEmpty();
    }

    int size() {
        return vectors.size();
    }

    /** {@link #sync} in the background: embedding a whole corpus takes minutes, searches go on with BM25 meanwhile. */
    void syncLater(KnowledgeIndex.Snapshot snapshot) {
        if (model != null) {
            background.execute(() -> sync(snapshot));
        }
    }

    /**
     * Brings the vectors in line with the index: drops those of another model, embeds the articles without one,
     * loads them all. Runs on the caller's thread; a failing model leaves what was there.
     */
    void sync(KnowledgeIndex.Snapshot snapshot) {
        if (model == null || !building.compareAndSet(false, true)) {
            return;
        }
        try {
            String fingerprint = model.fingerprint();
            jdbc.sql("delete from kb_article_vector where model <> ?").param(fingerprint).update();
            Map<String, float[]> loaded = new HashMap<>();
            jdbc.sql("select article_id, vector from kb_article_vector where model = ?").param(fingerprint)
                    .query(rs -> {
                        loaded.put(rs.getString(1), decode(rs.getString(2)));
                    });
            List<StoredArticle> missing = snapshot.articles().values().stream()
                    .filter(a -> !loaded.containsKey(a.articleId())).toList();
            for (int from = 0; from < missing.size(); from += 64) {
                List<StoredArticle> batch = missing.subList(from, Math.min(missing.size(), from + 64));
                List<float[]> embedded = model.embed(batch.stream().map(a -> text(snapshot, a)).toList());
                for (int i = 0; i < batch.size(); i++) {
                    float[] v = embedded.get(i);
                    jdbc.sql("insert into kb_article_vector (article_id, model, dimensions, vector) values (?, ?, ?, ?)")
                            .params(batch.get(i).articleId(), fingerprint, v.length, encode(v)).update();
                    loaded.put(batch.get(i).articleId(), v);
                }
            }
            loaded.keySet().retainAll(snapshot.articles().keySet());
            vectors = Map.copyOf(loaded);
            log.info("knowledge vectors ({}): {} articles, {} embedded now", fingerprint, loaded.size(), missing.size());
        } catch (ModelCallException e) {
            log.warn("embedding model failed, retrieval stays BM25 only until the next index build: {}", e.getMessage());
        } finally {
            building.set(false);
        }
    }

    /** The {@code k} articles nearest the query among those allowed, best first; empty when vectors are not ready. */
    Optional<List<String>> nearest(String query, Predicate<String> allowed, int k) {
        Map<String, float[]> current = vectors;
        if (model == null || current.isEmpty()) {
            return Optional.empty();
        }
        float[] q;
        try {
            q = models.embedQuery(query);
        } catch (ModelCallException e) {
            log.warn("embedding the query failed, BM25 only: {}", e.getMessage());
            return Optional.empty();
        }
        PriorityQueue<Map.Entry<String, Float>> best = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<String, float[]> e : current.entrySet()) {
            if (e.getValue().length != q.length || !allowed.test(e.getKey())) {
                continue;
            }
            best.add(Map.entry(e.getKey(), dot(q, e.getValue())));
            if (best.size() > k) {
                best.poll();
            }
        }
        List<String> ranked = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            ranked.add(0, best.poll().getKey());
        }
        return Optional.of(ranked);
    }

    private static String text(KnowledgeIndex.Snapshot snapshot, StoredArticle a) {
        String t = "《" + snapshot.versions().get(a.versionId()).title() + "》" + a.label() + " " + a.text();
        return t.length() <= EMBEDDED_CHARS ? t : t.substring(0, EMBEDDED_CHARS);
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static String encode(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            buffer.putFloat(x);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static float[] decode(String text) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[buffer.remaining() / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = buffer.getFloat();
        }
        return v;
    }
}
