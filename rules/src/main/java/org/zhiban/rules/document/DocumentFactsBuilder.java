package org.zhiban.rules.document;

import java.util.List;

/** Builds {@link DocumentFacts} element by element; unset elements are absent. Not thread-safe. */
public final class DocumentFactsBuilder {

    private DocumentType docType;
    private Direction direction;
    private String copyNumber;
    private String secrecyLevel;
    private String secrecyPeriod;
    private String urgency;
    private String issuingOrgan;
    private String documentNumber;
    private String signer;
    private String title;
    private List<String> mainRecipients = List.of();
    private String body;
    private String attachmentNote;
    private List<String> attachments = List.of();
    private String signingDate;
    private List<String> copyRecipients = List.of();

    DocumentFactsBuilder(DocumentType docType) {
        this.docType = docType;
    }

    public DocumentFactsBuilder docType(DocumentType value) { docType = value; return this; }
    public DocumentFactsBuilder direction(Direction value) { direction = value; return this; }
    public DocumentFactsBuilder copyNumber(String value) { copyNumber = value; return this; }
    public DocumentFactsBuilder secrecyLevel(String value) { secrecyLevel = value; return this; }
    public DocumentFactsBuilder secrecyPeriod(String value) { secrecyPeriod = value; return this; }
    public DocumentFactsBuilder urgency(String value) { urgency = value; return this; }
    public DocumentFactsBuilder issuingOrgan(String value) { issuingOrgan = value; return this; }
    public DocumentFactsBuilder documentNumber(String value) { documentNumber = value; return this; }
    public DocumentFactsBuilder signer(String value) { signer = value; return this; }
    public DocumentFactsBuilder title(String value) { title = value; return this; }
    public DocumentFactsBuilder mainRecipients(List<String> values) { mainRecipients = values; return this; }
    public DocumentFactsBuilder mainRecipients(String... values) { return mainRecipients(List.of(values)); }
    public DocumentFactsBuilder body(String value) { body = value; return this; }
    public DocumentFactsBuilder attachmentNote(String value) { attachmentNote = value; return this; }
    public DocumentFactsBuilder attachments(List<String> values) { attachments = values; return this; }
    public DocumentFactsBuilder attachments(String... values) { return attachments(List.of(values)); }
    public DocumentFactsBuilder signingDate(String value) { signingDate = value; return this; }
    public DocumentFactsBuilder copyRecipients(List<String> values) { copyRecipients = values; return this; }
    public DocumentFactsBuilder copyRecipients(String... values) { return copyRecipients(List.of(values)); }

    public DocumentFacts build() {
        return new DocumentFacts(docType, direction, copyNumber, secrecyLevel, secrecyPeriod, urgency, issuingOrgan,
                documentNumber, signer, title, mainRecipients, body, attachmentNote, attachments, signingDate,
                copyRecipients);
    }
}
