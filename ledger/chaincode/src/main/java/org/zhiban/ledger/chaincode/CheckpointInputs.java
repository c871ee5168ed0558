package org.zhiban.ledger.chaincode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * 检查点校验: the checks a checkpoint passes before it is written. Anything on the chain stays there, so a malformed
 * checkpoint is refused here rather than discovered by an auditor years later.
 */
final class CheckpointInputs {

    /** Error payload of a refused, malformed checkpoint. */
    static final String INVALID_CHECKPOINT = "INVALID_CHECKPOINT";

    // Both supported algorithms (SM3 and SHA-256) produce 256-bit digests: 64 lowercase hex digits.
    private static final Pattern ROOT_HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> HASH_ALGORITHMS = Set.of("SM3", "SHA-256");
    private static final int MAX_ORIGIN_LENGTH = 256;

    private CheckpointInputs() {
    }

    static void requireValid(String origin, long treeSize, String rootHash, String hashAlgorithm,
                             String signature, String publicKey, String createdAt) {
        requireOrigin(origin);
        requireTreeSize(treeSize);
        requireRootHash(rootHash);
        require(HASH_ALGORITHMS.contains(hashAlgorithm), "hashAlgorithm must be one of " + HASH_ALGORITHMS);
        requireBase64(signature, "signature");
        requireBase64(publicKey, "publicKey");
        requireInstant(createdAt);
    }

    static void requireOrigin(String origin) {
        require(origin != null && !origin.isBlank(), "origin must not be empty");
        require(origin.length() <= MAX_ORIGIN_LENGTH, "origin must not exceed " + MAX_ORIGIN_LENGTH + " characters");
        // Composite keys separate their parts with U+0000; a control character in the origin would corrupt the key.
        require(origin.chars().noneMatch(Character::isISOControl), "origin must not contain control characters");
    }

    static void requireTreeSize(long treeSize) {
        require(treeSize > 0, "treeSize must be positive, was " + treeSize);
    }

    static void requireRootHash(String rootHash) {
        require(rootHash != null && ROOT_HASH.matcher(rootHash).matches(),
                "rootHash must be 64 lowercase hex digits, was " + rootHash);
    }

    private static void requireBase64(String value, String name) {
        require(value != null && !value.isEmpty(), name + " must not be empty");
        try {
            Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw refusal(name + " must be base64");
        }
    }

    private static void requireInstant(String createdAt) {
        require(createdAt != null, "createdAt must not be empty");
        try {
            Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            throw refusal("createdAt must be an ISO-8601 instant such as 2025-01-31T08:00:00Z, was " + createdAt);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw refusal(message);
        }
    }

    private static ChaincodeException refusal(String message) {
        return new ChaincodeException("Invalid checkpoint: " + message, INVALID_CHECKPOINT);
    }
}
