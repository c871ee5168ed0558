package org.zhiban.cases;

import java.time.Instant;

/**
 * 办理过程: one step of a case as the case view lists it. user/outcome/opinion are null for automatic steps.
 *
 * @param outcomeLabelKey translation key of the outcome as its case type declares it, or null
 */
public record HistoryEntry(String activity, String activityId, String activityType, String user, String userName,
                           String outcome, String outcomeLabelKey, String opinion, Instant time) {}
