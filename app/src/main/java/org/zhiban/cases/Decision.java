package org.zhiban.cases;

import java.time.Instant;
import java.util.List;

/** 办理意见: a user's decision on one task, kept with the case. */
public record Decision(String taskId, String caseId, String processInstanceId, String activityId,
                       String activityName, String userId, String role, String department, String outcome,
                       String opinion, List<String> editedFields, Instant decidedAt) {}
