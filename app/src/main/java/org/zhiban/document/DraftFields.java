package org.zhiban.document;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The 拟稿 form's fields: which exist, their limits, and how input is applied to a draft. */
final class DraftFields {

    static final Set<String> EDITABLE = Set.of("title", "docType", "body", "documentNumber", "issuingOrgan",
            "mainRecipients", "signingDate", "secrecyLevel", "urgency", "attachmentNote");

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 200_000;
    static final int MAX_SHORT = 100;
    static final int MAX_LONG = 1000;

    private DraftFields() {
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("标题不能为空 / title is required");
        }
        return limited("title", title.strip(), MAX_TITLE);
    }

    static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("正文不能为空 / body is required");
        }
        return limited("body", body, MAX_BODY);
    }

    static DocumentDraft apply(DocumentDraft d, Map<String, Object> in, Instant now) {
        return new DocumentDraft(d.caseId(),
                in.containsKey("docType") ? DocumentTypes.require(text(in, "docType")) : d.docType(),
                in.containsKey("title") ? title(text(in, "title")) : d.title(),
                in.containsKey("body") ? body(text(in, "body")) : d.body(),
                optional(in, "documentNumber", d.documentNumber(), MAX_SHORT),
                optional(in, "issuingOrgan", d.issuingOrgan(), MAX_SHORT),
                optional(in, "mainRecipients", d.mainRecipients(), MAX_LONG),
                optional(in, "signingDate", d.signingDate(), MAX_SHORT),
                optional(in, "secrecyLevel", d.secrecyLevel(), MAX_SHORT),
                optional(in, "urgency", d.urgency(), MAX_SHORT),
                optional(in, "attachmentNote", d.attachmentNote(), MAX_LONG),
                d.archivedObjectKey(), d.archivedSha256(), d.archivedAt(), now);
    }

    private static String optional(Map<String, Object> in, String field, String current, int max) {
        if (!in.containsKey(field)) {
            return current;
        }
        String value = text(in, field);
        return value == null || value.isBlank() ? null : limited(field, value.strip(), max);
    }

    private static String text(Map<String, Object> in, String field) {
        Object value = in.get(field);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("字段 " + field + " 应为文本 / " + field + " must be a string");
        }
        return (String) value;
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("字段 " + field + " 不能超过 " + max + " 字 / " + field + " too long");
        }
        return value;
    }
}
