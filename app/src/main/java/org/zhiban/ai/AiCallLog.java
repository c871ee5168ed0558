package org.zhiban.ai;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ai_call} table: written for every request, read by the admin page and the case view. */
@Repository
public class AiCallLog {

    static final int MAX_PROMPT = 20_000;
    private static final RowMapper<AiCall> ROW = (rs, i) -> new AiCall(rs.getString("id"),
            rs.getTimestamp("called_at").toInstant(), rs.getString("task"), rs.getString("prompt"),
            rs.getString("classification"), rs.getString("model"), rs.getString("routing"), rs.getString("case_id"),
            rs.getString("outcome"), rs.getLong("latency_ms"), rs.getInt("prompt_tokens"),
            rs.getInt("completion_tokens"), rs.getInt("attempts"), rs.getInt("redactions"),
            rs.getString("redacted_prompt"), rs.getString("error"));

    private final JdbcClient jdbc;

    AiCallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(AiCall c) {
        jdbc.sql("""
                        insert into ai_call (id, called_at, task, prompt, classification, model, routing, case_id, outcome,
                          latency_ms, prompt_tokens, completion_tokens, attempts, redactions, redacted_prompt, error)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), Timestamp.from(c.calledAt()), c.task(), c.prompt(), c.classification(), c.model(),
                        cut(c.routing(), 200), c.caseId(), c.outcome(), c.latencyMs(), c.promptTokens(),
                        c.completionTokens(), c.attempts(), c.redactions(), cut(c.redactedPrompt(), MAX_PROMPT),
                        cut(c.error(), 500))
                .update();
    }

    /** The latest calls, newest first. */
    public List<AiCall> recent(int limit) {
        return jdbc.sql("select * from ai_call order by called_at desc, id fetch first " + Math.max(1, Math.min(limit, 500))
                + " rows only").query(ROW).list();
    }

    public java.util.Optional<AiCall> find(String id) {
        return jdbc.sql("select * from ai_call where id = ?").param(id).query(ROW).optional();
    }

    /** A case's calls in the order they were made: what was asked of which model, or why none. */
    public List<AiCall> forCase(String caseId) {
        return jdbc.sql("select * from ai_call where case_id = ? order by called_at, id").param(caseId).query(ROW).list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
