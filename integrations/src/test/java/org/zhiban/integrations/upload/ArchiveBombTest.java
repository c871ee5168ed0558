package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhiban.integrations.upload.TestFiles.GB;
import static org.zhiban.integrations.upload.TestFiles.MB;
import static org.zhiban.integrations.upload.TestFiles.docx;
import static org.zhiban.integrations.upload.TestFiles.utf8;
import static org.zhiban.integrations.upload.TestFiles.zip;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * Hostile files, built in memory. The time each refusal takes is logged, not asserted: the design (a budget charged
 * on every read) is what keeps it short.
 */
class ArchiveBombTest {

    private static final Logger log = LoggerFactory.getLogger(ArchiveBombTest.class);

    private final UploadGuard guard = new UploadGuard(UploadLimits.defaults());

    @Test
    void a_one_megabyte_docx_that_inflates_to_a_gigabyte_is_refused_for_its_ratio() {
        long built = System.nanoTime();
        byte[] bomb = TestFiles.docxBomb(GB);
        log.info("DOCX bomb: {} bytes holding 1 GB, built in {} ms", bomb.length, millisSince(built));

        assertThat(bomb.length).as("about 1 MB").isBetween((int) (MB / 2), (int) (2 * MB));
        assertThat(refusedFor("bericht.docx", bomb, guard)).isEqualTo(Reason.SUSPICIOUS_RATIO);
    }

    @Test
    void a_gzip_bomb_is_refused_for_its_ratio() {
        byte[] bomb = TestFiles.gzipOfZeros(GB);
        log.info("gzip bomb: {} bytes holding 1 GB", bomb.length);

        assertThat(refusedFor("data.gz", bomb, guard)).isEqualTo(Reason.SUSPICIOUS_RATIO);
    }

    @Test
    void a_gzip_bomb_inside_a_zip_is_refused_for_its_ratio() {
        byte[] bomb = zip("word/media/image1.emz", TestFiles.gzipOfZeros(256 * MB));

        assertThat(refusedFor("hidden.docx", bomb, guard)).isEqualTo(Reason.SUSPICIOUS_RATIO);
    }

    @Test
    void a_zip_with_100_000_tiny_entries_is_refused_from_its_central_directory_before_inflating() {
        byte[] many = TestFiles.zipOfTinyEntries(100_000);
        log.info("100,000-entry zip: {} bytes", many.length);

        assertThat(refusedFor("many.zip", many, guard)).isEqualTo(Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void entries_hidden_in_a_nested_zip_still_count_towards_the_limit() {
        byte[] nested = zip("inner.zip", TestFiles.zipOfTinyEntries(100_000));
        log.info("zip holding a 100,000-entry zip: {} bytes", nested.length);

        assertThat(refusedFor("nested-many.zip", nested, guard)).isEqualTo(Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void a_zip_in_a_zip_in_a_zip_is_refused_as_nested_too_deep() {
        byte[] deepest = zip("note.txt", utf8("第三层"));
        byte[] nested = zip("level1.zip", zip("level2.zip", deepest));

        UploadRefusedException refused = refusal("nested.zip", nested, guard);

        assertThat(refused.reason()).isEqualTo(Reason.NESTED_ARCHIVE);
        assertThat(refused).hasMessage("压缩包嵌套超过 1 层 / the file nests archives more than 1 deep");
    }

    @Test
    void with_nesting_depth_0_even_a_docx_with_an_embedded_spreadsheet_is_refused() {
        UploadGuard strict = new UploadGuard(
                new UploadLimits(20 * MB, 10_000, 200 * MB, 100, 0, Duration.ofSeconds(30)));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", utf8("<w:document/>"));
        parts.put("word/embeddings/sheet.xlsx", docx());

        assertThat(refusedFor("embedded.docx", zip(parts), strict)).isEqualTo(Reason.NESTED_ARCHIVE);
    }

    @Test
    void many_small_entries_that_each_stay_under_the_ratio_grace_are_refused_together() {
        // 5,000 entries of 100,000 zeros: each below the per-entry grace, 500 MB in all from about 1 MB
        byte[] bomb = TestFiles.zipOfRepeatedEntries(5_000, 100_000);
        log.info("5,000 small bombs: {} bytes holding 500 MB", bomb.length);

        assertThat(refusedFor("small-bombs.zip", bomb, guard)).isEqualTo(Reason.SUSPICIOUS_RATIO);
    }

    @Test
    void where_the_ratio_is_allowed_the_unpacked_size_limit_stops_the_inflation_at_the_limit() {
        UploadGuard lenient = new UploadGuard(new UploadLimits(20 * MB, 10_000, 10 * MB, 1_000_000, 1,
                Duration.ofSeconds(30)));
        byte[] bomb = TestFiles.zipOfZeros("zeros.bin", GB);

        UploadRefusedException refused = refusal("zeros.zip", bomb, lenient);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE_UNCOMPRESSED);
        assertThat(refused.arguments()).containsExactly("10 MB");
    }

    private static Reason refusedFor(String fileName, byte[] content, UploadGuard guard) {
        return refusal(fileName, content, guard).reason();
    }

    private static UploadRefusedException refusal(String fileName, byte[] content, UploadGuard guard) {
        long start = System.nanoTime();
        UploadRefusedException refused = catchThrowableOfType(() -> guard.check(fileName, content),
                UploadRefusedException.class);
        log.info("{} ({} bytes) refused in {} ms: {}", fileName, content.length, millisSince(start),
                refused == null ? "NOT REFUSED" : refused.getMessage());
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
