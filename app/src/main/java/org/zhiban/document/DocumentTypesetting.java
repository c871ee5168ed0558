package org.zhiban.document;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.StoredObject;

/**
 * 排版 step: lays the signed, numbered document out as DOCX, OFD and PDF and stores them, for 用印印发 to check and
 * everyone to download. An async job: a layout or storage failure is retried, then an incident — the case waits.
 */
@Component("documentTypesetting")
class DocumentTypesetting implements JavaDelegate {

    private final DocumentDrafts drafts;
    private final DocumentLayouts layouts;
    private final DocumentRenditions renditions;
    private final CaseFiles caseFiles;
    private final ObjectStore objectStore;
    private final Clock clock;

    DocumentTypesetting(DocumentDrafts drafts, DocumentLayouts layouts, DocumentRenditions renditions,
                        CaseFiles caseFiles, ObjectStore objectStore, Clock clock) {
        this.drafts = drafts;
        this.layouts = layouts;
        this.renditions = renditions;
        this.caseFiles = caseFiles;
        this.objectStore = objectStore;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        DocumentDraft draft = drafts.find(caseId).orElseThrow();
        for (LayoutFormat format : LayoutFormat.values()) {
            byte[] content = layouts.render(file, draft, format);
            StoredObject stored = objectStore.put(prefix(caseId, DocumentRenditions.LAYOUT), content, format.mediaType());
            renditions.put(caseId, DocumentRenditions.LAYOUT, DocumentRenditions.Kind.valueOf(format.name()),
                    stored.key(), stored.sha256(), clock.instant());
        }
    }

    static String prefix(String caseId, String stage) {
        return "document/" + caseId + "/" + stage;
    }
}
