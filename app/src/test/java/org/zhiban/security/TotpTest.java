package org.zhiban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhiban.identity.login.Totp;

/** RFC 6238 Appendix B test vectors (8 digits; the SHA-1, SHA-256 and SHA-512 seeds of the RFC). */
class TotpTest {

    static final byte[] SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512 = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void the_rfc_test_vectors_hold(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code(SHA1, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void a_code_is_good_one_step_either_side_and_only_once() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        String current = Totp.code(SHA1, step);
        assertThat(Totp.matchingStep(SHA1, current, now, 0)).isEqualTo(step);
        assertThat(Totp.matchingStep(SHA1, Totp.code(SHA1, step - 1), now, 0)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(SHA1, Totp.code(SHA1, step - 2), now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1, current, now, step)).as("used already").isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1, "12a456", now, 0)).isEqualTo(-1);
    }
}
