package org.zhiban.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 案件详情: a case with its form data, where it stands and how it got there.
 *
 * @param state            {@code running}, {@code incident} (an automatic step failed and waits for an operator)
 *                         or {@code completed}
 * @param activeActivities BPMN element ids the case is at now
 * @param passedActivities BPMN element ids it has passed
 * @param classification   数据分级 (公开, 内部, 敏感, 涉密): where the case's text may go for AI steps
 */
public record CaseDetails(String caseId, String caseType, String processKey, String processInstanceId, String title,
                          String department, String departmentName, String initiator, String initiatorName, Instant createdAt,
                          String state, List<String> activeActivities, List<String> passedActivities,
                          List<String> incidentActivities, Map<String, Object> data, List<HistoryEntry> history,
                          String classification) {}
