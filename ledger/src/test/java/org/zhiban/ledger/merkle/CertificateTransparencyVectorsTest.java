package org.zhiban.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;

/**
 * The published SHA-256 vectors of the certificate-transparency / transparency-dev Merkle test suites
 * (transparency-dev/merkle testonly/constants.go: leaves, node hashes and the root of every size 0..8).
 */
class CertificateTransparencyVectorsTest {

    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleHasher hasher = new MerkleHasher(HashAlgorithm.SHA_256);
    private final List<byte[]> leafHashes = LEAVES.stream().map(Hex::decode).map(hasher::leafHash).toList();
    private final MerkleTree tree = new MerkleTree(hasher, LeafArray.over(leafHashes, hasher));

    @Test
    void the_root_of_every_size_is_the_published_one() {
        for (int size = 0; size <= 8; size++) {
            assertThat(Hex.encode(tree.rootHash(size))).as("size %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void appending_leaf_by_leaf_reaches_the_published_roots() {
        MerkleFrontier frontier = MerkleFrontier.empty(hasher);
        assertThat(Hex.encode(frontier.rootHash())).isEqualTo(ROOTS.get(0));
        for (int size = 1; size <= 8; size++) {
            frontier.append(leafHashes.get(size - 1));
            assertThat(Hex.encode(frontier.rootHash())).as("size %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void inclusion_proofs_are_the_published_ones() {
        assertThat(hex(tree.inclusionPath(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.inclusionPath(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.inclusionPath(2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(tree.inclusionPath(1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void consistency_proofs_are_the_published_ones() {
        assertThat(hex(tree.consistencyPath(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyPath(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.consistencyPath(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(tree.consistencyPath(1, 1)).isEmpty();
    }

    @Test
    void the_published_proofs_verify() {
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        assertThat(verifier.verifyInclusion(5, 8, leafHashes.get(5), tree.inclusionPath(5, 8), Hex.decode(ROOTS.get(8)))).isTrue();
        assertThat(verifier.verifyConsistency(6, 8, Hex.decode(ROOTS.get(6)), Hex.decode(ROOTS.get(8)), tree.consistencyPath(6, 8))).isTrue();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }
}
