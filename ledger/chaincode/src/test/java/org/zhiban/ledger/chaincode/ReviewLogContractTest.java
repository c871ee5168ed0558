package org.zhiban.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;

class ReviewLogContractTest {

    static final String ORIGIN = "zhiban.gov.cn/review-log/SM3";
    static final String ROOT_A = "a".repeat(64);
    static final String ROOT_B = "b".repeat(64);
    static final String SIGNATURE = "c2lnbmF0dXJl";
    static final String PUBLIC_KEY = "cHVibGljLWtleQ==";
    static final String CREATED_AT = "2025-03-01T08:00:00Z";

    final ReviewLogContract contract = new ReviewLogContract();
    final MockedWorldState worldState = new MockedWorldState();

    String anchor(String txId, long treeSize, String rootHash) {
        return contract.anchorCheckpoint(worldState.transaction(txId), ORIGIN, treeSize, rootHash, "SM3",
                SIGNATURE, PUBLIC_KEY, CREATED_AT);
    }

    @Test
    void anchoring_writes_the_checkpoint_under_its_size_and_indexes_its_root() {
        String json = anchor("tx-1", 42, ROOT_A);

        CheckpointRecord stored = CheckpointRecord.fromJson(json.getBytes());
        assertThat(stored).isEqualTo(new CheckpointRecord(ORIGIN, 42, ROOT_A, "SM3", SIGNATURE, PUBLIC_KEY,
                CREATED_AT, "tx-1"));
        assertThat(worldState.writtenKeys()).hasSize(2);
        assertThat(worldState.valueAt(worldState.writtenKeys().get(0))).isEqualTo(json);
        assertThat(worldState.valueAt(worldState.writtenKeys().get(1))).isEqualTo("42");
    }

    @Test
    void the_json_carries_the_signed_checkpoint_fields_in_order() {
        assertThat(anchor("tx-1", 7, ROOT_A)).isEqualTo("{\"origin\":\"" + ORIGIN + "\",\"treeSize\":7,"
                + "\"rootHash\":\"" + ROOT_A + "\",\"hashAlgorithm\":\"SM3\",\"signature\":\"" + SIGNATURE + "\","
                + "\"publicKey\":\"" + PUBLIC_KEY + "\",\"createdAt\":\"" + CREATED_AT + "\",\"txId\":\"tx-1\"}");
    }

    @Test
    void each_tree_size_gets_its_own_key_rather_than_one_shared_key() {
        anchor("tx-1", 1, ROOT_A);
        anchor("tx-2", 2, ROOT_B);

        assertThat(worldState.writtenKeys()).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void anchoring_the_same_checkpoint_again_returns_the_stored_one_without_writing() {
        String first = anchor("tx-1", 42, ROOT_A);

        String again = anchor("tx-2", 42, ROOT_A);

        assertThat(again).isEqualTo(first).contains("\"txId\":\"tx-1\"");
        assertThat(worldState.writtenKeys()).hasSize(2);
    }

    @Test
    void a_different_root_for_an_anchored_size_is_refused() {
        anchor("tx-1", 42, ROOT_A);

        assertThatThrownBy(() -> anchor("tx-2", 42, ROOT_B))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageContaining("already anchored with root " + ROOT_A)
                .satisfies(e -> assertThat(((ChaincodeException) e).getPayload())
                        .asString().isEqualTo(ReviewLogContract.CHECKPOINT_CONFLICT));
        assertThat(worldState.writtenKeys()).hasSize(2);
    }

    @Test
    void a_root_already_anchored_for_another_size_is_refused() {
        anchor("tx-1", 42, ROOT_A);

        assertThatThrownBy(() -> anchor("tx-2", 43, ROOT_A))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageContaining("already anchored for tree size 42")
                .satisfies(e -> assertThat(((ChaincodeException) e).getPayload())
                        .asString().isEqualTo(ReviewLogContract.ROOT_CONFLICT));
    }

    @Test
    void an_anchored_checkpoint_is_found_by_size_and_by_root() {
        String json = anchor("tx-1", 42, ROOT_A);

        assertThat(contract.queryBySize(worldState.transaction("q-1"), ORIGIN, 42)).isEqualTo(json);
        assertThat(contract.queryByRoot(worldState.transaction("q-2"), ORIGIN, ROOT_A)).isEqualTo(json);
    }

    @Test
    void queries_for_an_unknown_checkpoint_return_an_empty_answer() {
        anchor("tx-1", 42, ROOT_A);

        assertThat(contract.queryBySize(worldState.transaction("q-1"), ORIGIN, 43)).isEmpty();
        assertThat(contract.queryByRoot(worldState.transaction("q-2"), ORIGIN, ROOT_B)).isEmpty();
        assertThat(contract.queryBySize(worldState.transaction("q-3"), "another/origin", 42)).isEmpty();
    }
}
