package org.zhiban.ai;

import org.zhiban.integrations.llm.ChatEndpoint;
import org.zhiban.shared.Classification;

/**
 * 路由决定: which model a request goes to, or why it goes to none. Recorded with every result and on the case.
 *
 * @param endpoint null when refused
 * @param refusal  null when a model was chosen
 */
public record Routing(ChatEndpoint endpoint, Classification classification, Refused refusal) {

    /** Why no model sees a request. */
    public enum Refused {
        NO_MODEL("未配置模型"),
        SECRET("涉密数据不发送任何模型"),
        NO_LOCAL_MODEL("敏感数据只发送本地模型，未配置本地模型");

        private final String reason;

        Refused(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public boolean routed() {
        return endpoint != null;
    }

    public String modelName() {
        return endpoint == null ? null : endpoint.endpoint().name();
    }

    /** Personal data is redacted unless the model runs inside the network. */
    public boolean redacts() {
        return endpoint != null && !endpoint.endpoint().local();
    }

    /** For people and records: 公开 → deepseek（外部，已脱敏）, 涉密 → 涉密数据不发送任何模型. */
    public String describe() {
        if (refusal != null) {
            return classification.label() + "：" + refusal.reason();
        }
        return classification.label() + " → " + modelName() + (endpoint.endpoint().local() ? "（本地模型）" : "（外部模型，个人信息已脱敏）");
    }
}
