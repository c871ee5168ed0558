package org.zhiban.cases;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;

/** 案件 API. Department isolation is enforced inside every query: a case out of reach is 404. */
@RestController
@RequestMapping("/api")
class CaseController {

    private final CaseViewing caseViewing;
    private final CaseSearch caseSearch;
    private final CaseTypeCatalog catalog;
    private final CaseTypes caseTypes;
    private final CaseFiles caseFiles;
    private final CaseClassification classification;

    CaseController(CaseViewing caseViewing, CaseSearch caseSearch, CaseTypeCatalog catalog, CaseTypes caseTypes,
                   CaseFiles caseFiles, CaseClassification classification) {
        this.classification = classification;
        this.caseViewing = caseViewing;
        this.caseSearch = caseSearch;
        this.catalog = catalog;
        this.caseTypes = caseTypes;
        this.caseFiles = caseFiles;
    }

    /** 案件查询: {@code sort} is {@code created} (default), {@code title} or {@code caseId}; {@code asc=true} ascending. */
    @GetMapping("/cases")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    CaseSearch.Page search(@RequestParam(required = false) String type, @RequestParam(required = false) String state,
                           @RequestParam(required = false) String department,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort,
                           @RequestParam(defaultValue = "false") boolean asc) {
        return caseSearch.search(CurrentUser.get(),
                new CaseSearch.Criteria(type, state, department, from, to, q, page, size, sort, asc));
    }

    /** Opens a case of any type in the caller's department, from the type's start form. */
    @PostMapping("/cases")
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    ResponseEntity<Opened> open(@RequestBody OpenRequest request) {
        CaseType type = caseTypes.find(request.type() == null ? "" : request.type()).orElseThrow(() ->
                Refusal.invalid("case.type.unknown", "未知案件类型 / unknown case type: " + request.type(), request.type()));
        ZhibanUser user = CurrentUser.get();
        CaseFile file = caseFiles.open(type, request.title(), user.departmentId(), user, request.data());
        return ResponseEntity.created(URI.create("/api/cases/" + file.caseId()))
                .body(new Opened(file.caseId(), file.processInstanceId()));
    }

    record OpenRequest(String type, String title, Map<String, Object> data) {}

    record Opened(String caseId, String processInstanceId) {}

    record ClassificationRequest(String classification) {
    }

    record ClassificationResponse(String caseId, String classification) {
    }

    /** 调整数据分级: the owning department raises (or restores) it, never below the case type's floor. */
    @org.springframework.web.bind.annotation.PutMapping("/cases/{caseId}/classification")
    @PreAuthorize("hasAnyRole('OFFICER','LEADER')")
    ClassificationResponse classify(@PathVariable String caseId, @RequestBody ClassificationRequest request) {
        return new ClassificationResponse(caseId,
                classification.change(CurrentUser.get(), caseId, request.classification()).label());
    }

    @GetMapping("/cases/{caseId}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    CaseDetails get(@PathVariable String caseId) {
        return caseViewing.details(CurrentUser.get(), caseId);
    }

    @GetMapping(value = "/cases/{caseId}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    @PreAuthorize(Role.Names.IS_CASE_READER)
    String diagram(@PathVariable String caseId) {
        return caseViewing.diagram(CurrentUser.get(), caseId);
    }

    /** Every case type with its fields and outcomes, for OA clients and the UI. */
    @GetMapping("/case-types")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<CaseTypeCatalog.TypeDescription> caseTypes() {
        return catalog.describe();
    }
}
