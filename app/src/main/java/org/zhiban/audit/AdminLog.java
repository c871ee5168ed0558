package org.zhiban.audit;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.audit.CaseVerification;
import org.zhiban.ledger.audit.LogAuditor;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.proof.NotYetCheckpointedException;
import org.zhiban.ledger.proof.ProofService;
import org.zhiban.ledger.proof.RecordProof;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.record.Reviewer;
import org.zhiban.shared.AdminOperation;
import org.zhiban.shared.Refusal;

/**
 * 管理操作日志: every {@link AdminOperation} as a review record under {@link AdminOperation#LOG_ID} — in the same
 * Merkle log as case decisions, covered by the same signed checkpoints and anchors, so an administrator's act can
 * be proven and a changed one is found like a changed decision. Read by the 审计管理员 only (auditors of cases do
 * not see it, and it is no case anyone can open).
 */
@Service
public class AdminLog {

    /** One administrative record as the 审计管理员 reads it. */
    public record Entry(String recordId, long leafIndex, java.time.Instant recordedAt, String user, String role,
                        String operation, String detail) {}

    private final ReviewLog reviewLog;
    private final ProofService proofs;
    private final LogAuditor auditor;
    private final int retrySeconds;

    AdminLog(ReviewLog reviewLog, ProofService proofs, LogAuditor auditor, LedgerProperties ledger) {
        this.reviewLog = reviewLog;
        this.proofs = proofs;
        this.auditor = auditor;
        this.retrySeconds = (int) Math.max(1, ledger.checkpointEvery().toSeconds());
    }

    @ApplicationModuleListener
    void on(AdminOperation op) {
        reviewLog.append(new ReviewRecord(op.recordId(), new Reviewer(op.userId(), op.role(), null),
                AdminOperation.LOG_ID, null, op.operation(), ReviewAction.ADMINISTER, null,
                op.target() == null ? op.detail() : op.target() + "：" + op.detail()));
    }

    /** Newest first; optionally only one administrator's or one operation's. */
    public List<Entry> entries(ZhibanUser reader, String user, String operation) {
        requireAuditAdmin(reader);
        return reviewLog.records(AdminOperation.LOG_ID).stream()
                .map(r -> new Entry(r.recordId(), r.leafIndex(), r.recordedAt(), r.record().reviewer().user(),
                        r.record().reviewer().role(), r.record().activity(), r.record().opinion()))
                .filter(e -> user == null || user.isBlank() || user.strip().equals(e.user()))
                .filter(e -> operation == null || operation.isBlank() || e.operation().startsWith(operation.strip()))
                .sorted(java.util.Comparator.comparingLong(Entry::leafIndex).reversed())
                .toList();
    }

    public CaseVerification verify(ZhibanUser reader) {
        requireAuditAdmin(reader);
        return auditor.verifyCase(AdminOperation.LOG_ID);
    }

    public RecordProof proof(ZhibanUser reader, String recordId) {
        requireAuditAdmin(reader);
        if (reviewLog.record(recordId).filter(r -> AdminOperation.LOG_ID.equals(r.record().caseId())).isEmpty()) {
            throw Refusal.notFound("ledger.record.notFound", "审核记录不存在 / no such record: " + recordId, recordId);
        }
        try {
            return proofs.prove(recordId);
        } catch (NotYetCheckpointedException e) {
            throw Refusal.retryLater("ledger.proof.notYet", "该记录尚未被签名检查点覆盖，请稍后重试 / not yet covered", retrySeconds);
        }
    }

    /** The log as CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese right). */
    public String csv(ZhibanUser reader, String user, String operation) {
        StringBuilder csv = new StringBuilder("\uFEFF序号,记录编号,时间,操作人,角色,操作,内容\n");
        for (Entry e : entries(reader, user, operation)) {
            csv.append(e.leafIndex()).append(',').append(e.recordId()).append(',').append(e.recordedAt()).append(',')
                    .append(cell(e.user())).append(',').append(cell(e.role())).append(',').append(cell(e.operation()))
                    .append(',').append(cell(e.detail())).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a cell starting with = + - @ would be a formula in a spreadsheet: quote it as text
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static void requireAuditAdmin(ZhibanUser reader) {
        org.zhiban.identity.Administrators.require(reader, Role.AUDITADMIN);
    }
}
