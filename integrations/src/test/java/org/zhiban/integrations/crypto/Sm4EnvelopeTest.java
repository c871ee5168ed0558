package org.zhiban.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.crypto.DecryptionException.Reason;

class Sm4EnvelopeTest {

    private static final byte[] CONTRACT = "甲方应于合同签订后十日内支付合同总价人民币壹佰万元整。".getBytes(StandardCharsets.UTF_8);

    private final MasterKey master = MasterKeys.generate();
    private final Sm4Envelope envelope = new Sm4Envelope(master);

    @Test
    void round_trips_empty_small_and_several_megabyte_contents() {
        byte[] large = new byte[6 * 1024 * 1024 + 7];
        new Random(42).nextBytes(large);

        for (byte[] plaintext : List.of(new byte[0], CONTRACT, large)) {
            byte[] sealed = envelope.encrypt(plaintext);

            assertThat(envelope.decrypt(sealed)).isEqualTo(plaintext);
            assertThat(sealed.length).isEqualTo(plaintext.length + 62 + master.id().length() + 16);
        }
    }

    @Test
    void each_encryption_has_its_own_data_key_and_ivs() {
        byte[] first = envelope.encrypt(CONTRACT);
        byte[] second = envelope.encrypt(CONTRACT);

        EnvelopeFormat a = EnvelopeFormat.read(first);
        EnvelopeFormat b = EnvelopeFormat.read(second);
        assertThat(first).isNotEqualTo(second);
        assertThat(a.wrappedKey()).isNotEqualTo(b.wrappedKey());
        assertThat(a.wrapIv()).isNotEqualTo(b.wrapIv());
        assertThat(a.dataIv()).isNotEqualTo(b.dataIv());
        assertThat(a.keyId()).isEqualTo(b.keyId()).isEqualTo(master.id());
    }

    @Test
    void the_envelope_describes_itself_and_does_not_hold_the_plaintext() {
        byte[] sealed = envelope.encrypt(CONTRACT);

        assertThat(new String(sealed, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("ZBS4");
        assertThat(sealed[4]).isEqualTo((byte) 1);
        assertThat(Sm4Envelope.isEnvelope(sealed)).isTrue();
        assertThat(Sm4Envelope.masterKeyId(sealed)).isEqualTo(master.id());
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(HexFormat.of().formatHex(CONTRACT, 0, 12));
        assertThat(Sm4Envelope.isEnvelope(CONTRACT)).isFalse();
    }

    @Test
    void another_master_key_cannot_open_it_and_says_which_key_is_missing() {
        byte[] sealed = envelope.encrypt(CONTRACT);
        Sm4Envelope other = new Sm4Envelope(MasterKeys.generate());

        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOfSatisfying(DecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MASTER_KEY);
            assertThat(e.messageKey()).isEqualTo("crypto.decryption.unknown-master-key");
            assertThat(e).hasMessage("对象由主密钥 " + master.id() + " 加密，本系统未配置该密钥 / the object was encrypted"
                    + " under master key " + master.id() + ", which is not configured here");
        });
    }

    @Test
    void a_wrong_key_under_the_same_id_fails_the_key_unwrap() {
        byte[] sealed = new Sm4Envelope(MasterKey.of("office-2026", randomKey(1))).encrypt(CONTRACT);
        Sm4Envelope impostor = new Sm4Envelope(MasterKey.of("office-2026", randomKey(2)));

        assertThatThrownBy(() -> impostor.decrypt(sealed)).isInstanceOfSatisfying(DecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.WRONG_MASTER_KEY);
            assertThat(e.getMessage()).startsWith("数据密钥无法解开").contains("wrong master key");
        });
    }

    @Test
    void a_flipped_bit_in_the_ciphertext_or_its_tag_is_detected() {
        byte[] sealed = envelope.encrypt(CONTRACT);
        int contentAt = EnvelopeFormat.read(sealed).contentOffset();

        for (int at : new int[] {contentAt, contentAt + 10, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[at] ^= 0x01;

            assertThatThrownBy(() -> envelope.decrypt(tampered)).isInstanceOfSatisfying(DecryptionException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
        }
    }

    @Test
    void a_tampered_wrapped_key_or_iv_fails_the_unwrap() {
        byte[] sealed = envelope.encrypt(CONTRACT);
        int wrapIvAt = 6 + master.id().length();

        for (int at : new int[] {wrapIvAt, wrapIvAt + 12, wrapIvAt + 12 + 31}) {
            byte[] tampered = sealed.clone();
            tampered[at] ^= 0x01;

            assertThatThrownBy(() -> envelope.decrypt(tampered)).isInstanceOfSatisfying(DecryptionException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MASTER_KEY));
        }
    }

    @Test
    void a_data_key_swapped_in_from_another_object_fails_the_content_tag() {
        byte[] first = envelope.encrypt(CONTRACT);
        byte[] second = envelope.encrypt("另一份合同".getBytes(StandardCharsets.UTF_8));
        int wrapIvAt = 6 + master.id().length();
        byte[] spliced = first.clone();
        System.arraycopy(second, wrapIvAt, spliced, wrapIvAt, 12 + 32);

        assertThatThrownBy(() -> envelope.decrypt(spliced)).isInstanceOfSatisfying(DecryptionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
    }

    @Test
    void bytes_that_are_no_envelope_or_of_an_unknown_version_are_named_as_such() {
        byte[] sealed = envelope.encrypt(CONTRACT);
        byte[] future = sealed.clone();
        future[4] = 2;

        assertThatThrownBy(() -> envelope.decrypt(CONTRACT)).isInstanceOfSatisfying(DecryptionException.class,
                e -> assertThat(e).hasMessageStartingWith("不是加密对象"));
        assertThatThrownBy(() -> envelope.decrypt(java.util.Arrays.copyOf(sealed, 40)))
                .isInstanceOfSatisfying(DecryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_ENVELOPE));
        assertThatThrownBy(() -> envelope.decrypt(future)).isInstanceOfSatisfying(DecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
            assertThat(e.arguments()).containsExactly(2);
        });
    }

    @Test
    void rotation_rewraps_the_data_key_under_the_new_master_key_and_keeps_the_content_bytes() {
        byte[] sealed = envelope.encrypt(CONTRACT);
        MasterKey next = MasterKeys.generate();
        Sm4Envelope rotated = new Sm4Envelope(next, List.of(master));

        assertThat(rotated.decrypt(sealed)).as("old envelopes still open").isEqualTo(CONTRACT);
        byte[] rewrapped = rotated.rewrap(sealed);

        assertThat(Sm4Envelope.masterKeyId(rewrapped)).isEqualTo(next.id());
        assertThat(new Sm4Envelope(next).decrypt(rewrapped)).isEqualTo(CONTRACT);
        int oldContent = EnvelopeFormat.read(sealed).contentOffset();
        int newContent = EnvelopeFormat.read(rewrapped).contentOffset();
        assertThat(java.util.Arrays.copyOfRange(rewrapped, newContent, rewrapped.length))
                .isEqualTo(java.util.Arrays.copyOfRange(sealed, oldContent, sealed.length));
    }

    @Test
    void two_different_keys_may_not_share_an_id() {
        MasterKey a = MasterKey.of("k1", randomKey(3));
        MasterKey b = MasterKey.of("k1", randomKey(4));

        assertThatThrownBy(() -> new Sm4Envelope(a, List.of(b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k1");
    }

    private static byte[] randomKey(long seed) {
        byte[] key = new byte[16];
        new Random(seed).nextBytes(key);
        return key;
    }
}
