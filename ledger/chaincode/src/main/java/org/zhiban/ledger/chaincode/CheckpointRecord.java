package org.zhiban.ledger.chaincode;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 上链检查点: a signed checkpoint as the world state holds it. The fields are those of the ledger's
 * {@code SignedCheckpoint} ({@code createdAt} as ISO-8601 text), plus the id of the transaction that first wrote it,
 * so that a client can find the block again.
 */
@JsonPropertyOrder({"origin", "treeSize", "rootHash", "hashAlgorithm", "signature", "publicKey", "createdAt", "txId"})
public record CheckpointRecord(String origin, long treeSize, String rootHash, String hashAlgorithm,
                               String signature, String publicKey, String createdAt, String txId) {

    // Unknown fields are tolerated so that a later chaincode version may add fields without breaking old readers.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checkpoint record of strings and a number cannot fail to serialise", e);
        }
    }

    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    public static CheckpointRecord fromJson(byte[] json) {
        try {
            return JSON.readValue(json, CheckpointRecord.class);
        } catch (IOException e) {
            throw new IllegalStateException("The world state holds a checkpoint that is not valid JSON", e);
        }
    }
}
