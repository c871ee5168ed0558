package org.zhiban.cases;

import java.time.Instant;

/**
 * 材料: one version of a file attached to a case (optionally while working on a task).
 *
 * @param replaces the id of the version this one replaced, or null for a first version
 */
public record Attachment(String id, String caseId, String taskId, String name, String contentType, long size,
                         String sha256, int version, String replaces, boolean current, String uploadedBy,
                         Instant uploadedAt) {}
