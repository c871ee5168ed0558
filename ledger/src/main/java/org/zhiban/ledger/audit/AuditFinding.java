package org.zhiban.ledger.audit;

/**
 * 审计发现: one thing the auditor found wrong. Record findings name the record ({@code recordId} may be null only
 * when the row is gone) and its leaf index; checkpoint and anchor findings name the tree size.
 */
public record AuditFinding(Kind kind, Long leafIndex, String recordId, Long treeSize, String message) {

    public enum Kind {
        /** 记录被篡改: a stored entry no longer hashes to its leaf hash. */
        RECORD_EDITED,
        /** 记录缺失: a leaf index has no record (deleted). */
        RECORD_MISSING,
        /** 记录顺序错乱: an entry sits at a leaf index other than its own. */
        RECORD_MISPLACED,
        /** 记录不可读: a stored entry is not a review entry. */
        RECORD_UNREADABLE,
        /** 根哈希不符: the recomputed tree does not match a signed checkpoint. */
        ROOT_MISMATCH,
        /** 签名无效 */
        SIGNATURE_INVALID,
        /** 锚定缺失或不符 */
        ANCHOR_MISMATCH,
        /** 本地锚定链断裂 */
        ANCHOR_CHAIN_BROKEN
    }

    static AuditFinding ofRecord(Kind kind, long leafIndex, String recordId, String message) {
        return new AuditFinding(kind, leafIndex, recordId, null, message);
    }

    static AuditFinding ofCheckpoint(Kind kind, long treeSize, String message) {
        return new AuditFinding(kind, null, null, treeSize, message);
    }
}
