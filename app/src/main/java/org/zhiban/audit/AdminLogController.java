package org.zhiban.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.ledger.audit.CaseVerification;
import org.zhiban.ledger.proof.RecordProof;

/** 审计管理员 API: the administrative operation log, its export, its verification and each record's proof. */
@RestController
@RequestMapping("/api/admin/operations")
@PreAuthorize("hasRole('AUDITADMIN')")
class AdminLogController {

    private final AdminLog adminLog;

    AdminLogController(AdminLog adminLog) {
        this.adminLog = adminLog;
    }

    @GetMapping
    List<AdminLog.Entry> entries(@RequestParam(required = false) String user,
                                 @RequestParam(required = false) String operation) {
        return adminLog.entries(CurrentUser.get(), user, operation);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String user,
                                  @RequestParam(required = false) String operation) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"admin-operations.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(adminLog.csv(CurrentUser.get(), user, operation).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/verification")
    CaseVerification verify() {
        return adminLog.verify(CurrentUser.get());
    }

    @GetMapping("/{recordId}/proof")
    RecordProof proof(@PathVariable String recordId) {
        return adminLog.proof(CurrentUser.get(), recordId);
    }
}
