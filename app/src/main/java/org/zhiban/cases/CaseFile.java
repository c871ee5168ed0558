package org.zhiban.cases;

import java.time.Instant;

/** 案卷: the registry entry every case has, whatever its type. */
public record CaseFile(String caseId, String caseType, String processKey, String processInstanceId,
                       String department, String initiator, String title, Instant createdAt) {}
