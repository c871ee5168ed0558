package org.zhiban.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.zhiban.audit.ReviewEvent;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseHistory;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.StoredObject;

/**
 * 归档: writes the approved document with its decisions to object storage and records the archive, with the
 * stored file's hash, on the ledger. Storing is content-addressed, so a retried archive job writes nothing new.
 */
@Service
class DocumentArchive {

    static final String ARCHIVE_PREFIX = "archive/document";

    private final DocumentDrafts drafts;
    private final CaseFiles caseFiles;
    private final CaseHistory caseHistory;
    private final ObjectStore objectStore;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentArchive(DocumentDrafts drafts, CaseFiles caseFiles, CaseHistory caseHistory, ObjectStore objectStore,
                    ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.caseFiles = caseFiles;
        this.caseHistory = caseHistory;
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
        Map<String, Object> archive = new LinkedHashMap<>();
        archive.put("caseId", caseId);
        archive.put("department", file.department());
        archive.put("initiator", file.initiator());
        archive.put("document", draft.facts());
        archive.put("decisions", caseHistory.decisions(caseId));
        byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsString(archive)
                .getBytes(StandardCharsets.UTF_8);
        StoredObject stored = objectStore.put(ARCHIVE_PREFIX + "/" + caseId, content, "application/json");
        drafts.markArchived(caseId, stored.key(), stored.sha256(), clock.instant());
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), caseId, processInstanceId, activityId,
                activityName, "archive", "system", "系统", file.department(), null, stored.sha256(), clock.instant()));
    }
}
