package org.zhiban.ai;

import java.time.Instant;

/**
 * What an AI step suggested for a case field, and what became of it.
 *
 * @param callId   the AI call that produced it (its routing decision), in the call log
 * @param notice   why no model wrote it (未配置模型 …), null when one did
 * @param decision null while open; {@code accepted}, {@code edited} or {@code rejected} once the next task is done
 * @param diff     for an edit: the changes from the suggestion to what the officer kept, one per line
 *                 ({@code -删去} / {@code +加入})
 */
public record AiSuggestion(String id, String caseId, String activityId, String task, String field, String model,
                           boolean fallback, String notice, String prompt, String content, String contentSha256,
                           int unresolvedCitations, Instant createdAt, String decision, String decidedBy,
                           String decidedIn, Instant decidedAt, String finalContent, String diff,
                           String callId) {

    public boolean open() {
        return decision == null;
    }
}
