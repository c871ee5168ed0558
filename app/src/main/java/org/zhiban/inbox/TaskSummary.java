package org.zhiban.inbox;

import java.time.Instant;

/**
 * 待办/已办条目: one task as the inbox and external OA systems see it.
 *
 * @param department  the department the task is routed to
 * @param completable whether the caller may decide it now: false for a done task, and for one assigned to them
 *                    that 职责分离 keeps from them (they opened the case or decided another of its steps); claimable
 *                    tasks it keeps from them are not listed at all
 */
public record TaskSummary(String id, String name, String caseId, String caseTitle, String caseType, String processKey,
                          String activityId, String department, Instant created, Instant due, String assignee,
                          Instant completed, boolean completable) {}
