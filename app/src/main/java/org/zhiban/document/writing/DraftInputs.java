package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.util.List;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Refusal;

/**
 * What the officer gives for a draft. Only the 文种 and the title are required; whatever else is missing becomes
 * 〔待补充〕 in a template, and the model is told to mark it the same way.
 *
 * @param form           the template form (事项通知, 复函 …); null for the one that suits the direction
 * @param direction      null for the form's usual one
 * @param mainRecipients 主送机关, several separated by 、
 * @param reason         缘由: purpose and basis, one clause
 * @param attachments    material for the model (its text) and the 附件说明 (its name)
 * @param incomingTitle  for a 批复 or 复函: the title of the 请示 or 函 answered
 * @param incomingNumber its 发文字号
 */
public record DraftInputs(DocumentType docType, String form, Direction direction, String title,
                          List<String> keyPoints, String mainRecipients, String reason,
                          List<Attachment> attachments, String incomingTitle, String incomingNumber) {

    static final int MAX_TITLE = 200;
    static final int MAX_POINTS = 30;
    static final int MAX_POINT = 2000;
    static final int MAX_SHORT = 1000;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_ATTACHMENT_TEXT = 50_000;

    /** An attachment: its name for the 附件说明, its text (may be empty) for the model to draw facts from. */
    public record Attachment(String name, String text) {
    }

    public DraftInputs {
        if (docType == null) {
            throw Refusal.invalid("document.docType.required", "请选择文种 / docType is required");
        }
        title = trimmed(title);
        if (title == null) {
            throw Refusal.invalid("document.title.required", "请填写标题 / a title is required");
        }
        if (title.length() > MAX_TITLE) {
            throw Refusal.invalid("document.title.tooLong", "标题不能超过200字 / the title is too long", MAX_TITLE);
        }
        keyPoints = keyPoints == null ? List.of()
                : keyPoints.stream().map(DraftInputs::trimmed).filter(p -> p != null).toList();
        if (keyPoints.size() > MAX_POINTS || keyPoints.stream().anyMatch(p -> p.length() > MAX_POINT)) {
            throw Refusal.invalid("document.keyPoints.tooMany",
                    "要点最多30条，每条不超过2000字 / at most 30 key points of 2000 characters", MAX_POINTS, MAX_POINT);
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw Refusal.invalid("document.attachments.tooMany", "附件最多10个 / at most 10 attachments",
                    MAX_ATTACHMENTS);
        }
        for (Attachment a : attachments) {
            if (a == null || trimmed(a.name()) == null || a.name().length() > MAX_TITLE
                    || (a.text() != null && a.text().length() > MAX_ATTACHMENT_TEXT)) {
                throw Refusal.invalid("document.attachment.invalid",
                        "每个附件须有名称（不超过200字），正文不超过5万字 / each attachment needs a name; its text at most 50,000 characters");
            }
        }
        form = trimmed(form);
        mainRecipients = shortText(mainRecipients, "mainRecipients");
        reason = shortText(reason, "reason");
        incomingTitle = shortText(incomingTitle, "incomingTitle");
        incomingNumber = shortText(incomingNumber, "incomingNumber");
    }

    private static String shortText(String value, String field) {
        String t = trimmed(value);
        if (t != null && t.length() > MAX_SHORT) {
            throw Refusal.invalid("document.field.tooLong", field + " 不能超过1000字 / " + field + " is too long",
                    field, MAX_SHORT);
        }
        return t;
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
