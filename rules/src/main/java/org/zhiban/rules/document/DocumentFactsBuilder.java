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

    /**
     * Sets a text element by its {@link DocumentField}, as an API that receives the Chinese keys does. 文种 and
     * 行文方向 are parsed ({@link DocumentType#parse}, {@link Direction#parse}); list elements take
     * {@link #field(DocumentField, List)}.
     */
    public DocumentFactsBuilder field(DocumentField field, String value) {
        switch (field) {
            case DOC_TYPE -> docType(DocumentType.parse(value));
            case DIRECTION -> direction(Direction.parse(value));
            case COPY_NUMBER -> copyNumber(value);
            case SECRECY_LEVEL -> secrecyLevel(value);
            case SECRECY_PERIOD -> secrecyPeriod(value);
            case URGENCY -> urgency(value);
            case ISSUING_ORGAN -> issuingOrgan(value);
            case DOCUMENT_NUMBER -> documentNumber(value);
            case SIGNER -> signer(value);
            case TITLE -> title(value);
            case BODY -> body(value);
            case ATTACHMENT_NOTE -> attachmentNote(value);
            case SIGNING_DATE -> signingDate(value);
            case MAIN_RECIPIENTS, COPY_RECIPIENTS, ATTACHMENTS ->
                    throw new IllegalArgumentException(field.key() + "是列表，请逐项提供");
        }
        return this;
    }

    /** Sets a list element (主送, 抄送, 附件) by its {@link DocumentField}. */
    public DocumentFactsBuilder field(DocumentField field, List<String> values) {
        switch (field) {
            case MAIN_RECIPIENTS -> mainRecipients(values);
            case COPY_RECIPIENTS -> copyRecipients(values);
            case ATTACHMENTS -> attachments(values);
            default -> throw new IllegalArgumentException(field.key() + "不是列表");
        }
        return this;
    }

    public DocumentFacts build() {
        return new DocumentFacts(docType, direction, copyNumber, secrecyLevel, secrecyPeriod, urgency, issuingOrgan,
                documentNumber, signer, title, mainRecipients, body, attachmentNote, attachments, signingDate,
                copyRecipients);
    }
}
