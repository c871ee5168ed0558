package org.zhiban.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final MasterKey KEY = MasterKeys.generate();
    static final FieldCipher CIPHER = new FieldCipher(new Sm4Envelope(KEY), KEY);

    @Test
    void a_value_round_trips_and_its_stored_form_does_not_show_it() {
        String stored = CIPHER.encrypt("110101199003074514");
        assertThat(stored).startsWith(FieldCipher.PREFIX).doesNotContain("110101").doesNotContain("4514");
        assertThat(CIPHER.decrypt(stored)).isEqualTo("110101199003074514");
        assertThat(CIPHER.encrypt("110101199003074514")).as("a fresh data key each time").isNotEqualTo(stored);
        assertThat(CIPHER.encrypt(null)).isNull();
    }

    @Test
    void another_master_key_cannot_read_it() {
        MasterKey other = MasterKeys.generate();
        FieldCipher stranger = new FieldCipher(new Sm4Envelope(other), other);
        String stored = CIPHER.encrypt("13800001111");
        assertThatThrownBy(() -> stranger.decrypt(stored)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> CIPHER.decrypt("13800001111")).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> CIPHER.decrypt(FieldCipher.PREFIX + "not base64!")).isInstanceOf(DecryptionException.class);
    }

    @Test
    void the_blind_index_finds_equal_values_only_and_depends_on_the_key() {
        assertThat(CIPHER.blindIndex("11010119900307451x")).isEqualTo(CIPHER.blindIndex(" 11010119900307451X "))
                .hasSize(64).doesNotContain("110101");
        assertThat(CIPHER.blindIndex("110101199003074514")).isNotEqualTo(CIPHER.blindIndex("110101199003074515"));
        MasterKey other = MasterKeys.generate();
        assertThat(new FieldCipher(new Sm4Envelope(other), other).blindIndex("13800001111"))
                .isNotEqualTo(CIPHER.blindIndex("13800001111"));
        assertThat(CIPHER.blindIndex("  ")).isNull();
        assertThat(CIPHER.blindIndex(null)).isNull();
    }
}
