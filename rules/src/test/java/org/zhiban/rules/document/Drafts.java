package org.zhiban.rules.document;

import java.util.List;

/** Test drafts: documents that follow every rule, and a builder to spoil one element at a time. */
final class Drafts {

    private Drafts() {
    }

    /** A classified, urgent 请示 with attachments — it exercises most rules without breaking any. */
    static Builder aCleanRequest() {
        return new Builder()
                .docType(DocumentType.REQUEST)
                .copyNumber("000012")
                .secrecyLevel("秘密★1年")
                .urgency("加急")
                .issuingOrgan("某市市场监督管理局")
                .documentNumber("某市监发〔2026〕7号")
                .signer("王明")
                .title("某市市场监督管理局关于申请2027年食品安全抽检专项经费的请示")
                .mainRecipients("某市人民政府")
                .body("为做好2027年全市食品安全监督抽检工作，现申请专项经费。妥否，请批示。")
                .attachmentNote("附件：1.2027年食品安全抽检工作方案\n2.专项经费预算明细表")
                .signingDate("2026年11月24日")
                .copyRecipients("某省市场监督管理局");
    }

    /** A plain 通知 with none of the optional header elements. */
    static Builder aPlainNotice() {
        return new Builder()
                .docType(DocumentType.NOTICE)
                .issuingOrgan("某市人民政府办公室")
                .documentNumber("某政办发〔2026〕12号")
                .title("某市人民政府办公室关于做好2027年元旦春节期间有关工作的通知")
                .mainRecipients("各区人民政府", "市政府各部门")
                .body("现将有关事项通知如下。\n一、加强值班值守\n二、做好安全检查\n特此通知。")
                .signingDate("2026年12月1日");
    }

    /** A 报告 to the 市政府, with a 签发人, that only reports. */
    static Builder aCleanReport() {
        return aCleanRequest().docType(DocumentType.REPORT)
                .title("某市市场监督管理局关于2026年食品安全抽检工作情况的报告")
                .body("现将2026年食品安全抽检工作情况报告如下。\n一、基本情况\n全年完成抽检1200批次。\n二、下一步工作\n继续加强抽检。\n特此报告。");
    }

    /** A 函 between departments of one city. */
    static Builder aCleanLetter() {
        return aPlainNotice().docType(DocumentType.LETTER)
                .issuingOrgan("某市财政局")
                .documentNumber("某财函〔2026〕3号")
                .title("某市财政局关于商请提供2026年食品抽检经费使用情况的函")
                .mainRecipients("某市市场监督管理局")
                .body("为做好预算绩效评价工作，请贵局于12月20日前提供2026年食品抽检经费使用情况。请函复。");
    }

    /** A 批复 that cites the 请示 it answers. */
    static Builder aCleanReply() {
        return aPlainNotice().docType(DocumentType.REPLY)
                .issuingOrgan("某市人民政府")
                .documentNumber("某政复〔2026〕5号")
                .title("某市人民政府关于同意拨付2027年食品安全抽检专项经费的批复")
                .mainRecipients("某市市场监督管理局")
                .body("你局《关于申请2027年食品安全抽检专项经费的请示》（某市监发〔2026〕7号）收悉。经研究，同意拨付专项经费。此复。");
    }

    static final class Builder {
        private final DocumentFactsBuilder facts = DocumentFacts.builder(DocumentType.NOTICE);

        Builder docType(DocumentType value) { facts.docType(value); return this; }
        Builder direction(Direction value) { facts.direction(value); return this; }
        Builder copyNumber(String value) { facts.copyNumber(value); return this; }
        Builder secrecyLevel(String value) { facts.secrecyLevel(value); return this; }
        Builder secrecyPeriod(String value) { facts.secrecyPeriod(value); return this; }
        Builder urgency(String value) { facts.urgency(value); return this; }
        Builder issuingOrgan(String value) { facts.issuingOrgan(value); return this; }
        Builder documentNumber(String value) { facts.documentNumber(value); return this; }
        Builder signer(String value) { facts.signer(value); return this; }
        Builder title(String value) { facts.title(value); return this; }
        Builder mainRecipients(String... values) { facts.mainRecipients(List.of(values)); return this; }
        Builder body(String value) { facts.body(value); return this; }
        Builder attachmentNote(String value) { facts.attachmentNote(value); return this; }
        Builder attachments(String... values) { facts.attachments(List.of(values)); return this; }
        Builder signingDate(String value) { facts.signingDate(value); return this; }
        Builder copyRecipients(String... values) { facts.copyRecipients(List.of(values)); return this; }

        DocumentFacts build() {
            return facts.build();
        }
    }
}
