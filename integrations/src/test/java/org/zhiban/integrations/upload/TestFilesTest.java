package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.integrations.upload.TestFiles.MB;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-built hostile files are real zips and gzips, so a refusal is for the bomb and not for a broken file. */
class TestFilesTest {

    @Test
    void the_docx_bomb_inflates_to_exactly_what_its_headers_say(@TempDir Path dir) throws IOException {
        long spaces = 10 * MB + 123;
        byte[] bomb = TestFiles.docxBomb(spaces);

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bomb))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("[Content_Types].xml");
            zip.transferTo(OutputStream.nullOutputStream());
            ZipEntry document = zip.getNextEntry();
            long inflated = zip.transferTo(OutputStream.nullOutputStream());
            assertThat(document.getName()).isEqualTo("word/document.xml");
            assertThat(inflated).isEqualTo(document.getSize()).isGreaterThan(spaces);
            assertThat(zip.getNextEntry()).isNull();
        }
        Path file = Files.write(dir.resolve("bomb.docx"), bomb);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .containsExactly("[Content_Types].xml", "word/document.xml");
            try (InputStream document = zip.getInputStream(zip.getEntry("word/document.xml"))) {
                byte[] start = document.readNBytes(200);
                assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("<?xml");
            }
        }
    }

    @Test
    void the_gzip_bomb_inflates_to_the_zeros_it_claims() throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(TestFiles.gzipOfZeros(5 * MB + 7)))) {
            assertThat(gzip.transferTo(OutputStream.nullOutputStream())).isEqualTo(5 * MB + 7);
        }
    }

    @Test
    void entries_sharing_one_deflated_run_each_inflate_in_full() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                TestFiles.zipOfRepeatedEntries(3, 100_000)))) {
            for (int i = 0; i < 3; i++) {
                assertThat(zip.getNextEntry().getName()).isEqualTo("e/" + i);
                assertThat(zip.transferTo(OutputStream.nullOutputStream())).isEqualTo(100_000);
            }
        }
    }
}
