package org.zhiban.rules.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 文种用语 — the phrases that belong to one 文种 and betray another: a 报告 asking for approval, a 请示 closing
 * like a report, a 函 asking for instructions, forms of address against the direction (REFERENCE §A.6 L07–L09).
 */
public final class GenrePhrases {

    /** Asking a superior to decide: the mark of a 请示 (条例第十五条（四）). */
    private static final Pattern APPROVAL_REQUEST = Pattern.compile(
            "((?:妥否|当否|可否|是否妥当)[，,]\\s*请(?:批示|批复|审批|审定|指示)|请予批准|请予审批|请予批复|请批示|请审批|请批复|请批准)");
    /** Any way of asking for a decision, broader than the closing formula. */
    private static final Pattern ANY_REQUEST = Pattern.compile(
            "请[^。；\\n]{0,8}?(批示|批复|审批|批准|审定|审核|指示|同意|支持|核准|研究|定夺|示复)");
    private static final Pattern CLOSING_FORMULA = Pattern.compile(
            "((?:妥否|当否|可否|是否妥当|以上请示)[，,]?\\s*请(?:批示|批复|审批|审定|指示))");
    private static final Pattern REPORT_CLOSING = Pattern.compile("(特此报告|专此报告)");
    private static final Pattern INSTRUCTION_REQUEST = Pattern.compile("((?:妥否|当否)[，,]\\s*请批示|请批示|请指示)");
    private static final Pattern SECOND_PERSON = Pattern.compile("(你(?:局|市|县|区|省|委|厅|部|办|院|单位|公司|处|中心|署))");
    /** 《…请示》 or any 《…》 followed by its 发文字号 in brackets: the incoming document is named. */
    private static final Pattern CITED_DOCUMENT = Pattern.compile("《[^》]*(?:请示|报告|函)》|《[^》]+》\\s*[（(][^）)]*号[）)]");

    private GenrePhrases() {
    }

    public static List<TextMatch> approvalRequests(String body) {
        return Texts.find(APPROVAL_REQUEST, body, m -> "");
    }

    public static boolean asksForDecision(String body) {
        return body != null && ANY_REQUEST.matcher(body).find();
    }

    /** The second and later closing formulas of a 请示: more than one means more than one matter. */
    public static List<TextMatch> extraClosings(String body) {
        List<TextMatch> closings = Texts.find(CLOSING_FORMULA, body);
        return closings.size() < 2 ? List.of() : closings.subList(1, closings.size());
    }

    public static List<TextMatch> reportClosings(String body) {
        return Texts.find(REPORT_CLOSING, body, m -> "妥否，请批示");
    }

    public static List<TextMatch> instructionRequests(String body) {
        return Texts.find(INSTRUCTION_REQUEST, body, m -> "请函复");
    }

    /** 你局、你市… addressing the reader as a subordinate; a 平行文 says 贵局. */
    public static List<TextMatch> secondPerson(String body, Direction direction) {
        return Texts.find(SECOND_PERSON, body,
                m -> direction == Direction.PARALLEL ? "贵" + m.group(1).substring(1) : null);
    }

    public static boolean citesIncomingDocument(String body) {
        return body != null && CITED_DOCUMENT.matcher(body).find();
    }
}
