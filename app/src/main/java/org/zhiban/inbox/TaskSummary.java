package org.zhiban.inbox;

import java.time.Instant;

/**
 * 待办/已办条目: one task as the inbox and external OA systems see it.
 *
 * @param department the department the task is routed to
 */
public record TaskSummary(String id, String name, String caseId, String caseTitle, String caseType, String processKey,
                          String activityId, String department, Instant created, Instant due, String assignee,
                          Instant completed) {}
