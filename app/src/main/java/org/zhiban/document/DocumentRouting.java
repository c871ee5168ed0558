package org.zhiban.document;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;

/**
 * Where the 发文 process sends a draft, read from the draft when the process gets there (not copied into process
 * variables, which would need Java serialization for a list): the 会签 departments and the 阅件 recipients.
 * The owning department is never one of them: it drafts, reviews and issues the document itself.
 */
@Component("documentRouting")
public class DocumentRouting {

    private final DocumentDrafts drafts;
    private final CaseFiles caseFiles;

    DocumentRouting(DocumentDrafts drafts, CaseFiles caseFiles) {
        this.drafts = drafts;
        this.caseFiles = caseFiles;
    }

    public List<String> countersignDepartments(String caseId) {
        return others(caseId, drafts.find(caseId).orElseThrow().countersignDepartments());
    }

    public boolean needsCountersign(String caseId) {
        return !countersignDepartments(caseId).isEmpty();
    }

    public List<String> readerDepartments(String caseId) {
        return others(caseId, drafts.find(caseId).orElseThrow().readerDepartments());
    }

    private List<String> others(String caseId, List<String> departments) {
        String owner = caseFiles.find(caseId).map(CaseFile::department).orElse(null);
        return departments.stream().filter(d -> !d.equals(owner)).distinct().toList();
    }
}
