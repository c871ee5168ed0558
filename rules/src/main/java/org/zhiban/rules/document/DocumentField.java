package org.zhiban.rules.document;

import java.util.List;
import java.util.function.Function;

/**
 * 公文要素名 — each {@link DocumentFacts} component with the Chinese key the API and the UI show for it.
 *
 * <p>{@link #textOf} is the text a {@link Finding}'s offsets point into: the field as written, and for a list
 * the entries joined by one separator character (主送 and 抄送 by "、", 附件 by a line break), so offsets line
 * up with a one-line form field that used any one-character separator.
 */
public enum DocumentField {
    DOC_TYPE("docType", "文种", facts -> facts.docType().term()),
    DIRECTION("direction", "行文方向", facts -> facts.direction() == null ? null : facts.direction().term()),
    COPY_NUMBER("copyNumber", "份号", DocumentFacts::copyNumber),
    SECRECY_LEVEL("secrecyLevel", "密级", DocumentFacts::secrecyLevel),
    SECRECY_PERIOD("secrecyPeriod", "保密期限", DocumentFacts::secrecyPeriod),
    URGENCY("urgency", "紧急程度", DocumentFacts::urgency),
    ISSUING_ORGAN("issuingOrgan", "发文机关", DocumentFacts::issuingOrgan),
    DOCUMENT_NUMBER("documentNumber", "发文字号", DocumentFacts::documentNumber),
    SIGNER("signer", "签发人", DocumentFacts::signer),
    TITLE("title", "标题", DocumentFacts::title),
    MAIN_RECIPIENTS("mainRecipients", "主送", facts -> join(facts.mainRecipients(), "、")),
    BODY("body", "正文", DocumentFacts::body),
    ATTACHMENT_NOTE("attachmentNote", "附件说明", DocumentFacts::attachmentNote),
    ATTACHMENTS("attachments", "附件", facts -> join(facts.attachments(), "\n")),
    SIGNING_DATE("signingDate", "成文日期", DocumentFacts::signingDate),
    COPY_RECIPIENTS("copyRecipients", "抄送", facts -> join(facts.copyRecipients(), "、"));

    /** Separator of {@link #MAIN_RECIPIENTS} and {@link #COPY_RECIPIENTS} entries in {@link #textOf}. */
    public static final String RECIPIENT_SEPARATOR = "、";

    private final String component;
    private final String key;
    private final Function<DocumentFacts, String> text;

    DocumentField(String component, String key, Function<DocumentFacts, String> text) {
        this.component = component;
        this.key = key;
        this.text = text;
    }

    /** The {@link DocumentFacts} component name, as in {@link Finding#field()}. */
    public String component() {
        return component;
    }

    /** The Chinese key (发文字号, 正文, …). */
    public String key() {
        return key;
    }

    /** The text offsets refer to; {@code null} when the element is absent. */
    public String textOf(DocumentFacts facts) {
        return text.apply(facts);
    }

    public static DocumentField fromComponent(String component) {
        for (DocumentField field : values()) {
            if (field.component.equals(component)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown DocumentFacts component: " + component);
    }

    public static DocumentField fromKey(String key) {
        for (DocumentField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("未知的公文要素：" + key);
    }

    private static String join(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }
}
