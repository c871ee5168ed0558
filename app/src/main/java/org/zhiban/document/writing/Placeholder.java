package org.zhiban.document.writing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named gaps a template may leave, {@code {name}} in its text. The set is closed: a template naming anything
 * else stops the start, so a typo never reaches an officer as a literal brace.
 */
enum Placeholder {
    /** 主送机关 */ RECIPIENTS("recipients", "主送机关"),
    /** 事由, from the title: 关于<u>开展安全生产检查</u>的通知 */ SUBJECT("subject", "事由"),
    /** 标题 as given */ TITLE("title", "标题"),
    /** the work named in 《》 in the title: 关于印发《<u>××办法</u>》的通知 */ CITED("cited", "文件名称"),
    /** 缘由 (purpose and basis), one clause as the officer wrote it */ REASON("reason", "缘由"),
    /** the key points as 事项 numbered 一、二、 */ POINTS("points", "事项"),
    /** the key points numbered （一）（二）, inside a section of the template */ SUBPOINTS("subpoints", "事项"),
    /** how a reply addresses the organ it answers: 你局 downward, 贵局 between peers */ ADDRESSEE("you", "称谓"),
    /** 来文标题 of the 请示 or 函 answered */ INCOMING_TITLE("incomingTitle", "来文标题"),
    /** 来文发文字号 */ INCOMING_NUMBER("incomingNumber", "来文字号");

    private final String key;
    private final String label;

    Placeholder(String key, String label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    /** What the preview shows in its place: 〔事由〕. */
    String label() {
        return label;
    }

    static Optional<Placeholder> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
