package org.zhiban.ledger.proof;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * 一致性证明: RFC 9162 proof that the log at {@code second} is the log at {@code first} with entries only appended,
 * between two signed checkpoints.
 */
@JsonPropertyOrder({"hashAlgorithm", "first", "second", "consistencyPath"})
public record ConsistencyProof(String hashAlgorithm, ProofCheckpoint first, ProofCheckpoint second, List<String> consistencyPath) {
}
