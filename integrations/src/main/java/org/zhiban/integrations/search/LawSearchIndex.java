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
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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

    private LawSearchIndex(Directory directory, Analyzer analyzer, QueryExpander expander, CitationExtractor citations)
            throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.queries = new LawQueryBuilder(analyzer, expander, citations);
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
            // the exact number of matches is never shown, so Lucene may skip blocks that cannot reach the top
            // (block-max WAND) as soon as it has the page: questions with common words cost a third as much
            TopDocs top = searcher.search(queries.full(query, scoring),
                    new TopScoreDocCollectorManager(query.limit(), null, query.limit()));
            List<String> terms = SnippetMaker.terms(scoring);
            List<LawHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
                int doc = sd.doc - leaf.docBase;
                hits.add(new LawHit(value(leaf, LawDocuments.ID, doc), value(leaf, LawDocuments.STATUTE, doc),
                        value(leaf, LawDocuments.TITLE, doc), value(leaf, LawDocuments.LABEL, doc),
                        LawDocuments.headingPath(value(leaf, LawDocuments.HEADINGS, doc)), sd.score,
                        SnippetMaker.snippet(terms, value(leaf, LawDocuments.TEXT, doc))));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit's value from doc values; an index written before they were kept falls back to its stored fields. */
    private String value(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        if (values != null && values.advanceExact(doc)) {
            return values.binaryValue().utf8ToString();
        }
        return leaf.reader().storedFields().document(doc).get(field);
    }

    /**
     * The snippet of an article that matched no word of a query (found another way, e.g. by its vector): its
     * beginning, HTML-escaped, as a search hit shows it.
     */
    public static String openingSnippet(String text) {
        return SnippetMaker.snippet(List.of(), text);
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
