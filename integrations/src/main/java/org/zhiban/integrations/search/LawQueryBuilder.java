package org.zhiban.integrations.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.util.BytesRef;
import org.zhiban.integrations.lawtext.Citation;
import org.zhiban.integrations.lawtext.CitationExtractor;

/**
 * 检索式: turns a {@link LawQuery} into a Lucene query. The words are ORed (BM25 ranks articles that share
 * more and rarer words higher), the article text weighs most, the statute title and chapter headings less;
 * an article the query cites by number ("消法第五十五条") is lifted to the top; filters do not score.
 */
final class LawQueryBuilder {

    private static final float TITLE_BOOST = 0.5f;
    private static final float HEADINGS_BOOST = 0.3f;
    private static final float CITED_ARTICLE_BOOST = 20f;

    private final Analyzer analyzer;
    private final QueryExpander expander;
    private final CitationExtractor citations;

    LawQueryBuilder(Analyzer analyzer, QueryExpander expander, CitationExtractor citations) {
        this.analyzer = analyzer;
        this.expander = expander;
        this.citations = citations;
    }

    /** The scoring part only, which the highlighter also uses. */
    Query scoring(LawQuery query) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms(expander.expand(query.text()))) {
            words.add(new TermQuery(new Term(LawDocuments.TEXT, term)), Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(LawDocuments.TITLE, term)), TITLE_BOOST), Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(LawDocuments.HEADINGS, term)), HEADINGS_BOOST), Occur.SHOULD);
        }
        if (citations != null) {
            for (Citation c : citations.extract(query.text())) {
                if (c.statuteKey() != null) {
                    Term cited = new Term(LawDocuments.ARTICLE, LawDocuments.articleTerm(c.statuteKey(), c.article().key()));
                    words.add(new BoostQuery(new TermQuery(cited), CITED_ARTICLE_BOOST), Occur.SHOULD);
                }
            }
        }
        return words.build();
    }

    Query full(LawQuery query, Query scoring) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        if (!query.statuteKeys().isEmpty()) {
            all.add(anyOf(LawDocuments.STATUTE, query.statuteKeys()), Occur.FILTER);
        }
        if (!query.levels().isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            query.levels().forEach(level -> names.add(level.name()));
            all.add(anyOf(LawDocuments.LEVEL, names), Occur.FILTER);
        }
        if (!query.domainTags().isEmpty()) {
            all.add(anyOf(LawDocuments.TAG, query.domainTags()), Occur.FILTER);
        }
        if (query.asOf() != null) {
            long day = LawDocuments.epochDay(query.asOf());
            all.add(LongPoint.newRangeQuery(LawDocuments.FROM, Long.MIN_VALUE, day), Occur.FILTER);
            all.add(LongPoint.newRangeQuery(LawDocuments.UNTIL, day + 1, Long.MAX_VALUE), Occur.FILTER);
        }
        return all.build();
    }

    /** The distinct analysed terms of a text, in order. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(LawDocuments.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query anyOf(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().sorted().map(BytesRef::new).toList());
    }
}
