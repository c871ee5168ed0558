package org.zhiban.inbox;

import java.util.Set;
import org.zhiban.cases.CaseFile;

/** 待办详情: an open task the user may work on, what they may decide and which fields they may change. */
public record WorkItem(String taskId, String name, String activityId, String assignee, CaseFile caseFile,
                       Set<String> outcomes, Set<String> editableFields, Set<String> outcomesNeedingOpinion) {}
