package org.zhiban.inbox;

import java.util.List;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.Outcome;

/**
 * 待办详情: an open task the user may work on, and what they may decide on it.
 *
 * @param outcomes       the declared outcome ids, in order (kept as ids for OA clients)
 * @param outcomeOptions the same outcomes with label key, style, whether an opinion is required and the review action
 * @param role           the role group the task is routed to for this user
 */
public record WorkItem(String taskId, String name, String activityId, String assignee, String department,
                       String role, CaseFile caseFile, List<String> outcomes, List<Outcome> outcomeOptions) {}
