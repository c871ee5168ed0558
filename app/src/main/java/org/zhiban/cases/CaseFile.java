package org.zhiban.cases;

import java.time.Instant;

/**
 * 案卷: the registry entry every case has, whatever its type.
 *
 * @param department the owning department (主办科室); others take part through tasks routed to them
 * @param state      {@code running}, {@code completed} or {@code cancelled}
 */
public record CaseFile(String caseId, String caseType, String processKey, String processInstanceId,
                       String department, String initiator, String title, Instant createdAt, String state) {}
