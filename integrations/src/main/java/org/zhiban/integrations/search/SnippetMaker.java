package org.zhiban.integrations.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * 摘要高亮: the best passage of an article's text with the query's words marked, HTML-escaped so that the UI
 * can show it as is. Articles are short, so re-analysing the few hits shown costs little.
 */
final class SnippetMaker {

    static final String OPEN = "<em>";
    static final String CLOSE = "</em>";
    private static final int FRAGMENT_CHARS = 120;
    private static final int FRAGMENTS = 2;

    private final Analyzer analyzer;
    private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

    SnippetMaker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String snippet(Query scoring, String text) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(OPEN, CLOSE), encoder,
                new QueryScorer(scoring, LawDocuments.TEXT));
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        try {
            String[] best = highlighter.getBestFragments(analyzer, LawDocuments.TEXT, text, FRAGMENTS);
            if (best.length == 0) {
                // matched on title or headings only: show the start of the article
                return SimpleHTMLEncoder.htmlEncode(text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…");
            }
            return String.join("…", best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
    }
}
