package org.zhiban.inbox;

import java.util.Map;

/**
 * 办理: what the user decided on a task.
 *
 * @param outcome   e.g. {@code submit}, {@code approve}, {@code return}
 * @param opinion   审批意见, required for some outcomes
 * @param variables form fields the task lets the user change (e.g. the draft's title and body)
 */
public record TaskCompletion(String outcome, String opinion, Map<String, Object> variables) {

    public static final int MAX_OPINION_LENGTH = 2000;

    public TaskCompletion {
        variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    }
}
