package org.zhiban.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.ArticleLinker;
import org.zhiban.integrations.lawtext.CatalogEntry;
import org.zhiban.integrations.lawtext.CitationExtractor;
import org.zhiban.integrations.lawtext.DomainTagger;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.StatuteCatalog;
import org.zhiban.integrations.lawtext.StatuteLoader;
import org.zhiban.integrations.lawtext.StatuteNameResolver;
import org.zhiban.integrations.lawtext.StatuteVersion;

/**
 * 法规导入: stores statute versions at article level with their tags and links. A version already stored with
 * the same content hash is left alone, so re-importing changes nothing; a new version of a statute is stored
 * beside the older ones and the versions are chained again. Every change bumps the index generation.
 */
@Service
class KnowledgeImport {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeImport.class);
    static final String SHIPPED = "SHIPPED";
    static final String UPLOAD = "UPLOAD";
    static final String ARTICLES = "ARTICLES";
    static final String SECTIONS = "SECTIONS";

    /** One version to store, with where it came from and how it is divided. */
    record VersionInput(LoadedStatute statute, LocalDate declaredUntil, String source, String structure,
                        List<String> labels) {
        static VersionInput articles(LoadedStatute statute, LocalDate declaredUntil, String source) {
            return new VersionInput(statute, declaredUntil, source, ARTICLES,
                    statute.articles().stream().map(a -> a.number().label()).toList());
        }
    }

    private final KnowledgeStore store;
    private final Clock clock;
    private final DomainTagger tagger = DomainTagger.shipped();

    KnowledgeImport(KnowledgeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Imports the statutes shipped on the classpath.
     *
     * @param force compare every version even when the corpus fingerprint says nothing changed
     */
    @Transactional
    public ImportReport importShipped(boolean force) {
        long started = System.nanoTime();
        StatuteCatalog catalog = StatuteCatalog.shipped();
        String fingerprint = fingerprint(catalog);
        if (!force && store.shippedHash().filter(fingerprint::equals).isPresent()) {
            return new ImportReport(0, 0, 0, 0, store.generation(), millis(started));
        }
        Map<String, LocalDate> declaredUntil = new HashMap<>();
        for (CatalogEntry entry : catalog.loadable()) {
            entry.supersededOn().ifPresent(day -> declaredUntil.put(entry.path(), day));
        }
        List<VersionInput> inputs = StatuteLoader.load(catalog).stream()
                .map(s -> VersionInput.articles(s, declaredUntil.get(s.version().sourcePath()), SHIPPED)).toList();
        ImportReport report = store(inputs, started);
        store.recordShippedHash(fingerprint);
        log.info("knowledge import of the shipped corpus: {}", report);
        return report;
    }

    @Transactional
    public ImportReport importVersions(List<VersionInput> inputs) {
        return store(inputs, System.nanoTime());
    }

    /** Whether the version is stored already with exactly this content (importing it would change nothing). */
    boolean unchanged(VersionInput input) {
        return store.contentHash(input.statute().version().versionId()).filter(contentHash(input)::equals).isPresent();
    }

    private ImportReport store(List<VersionInput> inputs, long started) {
        CitationExtractor extractor = extractor(inputs);
        ArticleLinker linker = new ArticleLinker(extractor);
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int articles = 0;
        Set<String> keys = new LinkedHashSet<>();
        for (VersionInput input : inputs) {
            StatuteVersion v = input.statute().version();
            String hash = contentHash(input);
            var existing = store.contentHash(v.versionId());
            if (existing.filter(hash::equals).isPresent()) {
                unchanged++;
                continue;
            }
            if (existing.isPresent()) {
                store.delete(v.versionId());
                replaced++;
            } else {
                added++;
            }
            Map<String, Set<String>> tags = new HashMap<>();
            for (Article a : input.statute().articles()) {
                tags.put(input.statute().articleId(a), tagger.tag(v.statuteKey(), a));
            }
            store.insert(new KnowledgeStore.VersionContent(input.statute(), input.declaredUntil(), input.source(),
                    input.structure(), input.labels(), hash, tags, linker.links(input.statute())), clock.instant());
            articles += input.statute().articles().size();
            keys.add(v.statuteKey());
        }
        keys.forEach(store::chain);
        long generation = keys.isEmpty() ? store.generation() : store.bumpGeneration(clock.instant());
        return new ImportReport(added, replaced, unchanged, articles, generation, millis(started));
    }

    /** Names resolve against everything stored plus what is being imported, so new statutes link at once. */
    private CitationExtractor extractor(List<VersionInput> inputs) {
        List<StatuteVersion> versions = new ArrayList<>();
        store.versions().forEach(v -> versions.add(v.toStatuteVersion()));
        inputs.forEach(i -> versions.add(i.statute().version()));
        return new CitationExtractor(StatuteNameResolver.of(versions));
    }

    static String contentHash(VersionInput input) {
        StatuteVersion v = input.statute().version();
        MessageDigest digest = sha256();
        Stream.of(v.statuteKey(), v.title(), String.join(",", v.aliases()), v.level().name(),
                        String.valueOf(v.promulgatedOn()), String.valueOf(v.versionDate()),
                        String.valueOf(v.effectiveFrom()), String.valueOf(input.declaredUntil()), v.sourcePath(),
                        v.note(), input.structure())
                .forEach(part -> update(digest, part));
        List<Article> list = input.statute().articles();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            update(digest, input.labels().get(i) + "|" + a.number().key() + "|" + String.join("/", a.headingPath()));
            a.paragraphs().forEach(p -> update(digest, p.text() + "|" + p.items().size() + "|" + p.fullText()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Part of the start-up fingerprint: bump it whenever parsing or the mapping to rows changes, so that a new release
     * re-imports the shipped corpus even though the law files themselves are unchanged.
     */
    static final String IMPORT_FORMAT = "kb-import/1";

    private static String fingerprint(StatuteCatalog catalog) {
        MessageDigest digest = sha256();
        update(digest, IMPORT_FORMAT);
        for (CatalogEntry entry : catalog.entries()) {
            update(digest, entry.toString());
            if (entry.load()) {
                update(digest, catalog.read(entry));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
