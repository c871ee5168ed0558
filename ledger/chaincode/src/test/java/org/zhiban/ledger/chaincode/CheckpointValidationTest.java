package org.zhiban.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiban.ledger.chaincode.ReviewLogContractTest.CREATED_AT;
import static org.zhiban.ledger.chaincode.ReviewLogContractTest.ORIGIN;
import static org.zhiban.ledger.chaincode.ReviewLogContractTest.PUBLIC_KEY;
import static org.zhiban.ledger.chaincode.ReviewLogContractTest.ROOT_A;
import static org.zhiban.ledger.chaincode.ReviewLogContractTest.SIGNATURE;

import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointValidationTest {

    final ReviewLogContract contract = new ReviewLogContract();
    final MockedWorldState worldState = new MockedWorldState();

    static Stream<Arguments> malformed_checkpoints() {
        return Stream.of(
                Arguments.of("empty origin", "", 1L, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("control character in origin", "a\u0000b", 1L, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("zero tree size", ORIGIN, 0L, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("negative tree size", ORIGIN, -5L, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("root not hex", ORIGIN, 1L, "z".repeat(64), "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("root in upper case", ORIGIN, 1L, "A".repeat(64), "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("root too short", ORIGIN, 1L, "ab", "SM3", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("unknown hash algorithm", ORIGIN, 1L, ROOT_A, "MD5", SIGNATURE, PUBLIC_KEY, CREATED_AT),
                Arguments.of("empty signature", ORIGIN, 1L, ROOT_A, "SM3", "", PUBLIC_KEY, CREATED_AT),
                Arguments.of("signature not base64", ORIGIN, 1L, ROOT_A, "SM3", "not base64!", PUBLIC_KEY, CREATED_AT),
                Arguments.of("empty public key", ORIGIN, 1L, ROOT_A, "SM3", SIGNATURE, "", CREATED_AT),
                Arguments.of("creation time not an instant", ORIGIN, 1L, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY, "yesterday"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed_checkpoints")
    void refuses_a_malformed_checkpoint_without_writing(String problem, String origin, long treeSize, String rootHash, String hashAlgorithm,
                               String signature, String publicKey, String createdAt) {
        assertThatThrownBy(() -> contract.anchorCheckpoint(worldState.transaction("tx-1"), origin, treeSize, rootHash,
                hashAlgorithm, signature, publicKey, createdAt))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageStartingWith("Invalid checkpoint: ");
        assertThat(worldState.writtenKeys()).isEmpty();
    }
}
