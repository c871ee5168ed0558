package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

class UploadRefusedExceptionTest {

    @Test
    void the_message_says_it_in_chinese_first_then_in_english_with_the_limit() {
        UploadRefusedException refused = new UploadRefusedException(Reason.TOO_MANY_ENTRIES, 10_000);

        assertThat(refused).hasMessage("压缩包内的文件超过 10,000 个 / the archive holds more than 10,000 entries");
        assertThat(refused.messageKey()).isEqualTo("upload.refused.too-many-entries");
        assertThat(refused.arguments()).containsExactly(10_000);
    }

    @Test
    void every_reason_has_its_own_bundle_key() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::messageKey))
                .doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("upload.refused."));
    }

    @Test
    void limits_are_shown_in_the_units_people_read() {
        assertThat(Sizes.readable(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Sizes.readable(200L * 1024 * 1024)).isEqualTo("200 MB");
        assertThat(Sizes.readable(1536)).isEqualTo("1.5 KB");
        assertThat(Sizes.readable(100)).isEqualTo("100 B");
    }
}
