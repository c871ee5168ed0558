package org.zhiban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiban.cases.CaseAccess;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.audit.LogAuditor;
import org.zhiban.ledger.log.LoggedRecord;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.proof.NotYetCheckpointedException;
import org.zhiban.ledger.proof.ProofService;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.record.Reviewer;
import org.zhiban.shared.Refusal;

/** How the review trail answers before a checkpoint covers a record, and who may ask. */
class ReviewTrailTest {

    static final String RECORD = "0f948001-0074-4334-8200-5dea39b75241";
    final ZhibanUser auditor = new ZhibanUser("auditor", "审计员", null, null, Set.of(Role.AUDITOR));
    final ReviewLog log = mock(ReviewLog.class);
    final ProofService proofs = mock(ProofService.class);
    final CaseAccess access = mock(CaseAccess.class);
    final LedgerProperties ledger = new LedgerProperties("SM3", "zhiban/review-log", "local", 100,
            java.time.Duration.ofSeconds(10), java.nio.file.Path.of("key.pem"), true);
    final ReviewTrail trail = new ReviewTrail(log, proofs, mock(LogAuditor.class), access, ledger);

    @Test
    void a_proof_asked_for_before_its_checkpoint_is_a_409_with_a_retry_hint() {
        given_a_logged_record_of_case("GW-2026-000001");
        when(proofs.prove(RECORD)).thenThrow(new NotYetCheckpointedException(RECORD, 7, 5));

        Refusal problem = catchThrowableOfType(Refusal.class, () -> trail.proof(auditor, RECORD));

        assertThat(problem.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(problem.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void a_record_of_a_case_the_caller_may_not_read_is_not_found() {
        given_a_logged_record_of_case("GW-2026-000002");
        when(access.readable(any(), eq("GW-2026-000002"))).thenThrow(Refusal.notFound("case.notFound", "no such case"));

        Refusal problem = catchThrowableOfType(Refusal.class,
                () -> trail.proof(new ZhibanUser("zhaoliu", "赵六", "legal", "法制科", Set.of(Role.OFFICER)), RECORD));

        assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(problem.getMessage()).as("the refusal names the record asked for, never its case")
                .doesNotContain("GW-2026-000002");
    }

    @Test
    void only_auditors_may_verify_the_whole_log() {
        Refusal problem = catchThrowableOfType(Refusal.class, () -> trail.auditWholeLog(
                new ZhibanUser("wangwu", "王五", "office", "办公室", Set.of(Role.LEADER))));
        assertThat(problem.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    private void given_a_logged_record_of_case(String caseId) {
        ReviewRecord record = new ReviewRecord(RECORD, new Reviewer("lisi", "reviewer", "office"), caseId, "pi-1",
                "review", ReviewAction.APPROVE, null, "同意。");
        when(log.record(RECORD)).thenReturn(Optional.of(new LoggedRecord(7, Instant.now(), record, "{}")));
    }
}
