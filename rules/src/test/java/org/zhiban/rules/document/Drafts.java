package org.zhiban.rules.document;

import java.util.List;

/** Test drafts: a 请示 that follows every rule, and a builder to spoil one element at a time. */
final class Drafts {

    private Drafts() {
    }

    /** A classified, urgent 请示 with attachments — it exercises every rule without breaking any. */
    static Builder aCleanRequest() {
        return new Builder()
                .docType(DocumentType.REQUEST)
                .copyNumber("000012")
                .secrecyLevel("秘密★1年")
                .urgency("加急")
                .issuingOrgan("某市市场监督管理局")
                .documentNumber("某市监发〔2026〕7号")
                .title("某市市场监督管理局关于申请2027年食品安全抽检专项经费的请示")
                .mainRecipients("某市人民政府")
                .body("为做好2027年全市食品安全监督抽检工作，现申请专项经费。妥否，请批示。")
                .attachmentNote("附件：1.2027年食品安全抽检工作方案\n2.专项经费预算明细表")
                .signingDate("2026年11月24日");
    }

    /** A plain 通知 with none of the optional header elements. */
    static Builder aPlainNotice() {
        return new Builder()
                .docType(DocumentType.NOTICE)
                .issuingOrgan("某市人民政府办公室")
                .documentNumber("某政办发〔2026〕12号")
                .title("某市人民政府办公室关于做好2027年元旦春节期间有关工作的通知")
                .mainRecipients("各区人民政府", "市政府各部门")
                .body("现将有关事项通知如下。特此通知。")
                .signingDate("2026年12月1日");
    }

    static final class Builder {
        private DocumentType docType;
        private String copyNumber;
        private String secrecyLevel;
        private String urgency;
        private String issuingOrgan;
        private String documentNumber;
        private String title;
        private List<String> mainRecipients = List.of();
        private String body;
        private String attachmentNote;
        private String signingDate;

        Builder docType(DocumentType value) { docType = value; return this; }
        Builder copyNumber(String value) { copyNumber = value; return this; }
        Builder secrecyLevel(String value) { secrecyLevel = value; return this; }
        Builder urgency(String value) { urgency = value; return this; }
        Builder issuingOrgan(String value) { issuingOrgan = value; return this; }
        Builder documentNumber(String value) { documentNumber = value; return this; }
        Builder title(String value) { title = value; return this; }
        Builder mainRecipients(String... values) { mainRecipients = List.of(values); return this; }
        Builder body(String value) { body = value; return this; }
        Builder attachmentNote(String value) { attachmentNote = value; return this; }
        Builder signingDate(String value) { signingDate = value; return this; }

        DocumentFacts build() {
            return new DocumentFacts(docType, copyNumber, secrecyLevel, urgency, issuingOrgan, documentNumber,
                    title, mainRecipients, body, attachmentNote, signingDate);
        }
    }
}
