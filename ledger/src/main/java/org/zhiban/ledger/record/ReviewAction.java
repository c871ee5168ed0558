package org.zhiban.ledger.record;

import java.util.Arrays;
import java.util.Locale;

/** 审核动作: what a reviewer did. In entries each is written lower-case with hyphens, e.g. {@code accept-ai}. */
public enum ReviewAction {

    /** 提交 */
    SUBMIT,
    /** 同意 / 审批通过 */
    APPROVE,
    /** 退回 */
    RETURN,
    /** 不予办理 / 驳回: a request or case refused on its merits, as opposed to sent back for correction */
    REJECT,
    /** 会签 */
    COUNTERSIGN,
    /** 意见 */
    COMMENT,
    /** AI建议: what a model (or, without one, the rules and templates in its place) suggested at an AI step */
    SUGGEST_AI,
    /** 采纳AI建议 */
    ACCEPT_AI,
    /** 修改AI建议 */
    EDIT_AI,
    /** 驳回AI建议 */
    REJECT_AI,
    /** 推翻规则结论 */
    OVERRIDE_RULE,
    /** 上报 / 报告 */
    REPORT,
    /** 材料存证: an uploaded file's hash recorded when it arrives, so what was reviewed is provably what was uploaded */
    ATTACH,
    /** 归档: a finished document stored with its hash (a system step, recorded like a decision) */
    ARCHIVE,
    /** 签发: the leader signs the document for issue */
    SIGN,
    /** 编号: a 发文字号 given to a signed document, or voided when it went back (a system step) */
    NUMBER,
    /** 用印/印发: the document sealed and issued */
    ISSUE,
    /** 阅知: a recipient department confirms it has read a distributed document (the read receipt) */
    READ,
    /** 管理操作: an act of the system or security administrator, the knowledge administration or the system itself */
    ADMINISTER;

    /** The name written into entries: {@code ACCEPT_AI} becomes {@code accept-ai}. */
    public String entryName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReviewAction fromEntryName(String entryName) {
        return Arrays.stream(values())
                .filter(a -> a.entryName().equals(entryName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review action '" + entryName + "'"));
    }
}
