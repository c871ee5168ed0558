package org.zhiban.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.ledger.audit.AuditReport;
import org.zhiban.ledger.audit.CaseVerification;
import org.zhiban.ledger.proof.RecordProof;

/**
 * 审核账本 API. A proof can be checked by anyone with the RFC 9162 algorithm alone, or offline with
 * {@code java -jar ledger/target/ledger-verifier.jar proof.json}.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final ReviewTrail trail;

    LedgerController(ReviewTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/records")
    @PreAuthorize("hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')")
    List<ReviewTrail.RecordView> records(@RequestParam String caseId) {
        return trail.records(CurrentUser.get(), caseId);
    }

    /** 409 with Retry-After until a signed checkpoint covers the record. */
    @GetMapping("/records/{id}/proof")
    @PreAuthorize("hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')")
    RecordProof proof(@PathVariable String id) {
        return trail.proof(CurrentUser.get(), id);
    }

    @GetMapping("/cases/{caseId}/verification")
    @PreAuthorize("hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')")
    CaseVerification verifyCase(@PathVariable String caseId) {
        return trail.verifyCase(CurrentUser.get(), caseId);
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('AUDITOR','AUDITADMIN')")
    AuditReport audit() {
        return trail.auditWholeLog(CurrentUser.get());
    }
}
