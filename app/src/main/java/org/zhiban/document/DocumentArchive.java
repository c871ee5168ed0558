package org.zhiban.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.zhiban.audit.ReviewEvent;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseHistory;
import org.zhiban.cases.Decision;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.identity.Directory;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.StoredObject;
import org.zhiban.ledger.record.ReviewAction;

/**
 * 归档: files the issued document — its DOCX, OFD and PDF as laid out and issued, the 发文稿纸 with every stage's
 * names, opinions and times, and a manifest of the elements, the decisions and every file's hash — in object
 * storage, and puts each file's hash on the ledger. Storing is content-addressed, so a retried job writes nothing new.
 */
@Service
class DocumentArchive {

    private final DocumentDrafts drafts;
    private final DocumentRenditions renditions;
    private final DocumentLayouts layouts;
    private final CaseFiles caseFiles;
    private final CaseHistory caseHistory;
    private final Directory directory;
    private final ObjectStore objectStore;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentArchive(DocumentDrafts drafts, DocumentRenditions renditions, DocumentLayouts layouts, CaseFiles caseFiles,
                    CaseHistory caseHistory, Directory directory, ObjectStore objectStore, ObjectMapper json,
                    ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.renditions = renditions;
        this.layouts = layouts;
        this.caseFiles = caseFiles;
        this.caseHistory = caseHistory;
        this.directory = directory;
        this.objectStore = objectStore;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Archives the case's document as the step {@code activityId} of process instance {@code processInstanceId}. */
    void archive(String caseId, String processInstanceId, String activityId, String activityName)
            throws JsonProcessingException {
        CaseFile file = caseFiles.find(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        DocumentDraft draft = drafts.find(caseId).orElseThrow();
        List<Decision> decisions = caseHistory.decisions(caseId);
        String prefix = DocumentTypesetting.prefix(caseId, DocumentRenditions.ARCHIVE);
        Map<String, Object> filed = new LinkedHashMap<>();
        for (LayoutFormat format : LayoutFormat.values()) {
            DocumentRenditions.Kind kind = DocumentRenditions.Kind.valueOf(format.name());
            filed.put(kind.name(), keep(caseId, prefix, kind, issued(file, draft, format, kind)));
        }
        Map<String, String> names = directory.displayNamesOf(decisions.stream().map(Decision::userId).toList());
        byte[] sheet = ProcessingSheet.docx(draft, file.department(), decisions, names, directory.departments());
        filed.put(DocumentRenditions.Kind.SHEET.name(), keep(caseId, prefix, DocumentRenditions.Kind.SHEET, sheet));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("caseId", caseId);
        manifest.put("department", file.department());
        manifest.put("initiator", file.initiator());
        manifest.put("document", DocumentVersions.contentOf(draft));
        manifest.put("decisions", decisions);
        manifest.put("files", filed);
        byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
                .getBytes(StandardCharsets.UTF_8);
        StoredObject record = objectStore.put(prefix, content, DocumentRenditions.Kind.RECORD.mediaType);
        renditions.put(caseId, DocumentRenditions.ARCHIVE, DocumentRenditions.Kind.RECORD, record.key(), record.sha256(),
                clock.instant());
        drafts.markArchived(caseId, record.key(), record.sha256(), clock.instant());
        for (Map.Entry<String, Object> f : filed.entrySet()) {
            publish(file, processInstanceId, activityId, activityName, "归档 " + f.getKey(),
                    ((StoredObject) f.getValue()).sha256());
        }
        publish(file, processInstanceId, activityId, activityName, "归档清单", record.sha256());
    }

    /** The file as issued (laid out at 排版); laid out now only for a case that never went through 排版. */
    private byte[] issued(CaseFile file, DocumentDraft draft, LayoutFormat format, DocumentRenditions.Kind kind) {
        return renditions.find(file.caseId(), DocumentRenditions.LAYOUT, kind)
                .flatMap(r -> objectStore.get(r.objectKey()))
                .orElseGet(() -> layouts.render(file, draft, format));
    }

    private StoredObject keep(String caseId, String prefix, DocumentRenditions.Kind kind, byte[] content) {
        StoredObject stored = objectStore.put(prefix, content, kind.mediaType);
        renditions.put(caseId, DocumentRenditions.ARCHIVE, kind, stored.key(), stored.sha256(), clock.instant());
        return stored;
    }

    private void publish(CaseFile file, String processInstanceId, String activityId, String activityName,
                         String what, String sha256) {
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), processInstanceId, activityId,
                activityName, ReviewAction.ARCHIVE.entryName(), SystemRecords.SYSTEM_USER, "系统", file.department(),
                what, sha256, clock.instant()));
    }
}
