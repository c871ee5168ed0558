package org.zhiban.ai;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.audit.ReviewEvent;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTypes;
import org.zhiban.cases.CaseViewing;
import org.zhiban.cases.FormField;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.cases.TaskDecided;

/**
 * AI+人工: an AI step's suggestion is kept with the case and put on the ledger ({@code suggest-ai}); the next
 * task a person completes on the case decides it — adopted as it was ({@code accept-ai}), changed with at least
 * half of it kept ({@code edit-ai}, with the diff) or left unused or replaced ({@code reject-ai}) — read from the field the suggestion was
 * for, or as the completing client says ({@code suggestion}: accepted, edited, rejected). Both records are
 * written in the transactions that made them, through the ledger's outbox.
 */
@Service
public class AiSuggestions {

    static final String AI_USER = "ai";
    private static final int OPINION_MAX = 900;
    private static final RowMapper<AiSuggestion> ROW = (rs, i) -> new AiSuggestion(rs.getString("id"),
            rs.getString("case_id"), rs.getString("activity_id"), rs.getString("task"), rs.getString("field"),
            rs.getString("model"), rs.getBoolean("fallback"), rs.getString("notice"), rs.getString("prompt"),
            rs.getString("content"), rs.getString("content_sha256"), rs.getInt("unresolved_citations"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("decision"), rs.getString("decided_by"),
            rs.getString("decided_in"), instant(rs.getTimestamp("decided_at")), rs.getString("final_content"),
            rs.getString("diff"), rs.getString("call_id"));

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final CaseTypes caseTypes;
    private final CaseViewing caseViewing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AiSuggestions(JdbcClient jdbc, CaseFiles caseFiles, CaseTypes caseTypes, CaseViewing caseViewing,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.caseViewing = caseViewing;
        this.caseFiles = caseFiles;
        this.caseTypes = caseTypes;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the suggestion of an AI step and records it on the ledger; returns its id. */
    public String add(CaseFile file, String processInstanceId, String activityId, AiTask task, String field,
                      AiResult<String> result) {
        String id = UUID.randomUUID().toString();
        String content = result.value() == null ? "" : result.value();
        String sha = sha256(content);
        int unresolved = (int) result.citations().stream().filter(c -> !c.resolved()).count();
        jdbc.sql("""
                        insert into ai_suggestion (id, case_id, process_instance_id, activity_id, task, field, call_id, model,
                          fallback, notice, prompt, content, content_sha256, unresolved_citations, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, file.caseId(), processInstanceId, activityId, task.id(), field, result.callId(), result.model(),
                        result.fallback(), result.notice(), result.prompt(), content, sha, unresolved,
                        Timestamp.from(clock.instant()))
                .update();
        String source = result.fallback() ? result.notice() + "，由规则与模板生成" : "模型 " + result.model();
        String opinion = task.label() + "建议（" + source + "，提示词 " + result.prompt() + "，" + result.routing() + "）"
                + (unresolved > 0 ? "，" + unresolved + " 处引用未能核实" : "") + "：" + content;
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), processInstanceId, activityId,
                task.label(), "suggest-ai", AI_USER, result.model() == null ? "未配置模型" : result.model(),
                file.department(), cut(opinion, OPINION_MAX), sha, clock.instant()));
        return id;
    }

    /** Every suggestion of the case, oldest first. */
    public List<AiSuggestion> forCase(String caseId) {
        return jdbc.sql("select * from ai_suggestion where case_id = ? order by created_at, id").param(caseId)
                .query(ROW).list();
    }

    /**
     * The case's suggestions this user may see: the case must be readable to them (else 404), and a suggestion for
     * a field they may not see (an owner-only one, for a participating department) is left out.
     */
    public List<AiSuggestion> visibleTo(ZhibanUser user, String caseId) {
        java.util.Set<String> fields = caseViewing.form(user, caseId, null).stream().map(FormField::key)
                .collect(java.util.stream.Collectors.toSet());
        return forCase(caseId).stream().filter(s -> fields.contains(s.field())).toList();
    }

    /** The suggestions the next task of the case decides. */
    public List<AiSuggestion> open(String caseId) {
        return forCase(caseId).stream().filter(AiSuggestion::open).toList();
    }

    /** The completing task decides every open suggestion of its case, in the same transaction. */
    @EventListener
    void on(TaskDecided decided) {
        List<AiSuggestion> pending = open(decided.caseId());
        if (pending.isEmpty()) {
            return;
        }
        CaseFile file = caseFiles.find(decided.caseId()).orElseThrow();
        var data = caseTypes.of(file).data(file.caseId());
        for (AiSuggestion s : pending) {
            Object value = data.get(s.field());
            String kept = value == null ? "" : value.toString();
            SuggestionDiff diff = SuggestionDiff.between(s.content(), kept);
            String decision = decided.suggestion() != null ? decided.suggestion()
                    : same(kept, s.content()) ? "accepted"
                    : decided.editedFields().contains(s.field()) && diff.keptShare() >= 0.5 ? "edited" : "rejected";
            String diffText = "edited".equals(decision) ? diff.text() : null;
            jdbc.sql("""
                            update ai_suggestion set decision = ?, decided_by = ?, decided_in = ?, decided_at = ?,
                              final_content = ?, diff = ? where id = ? and decision is null""")
                    .params(decision, decided.userId(), decided.activityId(), Timestamp.from(decided.decidedAt()),
                            "rejected".equals(decision) ? null : kept, diffText, s.id())
                    .update();
            AiTask task = AiTask.byId(s.task()).orElseThrow();
            String which = task.label() + "建议（" + (s.fallback() ? "未配置模型" : "模型 " + s.model()) + "，提示词 "
                    + s.prompt() + "）";
            String opinion = switch (decision) {
                case "accepted" -> "采纳" + which;
                case "edited" -> "修改" + which + "：\n" + diff.summary(OPINION_MAX);
                default -> "未采纳" + which;
            };
            events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), decided.processInstanceId(),
                    decided.activityId(), decided.activityName(), switch (decision) {
                        case "accepted" -> "accept-ai";
                        case "edited" -> "edit-ai";
                        default -> "reject-ai";
                    }, decided.userId(), decided.role(), decided.department(), opinion,
                    "rejected".equals(decision) ? null : sha256(kept), decided.decidedAt()));
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a.strip().replaceAll("\\s+", " "), b.strip().replaceAll("\\s+", " "));
    }

    static String sha256(String text) {
        return org.zhiban.integrations.storage.Sha256.hex(text);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
