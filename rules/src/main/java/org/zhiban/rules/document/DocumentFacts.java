package org.zhiban.rules.document;

import java.util.List;
import java.util.Objects;

/**
 * 公文要素 — the elements of a 公文 draft that the compliance rules look at, as the officer wrote them.
 *
 * <p>The order follows the element list of 《党政机关公文处理工作条例》第九条. Text fields are kept exactly as
 * written (never normalised) because the rules judge the writing itself. A {@code null} or blank field means
 * the element is absent; only {@code docType} is required.
 *
 * @param docType        文种
 * @param copyNumber     份号, e.g. "000123"
 * @param secrecyLevel   密级和保密期限, e.g. "秘密★1年"
 * @param urgency        紧急程度, e.g. "特急"
 * @param issuingOrgan   发文机关
 * @param documentNumber 发文字号, e.g. "国办发〔2026〕7号"; {@code null} until the draft is numbered
 * @param title          标题
 * @param mainRecipients 主送机关, one entry per organ
 * @param body           正文
 * @param attachmentNote 附件说明, e.g. "附件：1.实施方案\n2.经费预算表"
 * @param signingDate    成文日期, e.g. "2026年11月24日"
 */
public record DocumentFacts(
        DocumentType docType,
        String copyNumber,
        String secrecyLevel,
        String urgency,
        String issuingOrgan,
        String documentNumber,
        String title,
        List<String> mainRecipients,
        String body,
        String attachmentNote,
        String signingDate) {

    public DocumentFacts {
        Objects.requireNonNull(docType, "docType (文种) is required");
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
    }
}
