package org.zhiban.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFile;
import org.zhiban.contract.report.ContractReportDocuments;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/** The report of a contract case as it stands, for whoever may read the case, in each export format. */
@Service
public class ContractCaseReports {

    public enum Format {
        JSON("application/json", "json"), PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private final ContractStore store;
    private final ContractFiles files;
    private final CaseAccess access;
    private final ObjectMapper json;
    private final Clock clock;
    private final java.nio.file.Path font;

    ContractCaseReports(ContractStore store, ContractFiles files, CaseAccess access, ObjectMapper json, Clock clock,
                        ContractProperties properties) {
        this.font = java.nio.file.Path.of(properties.reportFont());
        this.store = store;
        this.files = files;
        this.access = access;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.clock = clock;
    }

    CaseFile contractCase(ZhibanUser user, String caseId) {
        CaseFile file = access.readable(user, caseId);
        if (!ContractCaseType.ID.equals(file.caseType())) {
            throw Refusal.notFound("contract.notFound", "合同审查案件不存在或无权查看 / no such contract review: " + caseId,
                    caseId);
        }
        return file;
    }

    public ContractReport report(ZhibanUser user, String caseId) {
        return of(contractCase(user, caseId)).orElseThrow(() -> Refusal.notFound("contract.report.none",
                "本案尚未完成自动审查 / the contract has not been reviewed yet", caseId));
    }

    /** The report of the case's latest round, without an access check: for the process's own steps. */
    Optional<ContractReport> of(CaseFile file) {
        return store.latestRound(file.caseId()).map(round -> ContractReports.ofCase(file.caseId(), file.department(),
                store.source(round.sourceId()).orElseThrow(), round, store.findings(round.id()),
                store.decisions(round.id()), clock.instant()));
    }

    /** The reviewed text, for the beside-the-original view. */
    public String text(ZhibanUser user, String caseId) {
        contractCase(user, caseId);
        ContractStore.Round round = store.latestRound(caseId).orElseThrow(() -> Refusal.notFound(
                "contract.report.none", "本案尚未完成自动审查 / the contract has not been reviewed yet", caseId));
        return files.text(store.source(round.sourceId()).orElseThrow());
    }

    public byte[] render(ContractReport report, Format format) {
        return switch (format) {
            case JSON -> json(report);
            case PDF -> ContractReportDocuments.pdf(report, font);
            case DOCX -> ContractReportDocuments.docx(report);
        };
    }

    byte[] json(ContractReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
