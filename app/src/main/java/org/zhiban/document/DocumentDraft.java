package org.zhiban.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentType;

/**
 * 公文稿: the elements of a document as the officer drafted them.
 *
 * @param mainRecipients 主送机关, several separated by 、 or ，
 */
public record DocumentDraft(String caseId, DocumentType docType, String title, String body, String documentNumber,
                            String issuingOrgan, String mainRecipients, String signingDate, String secrecyLevel,
                            String urgency, String attachmentNote, String archivedObjectKey, String archivedSha256,
                            Instant archivedAt, Instant updatedAt) {

    public DocumentFacts facts() {
        List<String> recipients = mainRecipients == null || mainRecipients.isBlank() ? List.of()
                : Arrays.stream(mainRecipients.split("[、，,；;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new DocumentFacts(docType, null, secrecyLevel, urgency, issuingOrgan, documentNumber, title,
                recipients, body, attachmentNote, asWritten(signingDate));
    }

    /** 成文日期 is stored as an ISO date and written the GB/T 9704 way: 2026年11月24日, no zero padding. */
    static String asWritten(String signingDate) {
        if (signingDate == null || !signingDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return signingDate;
        }
        java.time.LocalDate date = java.time.LocalDate.parse(signingDate);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
