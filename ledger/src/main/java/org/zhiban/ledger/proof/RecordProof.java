package org.zhiban.ledger.proof;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.zhiban.ledger.anchor.AnchorReceipt;

/**
 * 存证证明: everything needed to check one review record offline: the exact entry, its RFC 9162 audit path to a
 * signed checkpoint, and where that checkpoint was anchored (null while not yet anchored). Hashes are lowercase hex.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"recordId", "entry", "hashAlgorithm", "leafIndex", "treeSize", "leafHash", "auditPath", "rootHash", "checkpoint", "anchor"})
public record RecordProof(String recordId, String entry, String hashAlgorithm, long leafIndex, long treeSize, String leafHash,
                          List<String> auditPath, String rootHash, ProofCheckpoint checkpoint, AnchorReceipt anchor) {
}
