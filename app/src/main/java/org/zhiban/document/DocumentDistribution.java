package org.zhiban.document;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;
import org.zhiban.identity.Directory;
import org.zhiban.ledger.record.ReviewAction;

/**
 * 分发: puts on the ledger to whom the issued document went — 主送 and 抄送 as on the 版记, and the internal
 * departments that get a 阅件 task — with the hash of the issued PDF, so what each received is provable. The 阅件
 * tasks themselves are the process's next step; their completion is each department's read receipt.
 */
@Component("documentDistribution")
class DocumentDistribution implements JavaDelegate {

    private final DocumentDrafts drafts;
    private final DocumentRouting routing;
    private final DocumentRenditions renditions;
    private final CaseFiles caseFiles;
    private final Directory directory;
    private final SystemRecords records;

    DocumentDistribution(DocumentDrafts drafts, DocumentRouting routing, DocumentRenditions renditions,
                         CaseFiles caseFiles, Directory directory, SystemRecords records) {
        this.drafts = drafts;
        this.routing = routing;
        this.renditions = renditions;
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        DocumentDraft draft = drafts.find(caseId).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add("分发 " + (draft.documentNumber() == null ? "" : draft.documentNumber()));
        if (draft.mainRecipients() != null) {
            lines.add("主送：" + draft.mainRecipients());
        }
        if (draft.copyRecipients() != null) {
            lines.add("抄送：" + draft.copyRecipients());
        }
        List<String> readers = routing.readerDepartments(caseId);
        if (!readers.isEmpty()) {
            lines.add("阅件：" + String.join("、", readers.stream().map(this::departmentName).toList()));
        }
        String pdfHash = renditions.find(caseId, DocumentRenditions.LAYOUT, DocumentRenditions.Kind.PDF)
                .map(DocumentRenditions.Rendition::sha256).orElse(null);
        records.record(file, execution, ReviewAction.ISSUE, String.join("；", lines), pdfHash);
    }

    private String departmentName(String id) {
        return directory.departmentName(id).orElse(id);
    }
}
