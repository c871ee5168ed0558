package org.zhiban.contract;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.Classification;
import org.zhiban.shared.Refusal;

/** 合同审查 API: batch review without a case, the case's upload and revision, findings' decisions, report, history, dashboard. */
@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractTexts texts;
    private final ContractReviewing reviewing;
    private final ContractIntake intake;
    private final ContractCaseReports reports;
    private final ContractDecisions decisions;
    private final ContractHistory history;
    private final ContractDashboard dashboard;
    private final Clock clock;

    ContractController(ContractTexts texts, ContractReviewing reviewing, ContractIntake intake,
                       ContractCaseReports reports, ContractDecisions decisions, ContractHistory history,
                       ContractDashboard dashboard, Clock clock) {
        this.texts = texts;
        this.reviewing = reviewing;
        this.intake = intake;
        this.reports = reports;
        this.decisions = decisions;
        this.history = history;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** The report of one contract (and its 中标通知书), without a case or a process: nothing is stored. */
    @PostMapping(value = "/review", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    ContractReport review(@RequestParam("file") MultipartFile file,
                          @RequestParam(value = "award", required = false) MultipartFile award) throws IOException {
        ContractTexts.ReadFile contract = texts.read(file.getOriginalFilename(), file.getBytes());
        Optional<ContractTexts.ReadFile> notice = award == null || award.isEmpty() ? Optional.empty()
                : Optional.of(texts.read(award.getOriginalFilename(), award.getBytes()));
        ContractReviewing.Review review = reviewing.review(contract.text().text(),
                notice.map(n -> n.text().text()), Classification.INTERNAL, null);
        return ContractReports.batch(contract, review, clock.instant());
    }

    record Opened(String caseId, List<String> sameFileIn, ContractReport report) {}

    /** 上传合同: opens a 合同审查 case in the caller's department; 自动审查 runs at once. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Opened> open(@RequestParam("file") MultipartFile file,
                                @RequestParam(value = "award", required = false) MultipartFile award,
                                @RequestParam(value = "title", required = false) String title) throws IOException {
        ContractIntake.Opened opened = intake.open(CurrentUser.get(), title, file.getOriginalFilename(), file.getBytes(),
                award == null || award.isEmpty() ? null : award.getOriginalFilename(),
                award == null || award.isEmpty() ? null : award.getBytes());
        return ResponseEntity.created(URI.create("/api/contracts/" + opened.caseId()))
                .body(new Opened(opened.caseId(), opened.sameFileIn(), reports.report(CurrentUser.get(), opened.caseId())));
    }

    /** 修改合同: the revised contract while the case waits for it. */
    @PostMapping(value = "/{caseId}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    ContractIntake.Revised revise(@PathVariable String caseId, @RequestParam("file") MultipartFile file,
                                  @RequestParam(value = "award", required = false) MultipartFile award)
            throws IOException {
        return intake.revise(CurrentUser.get(), caseId, file.getOriginalFilename(), file.getBytes(),
                award == null || award.isEmpty() ? null : award.getOriginalFilename(),
                award == null || award.isEmpty() ? null : award.getBytes());
    }

    @GetMapping("/{caseId}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ContractReport report(@PathVariable String caseId) {
        return reports.report(CurrentUser.get(), caseId);
    }

    @GetMapping("/{caseId}/text")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    Map<String, String> text(@PathVariable String caseId) {
        return Map.of("text", reports.text(CurrentUser.get(), caseId));
    }

    /** The report as it stands, as PDF, DOCX or JSON. */
    @GetMapping("/{caseId}/report.{format}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ResponseEntity<byte[]> export(@PathVariable String caseId, @PathVariable String format) {
        ContractCaseReports.Format f = switch (format) {
            case "pdf" -> ContractCaseReports.Format.PDF;
            case "docx" -> ContractCaseReports.Format.DOCX;
            case "json" -> ContractCaseReports.Format.JSON;
            default -> throw Refusal.notFound("contract.report.format", "报告格式只有 pdf、docx、json / formats: pdf, docx, json",
                    format);
        };
        ContractReport report = reports.report(CurrentUser.get(), caseId);
        byte[] body = reports.render(report, f);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("合同审查报告-" + caseId + "." + f.extension, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", org.zhiban.integrations.storage.Sha256.hex(body))
                .contentType(MediaType.parseMediaType(f.mediaType)).body(body);
    }

    record DecisionRequest(String decision, String opinion) {}

    /** 采纳 or 不采纳 one finding, by the 会审 reviewer holding the task. */
    @PostMapping("/{caseId}/findings/{findingId}/decision")
    @PreAuthorize("hasRole('REVIEWER')")
    ContractReport.DecisionView decide(@PathVariable String caseId, @PathVariable String findingId,
                                       @RequestBody DecisionRequest request) {
        return decisions.decide(CurrentUser.get(), caseId, findingId, request.decision(), request.opinion());
    }

    @GetMapping("/{caseId}/findings/{findingId}/similar")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<ContractHistory.Precedent> similar(@PathVariable String caseId, @PathVariable String findingId,
                                            @RequestParam(defaultValue = "5") int limit) {
        reports.contractCase(CurrentUser.get(), caseId);
        return history.similar(CurrentUser.get(), caseId, findingId, Math.max(1, Math.min(limit, 50)));
    }

    /** 历史风险案例库 search. */
    @GetMapping("/findings")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<ContractHistory.Precedent> findings(@RequestParam(required = false) String ruleId,
                                             @RequestParam(required = false) String party,
                                             @RequestParam(required = false) String department,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) String q) {
        return history.search(CurrentUser.get(), new ContractHistory.Criteria(ruleId, party, department, from, to, q));
    }

    @GetMapping("/dashboard")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ContractDashboard.Summary dashboard() {
        return dashboard.summary(CurrentUser.get());
    }

    @GetMapping("/dashboard/contracts")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<ContractDashboard.Entry> drill(@RequestParam(required = false) String dimension,
                                        @RequestParam(required = false) String key,
                                        @RequestParam(required = false) String level) {
        return dashboard.drill(CurrentUser.get(), dimension, key, level);
    }
}
