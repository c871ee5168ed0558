package org.zhiban.bench.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.zhiban.integrations.search.QueryExpander;
import org.zhiban.integrations.search.SearchableArticle;

/**
 * PostgreSQL 全文检索基线: the same articles, pre-segmented with the same Chinese analyzer, in a tsvector column
 * with a GIN index ({@code to_tsvector('simple', …)}); a query ORs its words and ranks with ts_rank. This is
 * what the app would do without Lucene, so it is the peer to beat.
 */
final class PostgresFullTextBaseline implements AutoCloseable {

    static final String SCHEMA = "kb_bench";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final QueryExpander expander = QueryExpander.shipped(); // the same colloquial rewriting Lucene gets
    private final Connection connection;
    private final PreparedStatement query;

    PostgresFullTextBaseline(String url, String user, String password, String table, int expectedRows,
                             Stream<SearchableArticle> articles) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        String qualified = SCHEMA + "." + table;
        if (rowCount(qualified) != expectedRows) {
            load(qualified, articles);
        }
        this.query = connection.prepareStatement("select id, ts_rank(tsv, q) as score from " + qualified
                + ", to_tsquery('simple', ?) q where tsv @@ q order by score desc, id limit 10");
    }

    /** The ids of the ten best-ranked articles. */
    List<String> search(String text) throws SQLException {
        Set<String> words = new LinkedHashSet<>(segment(expander.expand(text)));
        List<String> ids = new ArrayList<>(10);
        if (words.isEmpty()) {
            return ids;
        }
        query.setString(1, String.join(" | ", words.stream().map(w -> "'" + w.replace("'", "''") + "'").toList()));
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private long rowCount(String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("create schema if not exists " + SCHEMA);
            try (ResultSet rs = st.executeQuery("select to_regclass('" + table + "') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return -1;
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void load(String table, Stream<SearchableArticle> articles) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists " + table);
            st.execute("create table " + table + " (id text primary key, statute text not null, segmented text not null,"
                    + " tsv tsvector generated always as (to_tsvector('simple', segmented)) stored)");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Iterator<SearchableArticle> it = articles.iterator();
        StringBuilder batch = new StringBuilder();
        int rows = 0;
        try {
            while (it.hasNext()) {
                SearchableArticle a = it.next();
                batch.append(tsv(a.articleId())).append('\t').append(tsv(a.statuteKey())).append('\t')
                        .append(tsv(String.join(" ", segment(a.text())))).append('\n');
                if (++rows % 20_000 == 0) {
                    copy.copyIn("copy " + table + " (id, statute, segmented) from stdin", new StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
            copy.copyIn("copy " + table + " (id, statute, segmented) from stdin", new StringReader(batch.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("create index on " + table + " using gin (tsv)");
            st.execute("analyze " + table);
        }
    }

    /** Words in order, repeats kept so that ts_rank sees term frequency. */
    private List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String tsv(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    @Override
    public void close() throws SQLException {
        query.close();
        connection.close();
    }
}
