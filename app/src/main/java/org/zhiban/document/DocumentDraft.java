package org.zhiban.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.zhiban.rules.document.Direction;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentType;

/**
 * 公文稿: the elements of a document as the officer drafted them, and where it is routed.
 *
 * @param mainRecipients         主送机关, several separated by 、 or ，
 * @param direction              行文方向: 上行文, 平行文 or 下行文
 * @param copyRecipients         抄送机关, as on the 版记
 * @param signer                 签发人 (上行文), as printed in the 版头
 * @param copyNumber             份号 (涉密公文)
 * @param countersignDepartments the departments that 会签 the draft, in the order named
 * @param readerDepartments      internal departments that receive the issued document to read (阅件)
 * @param overrideReason         why the drafter submits despite blocking findings; consumed by the next check
 */
public record DocumentDraft(String caseId, DocumentType docType, String title, String body, String documentNumber,
                            String issuingOrgan, String mainRecipients, String signingDate, String secrecyLevel,
                            String urgency, String attachmentNote, String direction, String copyRecipients,
                            String signer, String secrecyPeriod, String copyNumber,
                            List<String> countersignDepartments, List<String> readerDepartments,
                            String overrideReason, String archivedObjectKey, String archivedSha256,
                            Instant archivedAt, Instant updatedAt) {

    public DocumentDraft {
        countersignDepartments = countersignDepartments == null ? List.of() : List.copyOf(countersignDepartments);
        readerDepartments = readerDepartments == null ? List.of() : List.copyOf(readerDepartments);
    }

    /** A new draft as the start form leaves it: type, title and body. */
    static DocumentDraft started(String caseId, DocumentType type, String title, String body, Instant at) {
        return new DocumentDraft(caseId, type, title, body, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), null, null, null, null, at);
    }

    public DocumentFacts facts() {
        return facts(List.of());
    }

    /** @param attachments the titles of the files attached to the case, checked against the 附件说明 */
    public DocumentFacts facts(List<String> attachments) {
        return DocumentFacts.builder(docType).attachments(attachments).direction(Direction.parse(direction)).copyNumber(copyNumber)
                .secrecyLevel(secrecyLevel).secrecyPeriod(secrecyPeriod).urgency(urgency).issuingOrgan(issuingOrgan)
                .documentNumber(documentNumber).signer(signer).title(title).mainRecipients(organs(mainRecipients))
                .body(body).attachmentNote(attachmentNote).signingDate(asWritten(signingDate))
                .copyRecipients(organs(copyRecipients)).build();
    }

    /** 主送 or 抄送 as a list of organs. */
    static List<String> organs(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[、，,；;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    DocumentDraft numbered(String number, LocalDate signedOn, Instant at) {
        return new DocumentDraft(caseId, docType, title, body, number, issuingOrgan, mainRecipients,
                signedOn == null ? null : signedOn.toString(), secrecyLevel, urgency, attachmentNote, direction,
                copyRecipients, signer, secrecyPeriod, copyNumber, countersignDepartments, readerDepartments,
                overrideReason, archivedObjectKey, archivedSha256, archivedAt, at);
    }

    DocumentDraft withoutOverride() {
        return new DocumentDraft(caseId, docType, title, body, documentNumber, issuingOrgan, mainRecipients,
                signingDate, secrecyLevel, urgency, attachmentNote, direction, copyRecipients, signer, secrecyPeriod,
                copyNumber, countersignDepartments, readerDepartments, null, archivedObjectKey, archivedSha256,
                archivedAt, updatedAt);
    }

    /** 成文日期 is stored as an ISO date and written the GB/T 9704 way: 2026年11月24日, no zero padding. */
    static String asWritten(String signingDate) {
        if (signingDate == null || !signingDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return signingDate;
        }
        LocalDate date = LocalDate.parse(signingDate);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
