package org.zhiban.document.writing;

import java.util.List;

/**
 * 导入的公文: the elements read from an uploaded DOCX, each null when the document did not have it.
 *
 * @param docType        the 文种 the title ends with (通知, 请示 …), or null
 * @param documentNumber 发文字号 as written (e.g. 某办发〔2026〕7号); the rules check its form later
 * @param mainRecipients 主送机关, without the closing colon
 * @param paragraphs     the body, one paragraph each, with its heading level
 * @param body           the same paragraphs as text, one per line
 * @param attachmentNote 附件说明 as written, from 附件： on, one attachment per line
 * @param issuingOrgan   发文机关署名
 * @param signingDate    成文日期 as an ISO date (2026-11-24) when it could be read, else as written
 */
public record ImportedDocument(String title, String docType, String documentNumber, String mainRecipients,
                               List<Paragraph> paragraphs, String body, String attachmentNote, String issuingOrgan,
                               String signingDate) {

    public ImportedDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * One paragraph of the body.
     *
     * @param level 0 for text; 1 to 4 for a heading of the 一、 （一） 1. （1） levels (GB/T 9704 7.3.3), from its
     *              numbering or, when it has none, from its Word heading style
     */
    public record Paragraph(int level, String text) {
    }
}
