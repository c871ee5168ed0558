package org.zhiban.rules.document;

import java.util.List;
import java.util.Objects;

/**
 * 公文要素 — the elements of a 公文 draft that the compliance rules look at, as the officer wrote them.
 *
 * <p>The order follows the element list of 《党政机关公文处理工作条例》第九条. Text fields are kept exactly as
 * written (never normalised) because the rules judge the writing itself, and a {@link Finding}'s offsets point
 * into that text. A {@code null} or blank field means the element is absent; only {@code docType} is required.
 * Build one with {@link #builder(DocumentType)} rather than the long constructor.
 *
 * @param docType        文种
 * @param direction      行文方向; {@code null} when not stated (see {@link #effectiveDirection()})
 * @param copyNumber     份号, e.g. "000123"
 * @param secrecyLevel   密级, e.g. "秘密"; the combined form "秘密★1年" is accepted too
 * @param secrecyPeriod  保密期限, e.g. "1年", when written apart from the 密级
 * @param urgency        紧急程度, e.g. "特急"
 * @param issuingOrgan   发文机关 (several organs of a joint issue separated by 、)
 * @param documentNumber 发文字号, e.g. "国办发〔2026〕7号"; {@code null} until the draft is numbered
 * @param signer         签发人, the name(s), e.g. "张三"; required on 上行文
 * @param title          标题
 * @param mainRecipients 主送机关, one entry per organ
 * @param body           正文
 * @param attachmentNote 附件说明, e.g. "附件：1.实施方案\n2.经费预算表"
 * @param attachments    titles of the attachments actually attached, in order; empty when not known
 * @param signingDate    成文日期, e.g. "2026年11月24日"; {@code null} until signed
 * @param copyRecipients 抄送机关, one entry per organ
 */
public record DocumentFacts(
        DocumentType docType,
        Direction direction,
        String copyNumber,
        String secrecyLevel,
        String secrecyPeriod,
        String urgency,
        String issuingOrgan,
        String documentNumber,
        String signer,
        String title,
        List<String> mainRecipients,
        String body,
        String attachmentNote,
        List<String> attachments,
        String signingDate,
        List<String> copyRecipients) {

    public DocumentFacts {
        Objects.requireNonNull(docType, "docType (文种) is required");
        mainRecipients = listOf(mainRecipients);
        attachments = listOf(attachments);
        copyRecipients = listOf(copyRecipients);
    }

    /** The original eleven elements; the ones added later (行文方向, 保密期限, 签发人, 附件, 抄送) are absent. */
    public DocumentFacts(DocumentType docType, String copyNumber, String secrecyLevel, String urgency,
                         String issuingOrgan, String documentNumber, String title, List<String> mainRecipients,
                         String body, String attachmentNote, String signingDate) {
        this(docType, null, copyNumber, secrecyLevel, null, urgency, issuingOrgan, documentNumber, null, title,
                mainRecipients, body, attachmentNote, List.of(), signingDate, List.of());
    }

    public static DocumentFactsBuilder builder(DocumentType docType) {
        return new DocumentFactsBuilder(docType);
    }

    /** The stated 行文方向, or the one the 文种 implies (请示 and 报告 go up, 批复 goes down), or {@code null}. */
    public Direction effectiveDirection() {
        return direction != null ? direction : Direction.impliedBy(docType);
    }

    /** Whether this document goes to a superior, stated or implied by its 文种. */
    public boolean upward() {
        return effectiveDirection() == Direction.UPWARD;
    }

    /** Copies the list (so the record stays immutable) and drops the null or blank entries a form might send. */
    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }
}
