package org.zhiban.ledger.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashAlgorithmTest {

    @Test
    void sm3_matches_the_gbt_32905_example_for_abc() {
        assertThat(Hex.encode(HashAlgorithm.SM3.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3_matches_the_gbt_32905_example_for_the_64_byte_message() {
        String message = "abcd".repeat(16);
        assertThat(Hex.encode(HashAlgorithm.SM3.hash(message.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256_matches_the_fips_180_example_for_abc() {
        assertThat(Hex.encode(HashAlgorithm.SHA_256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void reads_the_standard_names_used_in_proofs() {
        assertThat(HashAlgorithm.fromName("SM3")).isEqualTo(HashAlgorithm.SM3);
        assertThat(HashAlgorithm.fromName("SHA-256")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.SHA_256.standardName()).isEqualTo("SHA-256");
        assertThatThrownBy(() -> HashAlgorithm.fromName("MD5")).isInstanceOf(IllegalArgumentException.class);
    }
}
