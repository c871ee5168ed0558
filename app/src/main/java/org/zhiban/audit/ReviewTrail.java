package org.zhiban.audit;

import org.zhiban.shared.Refusal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseAccess;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.audit.AuditReport;
import org.zhiban.ledger.audit.CaseVerification;
import org.zhiban.ledger.audit.LogAuditor;
import org.zhiban.ledger.log.LoggedRecord;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.proof.NotYetCheckpointedException;
import org.zhiban.ledger.proof.ProofService;
import org.zhiban.ledger.proof.RecordNotFoundException;
import org.zhiban.ledger.proof.RecordProof;

/**
 * 审核留痕: a case's review records, their proofs and their verification, for whoever may read the case
 * (its department's staff, and auditors). A record's case decides who may see it.
 */
@Service
public class ReviewTrail {


    private final ReviewLog reviewLog;
    private final ProofService proofs;
    private final LogAuditor auditor;
    private final CaseAccess caseAccess;
    /** A proof asked for before its checkpoint is worth retrying after one checkpoint interval (10 s by default). */
    private final int retrySeconds;

    ReviewTrail(ReviewLog reviewLog, ProofService proofs, LogAuditor auditor, CaseAccess caseAccess,
                LedgerProperties ledger) {
        this.reviewLog = reviewLog;
        this.proofs = proofs;
        this.auditor = auditor;
        this.caseAccess = caseAccess;
        this.retrySeconds = (int) Math.max(1, ledger.checkpointEvery().toSeconds());
    }

    /** One review record as the API and the auditor view show it. */
    public record RecordView(String recordId, long leafIndex, Instant recordedAt, String user, String role,
                             String department, String processInstanceId, String activity, String action,
                             String opinion, String documentHash, String entry) {

        static RecordView of(LoggedRecord r) {
            var rec = r.record();
            return new RecordView(r.recordId(), r.leafIndex(), r.recordedAt(), rec.reviewer().user(),
                    rec.reviewer().role(), rec.reviewer().department(), rec.processInstanceId(), rec.activity(),
                    rec.action().entryName(), rec.opinion(), rec.document() == null ? null : rec.document().hex(),
                    r.entry());
        }
    }

    public List<RecordView> records(ZhibanUser user, String caseId) {
        caseAccess.readable(user, caseId);
        return reviewLog.records(caseId).stream().map(RecordView::of).toList();
    }

    public RecordProof proof(ZhibanUser user, String recordId) {
        LoggedRecord record = reviewLog.record(recordId)
                .orElseThrow(() -> Refusal.notFound("ledger.record.notFound", "审核记录不存在 / no such record: " + recordId, recordId));
        try {
            caseAccess.readable(user, record.record().caseId());
        } catch (Refusal notReadable) {
            // Answer about the record asked for; naming its case would tell another department the case exists.
            throw Refusal.notFound("ledger.record.notFound", "审核记录不存在 / no such record: " + recordId, recordId);
        }
        try {
            return proofs.prove(recordId);
        } catch (NotYetCheckpointedException e) {
            throw Refusal.retryLater("ledger.proof.notYet", "该记录尚未被签名检查点覆盖，请稍后重试 / not yet covered by a signed checkpoint",
                    retrySeconds);
        } catch (RecordNotFoundException e) {
            throw Refusal.notFound("ledger.record.notFound", "审核记录不存在 / no such record: " + recordId, recordId);
        }
    }

    public CaseVerification verifyCase(ZhibanUser user, String caseId) {
        caseAccess.readable(user, caseId);
        return auditor.verifyCase(caseId);
    }

    /** The whole log against every checkpoint and the anchor chain; auditors only. */
    public AuditReport auditWholeLog(ZhibanUser user) {
        if (!user.has(Role.AUDITOR) && !user.has(Role.AUDITADMIN)) {
            throw Refusal.forbidden("ledger.audit.forbidden", "只有审计人员可以核验全部账本 / auditors only");
        }
        return auditor.audit();
    }
}
