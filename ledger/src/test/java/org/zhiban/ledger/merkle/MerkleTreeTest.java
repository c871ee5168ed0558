package org.zhiban.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;

/** Every size 1..N and every proof, against the naive reference transcription of RFC 9162, for both hashes. */
class MerkleTreeTest {

    private static final int N = 40;

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void roots_and_frontier_agree_with_the_reference_at_every_size(HashAlgorithm algorithm) {
        MerkleHasher hasher = new MerkleHasher(algorithm);
        List<byte[]> leaves = LeafArray.leafHashes(hasher, N);
        ReferenceMerkle reference = new ReferenceMerkle(hasher);
        MerkleTree tree = new MerkleTree(hasher, LeafArray.over(leaves, hasher));
        MerkleFrontier frontier = MerkleFrontier.empty(hasher);
        for (int size = 1; size <= N; size++) {
            frontier.append(leaves.get(size - 1));
            byte[] expected = reference.mth(leaves.subList(0, size));
            assertThat(tree.rootHash(size)).as("size %d", size).isEqualTo(expected);
            assertThat(frontier.rootHash()).as("frontier at size %d", size).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void every_inclusion_proof_equals_the_reference_and_verifies_only_for_its_own_leaf(HashAlgorithm algorithm) {
        MerkleHasher hasher = new MerkleHasher(algorithm);
        List<byte[]> leaves = LeafArray.leafHashes(hasher, N);
        ReferenceMerkle reference = new ReferenceMerkle(hasher);
        MerkleTree tree = new MerkleTree(hasher, LeafArray.over(leaves, hasher));
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        for (int size = 1; size <= N; size++) {
            byte[] root = tree.rootHash(size);
            for (int leaf = 0; leaf < size; leaf++) {
                List<byte[]> path = tree.inclusionPath(leaf, size);
                assertThat(path).as("PATH(%d, D[%d])", leaf, size).containsExactlyElementsOf(reference.path(leaf, leaves.subList(0, size)));
                assertThat(verifier.verifyInclusion(leaf, size, leaves.get(leaf), path, root)).isTrue();
                assertThat(verifier.verifyInclusion(leaf, size, leaves.get((leaf + 1) % N), path, root)).as("other leaf").isFalse();
                if (size > 1) {
                    assertThat(verifier.verifyInclusion(leaf ^ 1, size, leaves.get(leaf), path, root)).as("other index").isFalse();
                    assertThat(verifier.verifyInclusion(leaf, size, leaves.get(leaf), withFlippedBit(path, 0), root)).as("edited path").isFalse();
                    assertThat(verifier.verifyInclusion(leaf, size, leaves.get(leaf), path.subList(0, path.size() - 1), root)).as("short path").isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void every_consistency_proof_equals_the_reference_and_verifies_only_for_its_roots(HashAlgorithm algorithm) {
        MerkleHasher hasher = new MerkleHasher(algorithm);
        List<byte[]> leaves = LeafArray.leafHashes(hasher, N);
        ReferenceMerkle reference = new ReferenceMerkle(hasher);
        MerkleTree tree = new MerkleTree(hasher, LeafArray.over(leaves, hasher));
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        for (int second = 1; second <= N; second++) {
            byte[] secondRoot = tree.rootHash(second);
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = tree.rootHash(first);
                List<byte[]> proof = tree.consistencyPath(first, second);
                List<byte[]> expected = first == second ? List.of() : reference.proof(first, leaves.subList(0, second));
                assertThat(proof).as("PROOF(%d, D[%d])", first, second).containsExactlyElementsOf(expected);
                assertThat(verifier.verifyConsistency(first, second, firstRoot, secondRoot, proof)).isTrue();
                assertThat(verifier.verifyConsistency(first, second, Hex.decode(Hex.encode(secondRoot)), withFlipped(firstRoot), proof))
                        .as("wrong roots").isFalse();
                if (!proof.isEmpty()) {
                    assertThat(verifier.verifyConsistency(first, second, firstRoot, secondRoot, withFlippedBit(proof, proof.size() - 1)))
                            .as("edited proof").isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void a_frontier_loaded_from_stored_subtrees_continues_like_the_original(HashAlgorithm algorithm) {
        MerkleHasher hasher = new MerkleHasher(algorithm);
        List<byte[]> leaves = LeafArray.leafHashes(hasher, 23);
        MerkleFrontier loaded = MerkleFrontier.load(hasher, 13, LeafArray.over(leaves, hasher));
        for (int i = 13; i < 23; i++) {
            loaded.append(leaves.get(i));
        }
        assertThat(loaded.rootHash()).isEqualTo(new ReferenceMerkle(hasher).mth(leaves));
    }

    private static List<byte[]> withFlippedBit(List<byte[]> path, int index) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.set(index, withFlipped(path.get(index)));
        return copy;
    }

    private static byte[] withFlipped(byte[] hash) {
        byte[] copy = hash.clone();
        copy[0] ^= 1;
        return copy;
    }
}
