package org.zhiban.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MasterKeyTest {

    private static final String HEX = "0123456789abcdeffedcba9876543210";

    @Test
    void reads_hex_and_base64_configuration_to_the_same_key_and_id() {
        byte[] raw = HexFormat.of().parseHex(HEX);

        MasterKey fromHex = MasterKey.parse(HEX);
        MasterKey fromBase64 = MasterKey.parse(" " + Base64.getEncoder().encodeToString(raw) + "\n");
        MasterKey fromUrlBase64 = MasterKey.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));

        assertThat(fromHex.sameAs(fromBase64)).isTrue();
        assertThat(fromHex.sameAs(fromUrlBase64)).isTrue();
        assertThat(fromHex.id()).matches("mk-[0-9a-f]{16}").isEqualTo(MasterKey.of(raw).id());
        assertThat(fromHex.encoded()).isEqualTo(Base64.getEncoder().encodeToString(raw));
    }

    @Test
    void different_keys_get_different_ids() {
        assertThat(MasterKeys.generate().id()).isNotEqualTo(MasterKeys.generate().id());
    }

    @Test
    void refuses_keys_of_the_wrong_length_without_repeating_them() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[8]);

        assertThatThrownBy(() -> MasterKey.parse(tooShort)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("128").hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> MasterKey.parse("not a key!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not a key!").hasMessageContaining("32 hex digits or base64");
    }

    @Test
    void refuses_ids_that_cannot_travel_in_metadata() {
        assertThatThrownBy(() -> MasterKey.of("密钥", new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MasterKey.of("a".repeat(65), new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_shows_the_id_and_never_the_key() {
        MasterKey key = MasterKey.parse(HEX);

        assertThat(key.toString()).isEqualTo("MasterKey[" + key.id() + "]")
                .doesNotContain(HEX).doesNotContain(key.encoded());
    }
}
