package org.zhiban.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.ArticleLink;
import org.zhiban.integrations.lawtext.ArticleNumber;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.Paragraph;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.lawtext.StatuteVersion;

/** 知识库存储: the versions, articles, tags and links tables; batch writes so 5,000 articles store in seconds. */
@Repository
class KnowledgeStore {

    static final String PATH_SEPARATOR = " / ";
    private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    KnowledgeStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** What a new or changed version brings along; tags and links per article id. */
    record VersionContent(LoadedStatute statute, LocalDate declaredUntil, String source, String structure,
                          List<String> labels, String contentHash, Map<String, Set<String>> tags,
                          List<ArticleLink> links) {
    }

    Optional<String> contentHash(String versionId) {
        return jdbc.sql("select content_hash from kb_statute_version where version_id = :id").param("id", versionId)
                .query(String.class).optional();
    }

    void delete(String versionId) {
        String articles = "select article_id from kb_article where version_id = ?";
        template.update("delete from kb_article_link where from_article_id in (" + articles + ")", versionId);
        template.update("delete from kb_article_tag where article_id in (" + articles + ")", versionId);
        template.update("delete from kb_article where version_id = ?", versionId);
        template.update("delete from kb_statute_version where version_id = ?", versionId);
    }

    void insert(VersionContent content, Instant now) {
        StatuteVersion v = content.statute().version();
        template.update("""
                insert into kb_statute_version (version_id, statute_key, title, aliases, statute_level, promulgated_on,
                  version_date, effective_from, effective_until, declared_until, source, source_path, structure, note,
                  content_hash, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                v.versionId(), v.statuteKey(), v.title(), String.join(",", v.aliases()), v.level().name(),
                Date.valueOf(v.promulgatedOn()), Date.valueOf(v.versionDate()), Date.valueOf(v.effectiveFrom()),
                date(content.declaredUntil()), date(content.declaredUntil()), content.source(), v.sourcePath(),
                content.structure(), v.note(), content.contentHash(), Timestamp.from(now));
        List<Object[]> articles = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Article> list = content.statute().articles();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            String id = content.statute().articleId(a);
            articles.add(new Object[] {id, v.versionId(), v.statuteKey(), i + 1, a.number().number(), a.number().suffix(),
                    content.labels().get(i), String.join(PATH_SEPARATOR, a.headingPath()), a.text(),
                    write(a.paragraphs())});
            content.tags().getOrDefault(id, Set.of()).forEach(tag -> tags.add(new Object[] {id, tag}));
        }
        template.batchUpdate("""
                insert into kb_article (article_id, version_id, statute_key, ordinal, article_number, article_suffix,
                  label, heading_path, body, paragraphs) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", articles);
        template.batchUpdate("insert into kb_article_tag (article_id, tag) values (?, ?)", tags);
        template.batchUpdate("""
                insert into kb_article_link (from_article_id, from_paragraph, kind, to_statute_key, to_statute_name,
                  to_article_number, to_article_suffix, to_through_number, to_paragraph, to_item, cited_as)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", content.links().stream().map(l -> new Object[] {
                l.fromArticleId(), l.fromParagraph(), l.kind().name(), l.toStatuteKey(), l.toStatuteName(),
                l.toArticle().number(), l.toArticle().suffix(),
                l.toThroughArticle() == null ? null : l.toThroughArticle().number(), l.toParagraph(), l.toItem(),
                truncate(l.citedAs(), 300)}).toList());
    }

    /**
     * Chains a statute's versions: each ends where the next begins, the last where it was declared to end.
     *
     * @return whether any end date changed
     */
    boolean chain(String statuteKey) {
        List<Object[]> rows = jdbc.sql("""
                select version_id, effective_from, effective_until, declared_until from kb_statute_version
                where statute_key = :key order by effective_from, version_id""").param("key", statuteKey)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate(),
                        localDate(rs.getDate(3)), localDate(rs.getDate(4))}).list();
        boolean changed = false;
        for (int i = 0; i < rows.size(); i++) {
            LocalDate until = i + 1 < rows.size() ? (LocalDate) rows.get(i + 1)[1] : (LocalDate) rows.get(i)[3];
            if (until != null && !until.isAfter((LocalDate) rows.get(i)[1])) {
                until = null; // two versions starting the same day: keep both open rather than store an empty span
            }
            if (!java.util.Objects.equals(until, rows.get(i)[2])) {
                template.update("update kb_statute_version set effective_until = ? where version_id = ?", date(until),
                        rows.get(i)[0]);
                changed = true;
            }
        }
        return changed;
    }

    long generation() {
        return jdbc.sql("select generation from kb_generation where id = 1").query(Long.class).single();
    }

    Optional<String> shippedHash() {
        return jdbc.sql("select shipped_hash from kb_generation where id = 1").query(String.class).optional();
    }

    long bumpGeneration(Instant now) {
        template.update("update kb_generation set generation = generation + 1, changed_at = ? where id = 1",
                Timestamp.from(now));
        return generation();
    }

    void recordShippedHash(String hash) {
        template.update("update kb_generation set shipped_hash = ? where id = 1", hash);
    }

    List<StoredVersion> versions() {
        return jdbc.sql("""
                select v.*, (select count(*) from kb_article a where a.version_id = v.version_id) article_count
                from kb_statute_version v order by v.statute_key, v.effective_from""").query(this::version).list();
    }

    List<StoredVersion> versions(String statuteKey) {
        return jdbc.sql("""
                select v.*, (select count(*) from kb_article a where a.version_id = v.version_id) article_count
                from kb_statute_version v where v.statute_key = :key order by v.effective_from""")
                .param("key", statuteKey).query(this::version).list();
    }

    List<StoredArticle> allArticles() {
        return jdbc.sql("select * from kb_article order by version_id, ordinal").query(this::article).list();
    }

    Map<String, List<String>> allTags() {
        Map<String, List<String>> tags = new java.util.HashMap<>();
        jdbc.sql("select article_id, tag from kb_article_tag order by article_id, tag").query((ResultSet rs) -> {
            tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return tags;
    }

    List<String> tags(String articleId) {
        return jdbc.sql("select tag from kb_article_tag where article_id = :id order by tag").param("id", articleId)
                .query(String.class).list();
    }

    List<String> distinctTags() {
        return jdbc.sql("select distinct tag from kb_article_tag order by tag").query(String.class).list();
    }

    /** The article in the version in force on a day, or (asOf null) in the latest version that has it. */
    Optional<StoredArticle> find(String statuteKey, ArticleNumber number, LocalDate asOf) {
        String inForce = asOf == null ? "" : " and v.effective_from <= :day and (v.effective_until is null or v.effective_until > :day)";
        var spec = jdbc.sql("""
                select a.* from kb_article a join kb_statute_version v on v.version_id = a.version_id
                where a.statute_key = :key and a.article_number = :n and a.article_suffix = :s""" + inForce
                + " order by v.effective_from desc, a.ordinal")
                .param("key", statuteKey).param("n", number.number()).param("s", number.suffix());
        if (asOf != null) {
            spec = spec.param("day", Date.valueOf(asOf));
        }
        return spec.query(this::article).list().stream().findFirst();
    }

    int count(String sql, Object... args) {
        return template.queryForObject(sql, Integer.class, args);
    }

    List<StoredLink> linksFrom(String articleId) {
        return jdbc.sql("select * from kb_article_link where from_article_id = :id order by id").param("id", articleId)
                .query(KnowledgeStore::link).list();
    }

    /** Articles in force on a day (in versions in force that day) that cite the given article. */
    List<StoredArticle> citing(String statuteKey, ArticleNumber number, LocalDate asOf) {
        return jdbc.sql("""
                select distinct a.* from kb_article_link l
                join kb_article a on a.article_id = l.from_article_id
                join kb_statute_version v on v.version_id = a.version_id
                where l.to_statute_key = :key and l.to_article_number = :n and l.to_article_suffix = :s
                  and l.kind in ('SAME_STATUTE', 'OTHER_STATUTE')
                  and v.effective_from <= :day and (v.effective_until is null or v.effective_until > :day)
                order by a.statute_key, a.article_number, a.article_suffix""")
                .param("key", statuteKey).param("n", number.number()).param("s", number.suffix())
                .param("day", Date.valueOf(asOf)).query(this::article).list();
    }

    /** One row of {@code kb_article_link}. */
    record StoredLink(int fromParagraph, String kind, String toStatuteKey, String toStatuteName,
                      ArticleNumber toArticle, Integer toParagraph, String citedAs) {
    }

    private static StoredLink link(ResultSet rs, int row) throws SQLException {
        return new StoredLink(rs.getInt("from_paragraph"), rs.getString("kind"), rs.getString("to_statute_key"),
                rs.getString("to_statute_name"),
                new ArticleNumber(rs.getInt("to_article_number"), rs.getInt("to_article_suffix")),
                (Integer) rs.getObject("to_paragraph"), rs.getString("cited_as"));
    }

    private StoredVersion version(ResultSet rs, int row) throws SQLException {
        String aliases = rs.getString("aliases");
        return new StoredVersion(rs.getString("version_id"), rs.getString("statute_key"), rs.getString("title"),
                aliases == null || aliases.isBlank() ? List.of() : Arrays.asList(aliases.split(",")),
                StatuteLevel.valueOf(rs.getString("statute_level")), rs.getDate("promulgated_on").toLocalDate(),
                rs.getDate("version_date").toLocalDate(), rs.getDate("effective_from").toLocalDate(),
                localDate(rs.getDate("effective_until")), rs.getString("source"), rs.getString("source_path"),
                rs.getString("structure"), rs.getString("note"), rs.getInt("article_count"));
    }

    private StoredArticle article(ResultSet rs, int row) throws SQLException {
        String path = rs.getString("heading_path");
        try {
            return new StoredArticle(rs.getString("article_id"), rs.getString("version_id"), rs.getString("statute_key"),
                    rs.getInt("ordinal"), new ArticleNumber(rs.getInt("article_number"), rs.getInt("article_suffix")),
                    rs.getString("label"), path.isEmpty() ? List.of() : List.of(path.split(PATH_SEPARATOR)),
                    rs.getString("body"), json.readValue(rs.getString("paragraphs"), PARAGRAPHS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable paragraphs of " + rs.getString("article_id"), e);
        }
    }

    private String write(List<Paragraph> paragraphs) {
        try {
            return json.writeValueAsString(paragraphs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
