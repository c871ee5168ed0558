package org.zhiban.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 办理: what the user decided on a task.
 *
 * @param outcome    one of the step's declared outcomes, e.g. {@code submit}, {@code approve}, {@code return}
 * @param opinion    审批意见, required for some outcomes
 * @param variables  form fields the step lets the user change (e.g. the draft's title and body)
 * @param suggestion what became of the AI suggestion shown on the task ({@code accepted}, {@code edited},
 *                   {@code rejected}), or null
 */
public record TaskCompletion(String outcome, String opinion, Map<String, Object> variables, String suggestion) {

    public static final int MAX_OPINION_LENGTH = 2000;

    public TaskCompletion {
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        if (suggestion != null && !java.util.Set.of("accepted", "edited", "rejected").contains(suggestion)) {
            throw org.zhiban.shared.Refusal.invalid("task.suggestion.unknown",
                    "suggestion 应为 accepted、edited 或 rejected / suggestion must be accepted, edited or rejected");
        }
    }

    public TaskCompletion(String outcome, String opinion, Map<String, Object> variables) {
        this(outcome, opinion, variables, null);
    }
}
