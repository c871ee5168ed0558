package org.zhiban.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Applies the 拟稿 form's checked values to a draft. What each field accepts is declared once, in
 * {@link DocumentCaseType#FIELDS}; the limits live here because the table's columns share them.
 */
final class DraftFields {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 200_000;
    static final int MAX_SHORT = 100;
    static final int MAX_LONG = 1000;

    private DraftFields() {
    }

    /** {@code in} holds only fields the step may edit, already validated and normalised; absent ones stay. */
    static DocumentDraft apply(DocumentDraft d, Map<String, Object> in, Instant now) {
        return new DocumentDraft(d.caseId(),
                in.containsKey("docType") ? DocumentTypes.require((String) in.get("docType")) : d.docType(),
                in.containsKey("title") ? (String) in.get("title") : d.title(),
                in.containsKey("body") ? (String) in.get("body") : d.body(),
                d.documentNumber(), value(in, "issuingOrgan", d.issuingOrgan()),
                value(in, "mainRecipients", d.mainRecipients()), d.signingDate(),
                value(in, "secrecyLevel", d.secrecyLevel()), value(in, "urgency", d.urgency()),
                value(in, "attachmentNote", d.attachmentNote()), value(in, "direction", d.direction()),
                value(in, "copyRecipients", d.copyRecipients()), value(in, "signer", d.signer()),
                value(in, "secrecyPeriod", d.secrecyPeriod()), value(in, "copyNumber", d.copyNumber()),
                list(in, "countersignDepartments", d.countersignDepartments()),
                list(in, "readerDepartments", d.readerDepartments()),
                value(in, "overrideReason", d.overrideReason()),
                d.archivedObjectKey(), d.archivedSha256(), d.archivedAt(), now);
    }

    private static String value(Map<String, Object> in, String field, String current) {
        return in.containsKey(field) ? (String) in.get(field) : current;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> in, String field, List<String> current) {
        return in.containsKey(field) ? (in.get(field) == null ? List.of() : (List<String>) in.get(field)) : current;
    }
}
