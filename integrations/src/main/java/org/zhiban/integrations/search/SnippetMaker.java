package org.zhiban.integrations.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * 摘要高亮: the best passages of a hit's text with the query's words marked, HTML-escaped so that the UI can
 * show them as they are. The query's words are the analysed terms of its text field, and in Chinese legal text a
 * term is the very substring it came from, so finding them is a substring search. Lucene's highlighters segment
 * or walk every hit again and cost about 0.1 ms per hit (measured: ten times the search itself on the shipped
 * corpus), which is why this small one exists. A hit matched on its title or headings only shows its beginning.
 */
final class SnippetMaker {

    static final String OPEN = "<em>";
    static final String CLOSE = "</em>";
    static final int FRAGMENT_CHARS = 120;
    private static final int FRAGMENTS = 2;
    /** A passage starts this far before its first match, so the match is read in its sentence. */
    private static final int LEAD = 20;

    private SnippetMaker() {
    }

    /** The distinct terms of the text field in a query, longest first (a longer word wins an overlap). */
    static List<String> terms(Query scoring) {
        Set<String> terms = new LinkedHashSet<>();
        scoring.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term t : found) {
                    if (LawDocuments.TEXT.equals(t.field()) && !t.text().isBlank()) {
                        terms.add(t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return sorted;
    }

    static String snippet(List<String> terms, String text) {
        // which match covers each character (0: none), so that adjacent words stay separately marked
        int[] marked = new int[text.length()];
        List<int[]> matches = new ArrayList<>();
        // the analyser lower-cases Latin letters; where lower-casing keeps every offset, search the lowered text
        String lowered = text.toLowerCase(java.util.Locale.ROOT);
        String searched = lowered.length() == text.length() ? lowered : text;
        for (String term : terms) {
            for (int at = searched.indexOf(term); at >= 0; at = searched.indexOf(term, at + term.length())) {
                if (free(marked, at, at + term.length())) {
                    matches.add(new int[] {at, at + term.length()});
                    for (int i = at; i < at + term.length(); i++) {
                        marked[i] = matches.size();
                    }
                }
            }
        }
        if (matches.isEmpty()) {
            return SimpleHTMLEncoder.htmlEncode(text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…");
        }
        matches.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> windows = new ArrayList<>();
        List<int[]> left = new ArrayList<>(matches);
        while (windows.size() < FRAGMENTS && !left.isEmpty()) {
            int[] best = densest(left, text.length());
            windows.add(best);
            left.removeIf(m -> m[0] < best[1] && m[1] > best[0]);
        }
        windows.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder();
        int lastEnd = -1;
        for (int[] w : windows) {
            int start = Math.max(w[0], lastEnd);
            if (start >= w[1]) {
                continue;
            }
            if (out.length() > 0) {
                out.append('…');
            }
            appendMarked(out, text, start, w[1], marked);
            lastEnd = w[1];
        }
        return out.toString();
    }

    /** The window of {@value #FRAGMENT_CHARS} characters holding the most matched characters. */
    private static int[] densest(List<int[]> matches, int length) {
        int[] best = null;
        int bestScore = -1;
        for (int[] first : matches) {
            int start = Math.max(0, first[0] - LEAD);
            int end = Math.min(length, start + FRAGMENT_CHARS);
            int score = 0;
            for (int[] m : matches) {
                if (m[0] >= start && m[1] <= end) {
                    score += m[1] - m[0];
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = new int[] {start, end};
            }
        }
        return best;
    }

    private static void appendMarked(StringBuilder out, String text, int start, int end, int[] marked) {
        int i = start;
        while (i < end) {
            int j = i;
            int match = marked[i];
            while (j < end && marked[j] == match) {
                j++;
            }
            String piece = SimpleHTMLEncoder.htmlEncode(text.substring(i, j));
            out.append(match != 0 ? OPEN + piece + CLOSE : piece);
            i = j;
        }
    }

    private static boolean free(int[] marked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (marked[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
