package org.zhiban.cases;

import java.time.Instant;

/**
 * 材料存证: a file was attached to a case. Published inside the storing transaction; the review log records its
 * hash after commit (through the outbox), so the text reviewed later is provably the file uploaded.
 */
public record AttachmentAdded(String recordId, String caseId, String processInstanceId, String attachmentId,
                              String name, String sha256, int version, String userId, String department,
                              Instant at) {}
