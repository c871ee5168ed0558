package org.zhiban.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

/** Reads the checkpoint JSON the review-log chaincode returns (the fields of {@link SignedCheckpoint} plus txId). */
final class CheckpointJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A checkpoint as stored on the channel, with the transaction that wrote it. */
    record StoredCheckpoint(SignedCheckpoint checkpoint, String txId) {}

    private CheckpointJson() {
    }

    /** The stored checkpoint, or empty when the chaincode answered with nothing (no such checkpoint). */
    static Optional<StoredCheckpoint> parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(payload);
            SignedCheckpoint checkpoint = new SignedCheckpoint(
                    text(json, "origin"),
                    json.path("treeSize").asLong(),
                    text(json, "rootHash"),
                    text(json, "hashAlgorithm"),
                    text(json, "signature"),
                    text(json, "publicKey"),
                    Instant.parse(text(json, "createdAt")));
            return Optional.of(new StoredCheckpoint(checkpoint, text(json, "txId")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The review-log chaincode answered with an unreadable checkpoint", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field " + field);
        }
        return value.asText();
    }
}
