package org.zhiban.cases;

import java.time.Instant;

/** 办理过程: one step of a case as the case view lists it. user/outcome/opinion are null for automatic steps. */
public record HistoryEntry(String activity, String activityId, String activityType, String user, String userName,
                           String outcome, String opinion, Instant time) {}
