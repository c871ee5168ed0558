package org.zhiban.integrations.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.zhiban.integrations.lawtext.CitationExtractor;

/**
 * 法规检索索引: a Lucene index of article versions with Chinese word segmentation (SmartChineseAnalyzer) and
 * BM25 ranking. It is derived data: build it from the database rows at startup or after an import, in memory
 * or at a path, and rebuild it whenever in doubt; the same records always give the same index and results.
 * Searching is thread-safe.
 */
public final class LawSearchIndex implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final LawQueryBuilder queries;
    private final SnippetMaker snippets;

    private LawSearchIndex(Directory directory, Analyzer analyzer, QueryExpander expander, CitationExtractor citations)
            throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.queries = new LawQueryBuilder(analyzer, expander, citations);
        this.snippets = new SnippetMaker(analyzer);
    }

    /**
     * Builds an index in memory.
     *
     * @param citations finds articles cited by number in a query, to rank them first; may be null
     */
    public static LawSearchIndex buildInMemory(Stream<SearchableArticle> articles, QueryExpander expander,
                                               CitationExtractor citations) {
        return build(new ByteBuffersDirectory(), articles, expander, citations);
    }

    /** Builds an index at a folder, replacing whatever index was there. */
    public static LawSearchIndex buildAt(Path folder, Stream<SearchableArticle> articles, QueryExpander expander,
                                         CitationExtractor citations) {
        try {
            return build(FSDirectory.open(folder), articles, expander, citations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens an index built earlier at a folder. */
    public static LawSearchIndex openAt(Path folder, QueryExpander expander, CitationExtractor citations) {
        try {
            return new LawSearchIndex(FSDirectory.open(folder), new SmartChineseAnalyzer(), expander, citations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LawSearchIndex build(Directory directory, Stream<SearchableArticle> articles,
                                        QueryExpander expander, CitationExtractor citations) {
        Analyzer analyzer = new SmartChineseAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            Iterator<SearchableArticle> it = articles.iterator();
            while (it.hasNext()) {
                writer.addDocument(LawDocuments.toDocument(it.next()));
            }
            // one segment makes scores independent of how indexing happened to flush
            writer.forceMerge(1);
            writer.commit();
            return new LawSearchIndex(directory, analyzer, expander, citations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LawHit> search(LawQuery query) {
        try {
            Query scoring = queries.scoring(query);
            TopDocs top = searcher.search(queries.full(query, scoring), query.limit());
            List<LawHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                hits.add(new LawHit(doc.get(LawDocuments.ID), doc.get(LawDocuments.STATUTE), doc.get(LawDocuments.TITLE),
                        doc.get(LawDocuments.LABEL), LawDocuments.headingPath(doc), sd.score,
                        snippets.snippet(scoring, doc.get(LawDocuments.TEXT))));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of article versions in the index. */
    public int size() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
