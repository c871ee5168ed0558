package org.zhiban.document;

import java.util.List;
import java.util.Map;
import org.zhiban.rules.document.Direction;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentFactsBuilder;
import org.zhiban.rules.document.DocumentField;
import org.zhiban.rules.document.Finding;
import org.zhiban.shared.Refusal;

/**
 * {@code POST /api/documents/check}: a document as an outside system writes it — the elements under their Chinese
 * keys (发文机关, 发文字号, 标题, 主送, 抄送, 成文日期, 密级, 份号, 保密期限, 紧急程度, 签发人, 附件说明, 附件), the body
 * beside them — and the findings the way it reads them back: the field by its Chinese key, offsets into that
 * field's text, the severity in lower case.
 *
 * @param fields values are text; 主送, 抄送 and 附件 may also be lists
 */
public record DocumentCheckRequest(String docType, String direction, Map<String, Object> fields, String body) {

    static final int MAX_TEXT = DraftFields.MAX_BODY;

    /** One finding as the API writes it. */
    public record CheckFinding(String ruleId, String severity, String field, Integer start, Integer end,
                               String message, String suggestion, String source) {

        static CheckFinding of(Finding f) {
            return new CheckFinding(f.ruleId(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                    f.documentField().key(), f.start(), f.end(), f.message(), f.suggestion(), f.basis());
        }
    }

    public record CheckResult(List<CheckFinding> findings) {

        static CheckResult of(List<Finding> findings) {
            return new CheckResult(findings.stream().map(CheckFinding::of).toList());
        }
    }

    DocumentFacts facts() {
        var type = DocumentTypes.parse(docType).orElseThrow(() -> Refusal.invalid("document.check.docType",
                "docType 应为《党政机关公文处理工作条例》第八条所列十五种文种之一 / docType must be one of the fifteen types: "
                        + docType, String.valueOf(docType)));
        DocumentFactsBuilder b = DocumentFacts.builder(type);
        try {
            b.direction(Direction.parse(direction));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("document.check.direction", e.getMessage(), String.valueOf(direction));
        }
        Map<String, Object> in = fields == null ? Map.of() : fields;
        for (Map.Entry<String, Object> e : in.entrySet()) {
            DocumentField field;
            try {
                field = DocumentField.fromKey(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw Refusal.invalid("document.check.field", "未知的公文要素「" + e.getKey() + "」/ unknown field: "
                        + e.getKey(), e.getKey());
            }
            set(b, field, e.getKey(), e.getValue());
        }
        String text = body != null ? body : in.get("正文") instanceof String s ? s : null;
        return b.body(limited("正文", text)).build();
    }

    private static void set(DocumentFactsBuilder b, DocumentField field, String key, Object value) {
        switch (field) {
            case MAIN_RECIPIENTS -> b.mainRecipients(list(key, value));
            case COPY_RECIPIENTS -> b.copyRecipients(list(key, value));
            case ATTACHMENTS -> b.attachments(list(key, value));
            case COPY_NUMBER -> b.copyNumber(text(key, value));
            case SECRECY_LEVEL -> b.secrecyLevel(text(key, value));
            case SECRECY_PERIOD -> b.secrecyPeriod(text(key, value));
            case URGENCY -> b.urgency(text(key, value));
            case ISSUING_ORGAN -> b.issuingOrgan(text(key, value));
            case DOCUMENT_NUMBER -> b.documentNumber(text(key, value));
            case SIGNER -> b.signer(text(key, value));
            case TITLE -> b.title(text(key, value));
            case BODY -> b.body(text(key, value));
            case ATTACHMENT_NOTE -> b.attachmentNote(text(key, value));
            case SIGNING_DATE -> b.signingDate(text(key, value));
            case DOC_TYPE, DIRECTION -> { } // given at the top level
        }
    }

    private static String text(String key, Object value) {
        if (value == null || value instanceof String) {
            return limited(key, (String) value);
        }
        throw Refusal.invalid("document.check.notText", "「" + key + "」应为文本 / must be text", key);
    }

    /** A list as given, or a text split where 、，；or a line break separate organs or attachments. */
    private static List<String> list(String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l && l.stream().allMatch(v -> v instanceof String)) {
            return l.stream().map(v -> limited(key, (String) v)).toList();
        }
        if (value instanceof String s) {
            return List.of(limited(key, s).split("[、，,；;\\n]")).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
        }
        throw Refusal.invalid("document.check.notList", "「" + key + "」应为文本或文本列表 / must be text or a list", key);
    }

    private static String limited(String key, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw Refusal.invalid("document.check.tooLong", "「" + key + "」超过 " + MAX_TEXT + " 字 / too long", key,
                    MAX_TEXT);
        }
        return value;
    }
}
