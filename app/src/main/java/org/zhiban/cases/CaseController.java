package org.zhiban.cases;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;

/** 案件查询 API. Department isolation is enforced by {@link CaseAccess}: other departments' cases are 404. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseViewing caseViewing;

    CaseController(CaseViewing caseViewing) {
        this.caseViewing = caseViewing;
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')")
    CaseDetails get(@PathVariable String caseId) {
        return caseViewing.details(CurrentUser.get(), caseId);
    }

    @GetMapping(value = "/{caseId}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')")
    String diagram(@PathVariable String caseId) {
        return caseViewing.diagram(CurrentUser.get(), caseId);
    }
}
