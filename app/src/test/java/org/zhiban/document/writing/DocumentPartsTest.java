package org.zhiban.document.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a 公文's elements in its paragraphs where GB/T 9704 puts them, and not where it does not. */
class DocumentPartsTest {

    @Test
    void a_number_quoted_in_the_body_is_not_the_documents_own() {
        ImportedDocument d = DocumentParts.read(List.of(
                WordParagraph.text("关于同意购置执法记录仪的批复"),
                WordParagraph.text("市交通运输局："),
                WordParagraph.text("你局《关于购置执法记录仪的请示》（某交发〔2026〕3号）收悉。经研究，批复如下："),
                WordParagraph.text("一、同意购置。"),
                WordParagraph.text("此复。"),
                WordParagraph.text("某市人民政府"),
                WordParagraph.text("2026年4月1日")));

        assertThat(d.documentNumber()).isNull();
        assertThat(d.title()).isEqualTo("关于同意购置执法记录仪的批复");
        assertThat(d.docType()).isEqualTo("批复");
        assertThat(d.mainRecipients()).isEqualTo("市交通运输局");
        assertThat(d.paragraphs()).extracting(ImportedDocument.Paragraph::level).containsExactly(0, 1, 0);
        assertThat(d.issuingOrgan()).isEqualTo("某市人民政府");
        assertThat(d.signingDate()).isEqualTo("2026-04-01");
    }

    @Test
    void the_number_of_an_upward_document_shares_its_line_with_the_signer() {
        ImportedDocument d = DocumentParts.read(List.of(
                centred("某市交通运输局文件", 36),
                WordParagraph.text("某交发〔2026〕3号　　　　签发人：张三"),
                centred("某市交通运输局关于购置执法记录仪的请示", 22),
                WordParagraph.text("市人民政府："),
                WordParagraph.text("妥否，请批示。")));

        assertThat(d.documentNumber()).isEqualTo("某交发〔2026〕3号");
        assertThat(d.title()).isEqualTo("某市交通运输局关于购置执法记录仪的请示");
        assertThat(d.body()).isEqualTo("妥否，请批示。");
    }

    @Test
    void an_organs_name_set_large_above_a_letter_is_not_its_title() {
        ImportedDocument d = DocumentParts.read(List.of(
                centred("某市市场监督管理局", 36),
                centred("关于商请共享企业登记数据的函", 22),
                WordParagraph.text("市数据局："),
                WordParagraph.text("特此函商，请予支持。")));

        assertThat(d.title()).isEqualTo("关于商请共享企业登记数据的函");
        assertThat(d.mainRecipients()).isEqualTo("市数据局");
    }

    @Test
    void a_centred_title_naming_no_type_is_still_the_title_and_a_document_without_signature_has_none() {
        ImportedDocument d = DocumentParts.read(List.of(
                centred("2026年安全生产工作要点", 22),
                WordParagraph.text("一、压实责任。"),
                WordParagraph.text("附件：检查表")));

        assertThat(d.title()).isEqualTo("2026年安全生产工作要点");
        assertThat(d.docType()).isNull();
        assertThat(d.mainRecipients()).isNull();
        assertThat(d.body()).isEqualTo("一、压实责任。");
        assertThat(d.attachmentNote()).isEqualTo("附件：检查表");
        assertThat(d.issuingOrgan()).isNull();
        assertThat(d.signingDate()).isNull();
    }

    private static WordParagraph centred(String text, double points) {
        return new WordParagraph(text, true, points, 0, false);
    }
}
