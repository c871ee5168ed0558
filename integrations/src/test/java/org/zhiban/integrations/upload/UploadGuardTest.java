package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhiban.integrations.upload.TestFiles.docx;
import static org.zhiban.integrations.upload.TestFiles.utf8;
import static org.zhiban.integrations.upload.TestFiles.zip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/** Ordinary uploads pass; empty, oversized, unsafe and damaged ones are refused. Bombs: {@link ArchiveBombTest}. */
class UploadGuardTest {

    private final UploadGuard guard = new UploadGuard(UploadLimits.defaults());

    @Test
    void a_small_docx_passes_with_its_entries_counted_and_its_hash() throws Exception {
        byte[] docx = docx();

        GuardedUpload upload = guard.check("通知.docx", docx);

        assertThat(upload.kind()).isEqualTo(ContainerKind.ZIP);
        assertThat(upload.entryCount()).isEqualTo(3);
        assertThat(upload.uncompressedBytes()).isGreaterThan(docx.length);
        assertThat(upload.size()).isEqualTo(docx.length);
        assertThat(upload.content()).isSameAs(docx);
        assertThat(upload.fileName()).isEqualTo("通知.docx");
        assertThat(upload.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
    }

    @Test
    void a_plain_text_file_passes_untouched_with_its_sha256() {
        GuardedUpload upload = guard.check("abc.txt", utf8("abc"));

        assertThat(upload.kind()).isEqualTo(ContainerKind.PLAIN);
        assertThat(upload.entryCount()).isZero();
        assertThat(upload.uncompressedBytes()).isEqualTo(3);
        assertThat(upload.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_docx_with_an_embedded_spreadsheet_one_level_deep_passes() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", utf8("<w:document/>"));
        parts.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", zip("xl/workbook.xml", utf8("<workbook/>")));
        parts.put("word/media/image1.emz", TestFiles.gzip(new byte[2000]));

        GuardedUpload upload = guard.check("带表格.docx", zip(parts));

        assertThat(upload.entryCount()).as("3 parts, the sheet's part and the picture").isEqualTo(5);
    }

    @Test
    void a_zip_from_chinese_windows_with_gbk_names_and_no_utf8_flag_passes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("附件/关于开展安全检查的通知.txt"));
            zip.write(utf8("通知正文"));
        }

        assertThat(guard.check("附件.zip", out.toByteArray()).entryCount()).isEqualTo(1);
    }

    @Test
    void a_gzip_file_passes_and_counts_what_it_inflates_to() {
        byte[] text = utf8("第一条 为了规范行政复议。".repeat(1000));

        GuardedUpload upload = guard.check("law.txt.gz", TestFiles.gzip(text));

        assertThat(upload.kind()).isEqualTo(ContainerKind.GZIP);
        assertThat(upload.entryCount()).isEqualTo(1);
        assertThat(upload.uncompressedBytes()).isEqualTo(text.length);
    }

    @Test
    void an_empty_archive_and_a_spanned_archive_are_recognised_as_zips() {
        byte[] empty = new byte[22];
        System.arraycopy(new byte[] {'P', 'K', 5, 6}, 0, empty, 0, 4);
        byte[] docx = docx();
        byte[] spanned = new byte[docx.length + 4];
        System.arraycopy(new byte[] {'P', 'K', 7, 8}, 0, spanned, 0, 4);
        System.arraycopy(docx, 0, spanned, 4, docx.length);

        assertThat(guard.check("empty.zip", empty).kind()).isEqualTo(ContainerKind.ZIP);
        assertThat(guard.check("empty.zip", empty).entryCount()).isZero();
        assertThat(guard.check("spanned.zip", spanned).entryCount()).isEqualTo(3);
    }

    @Test
    void refuses_an_empty_file() {
        assertThat(reasonFor(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(reasonFor(null)).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refuses_a_file_one_byte_over_the_size_limit_and_says_the_limit() {
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];

        UploadRefusedException refused = refusal(oversized);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.messageKey()).isEqualTo("upload.refused.too-large");
        assertThat(refused.arguments()).containsExactly("20 MB");
        assertThat(refused).hasMessage("文件超过 20 MB / the file is larger than 20 MB");
        assertThat(guard.check("exact.bin", Arrays.copyOf(oversized, oversized.length - 1)).size())
                .isEqualTo(20 * 1024 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/cron.d/evil", "word/../../evil.xml", "/etc/passwd", "\\windows\\evil.dll",
            "C:\\evil.exe", "..\\evil.exe", "word/document.xml\u0000.png"})
    void refuses_entry_names_that_could_escape_a_folder(String name) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<Types/>"));
        parts.put(name, utf8("x"));

        UploadRefusedException refused = refusal(zip(parts));

        assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_ENTRY_NAME);
        assertThat(refused.arguments().get(0).toString()).doesNotContain("\u0000");
    }

    @Test
    void names_that_only_look_like_dots_are_not_refused() {
        assertThat(guard.check("dots.zip", zip("a/..b/c..d/...", utf8("x"))).entryCount()).isEqualTo(1);
    }

    @Test
    void refuses_a_zip_that_is_cut_off_half_way() {
        byte[] docx = docx();

        assertThat(reasonFor(Arrays.copyOf(docx, docx.length / 2))).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void refuses_a_zip_whose_compressed_data_is_damaged() {
        byte[] damaged = docx();
        for (int i = 200; i < 260; i++) {
            damaged[i] ^= 0x5a;
        }

        UploadRefusedException refused = refusal(damaged);

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refused.getMessage()).startsWith("文件已损坏，无法读取");
    }

    @Test
    void refuses_a_zip_whose_central_directory_lists_more_entries_than_it_holds() {
        byte[] docx = docx();
        int end = docx.length - 22;
        docx[end + 8] = 4;
        docx[end + 10] = 4;

        UploadRefusedException refused = refusal(docx);

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refused.getMessage()).contains("lists 4 entries, the archive holds 3");
    }

    @Test
    void refuses_garbage_behind_zip_magic_whatever_the_file_is_called() {
        byte[] fake = utf8("PK\u0003\u0004 this is not really a zip file, just text behind the magic");

        assertThatThrownBy(() -> guard.check("notes.txt", fake)).isInstanceOfSatisfying(UploadRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
    }

    private Reason reasonFor(byte[] content) {
        return refusal(content).reason();
    }

    private UploadRefusedException refusal(byte[] content) {
        UploadRefusedException refused = catchThrowableOfType(() -> guard.check("upload", content),
                UploadRefusedException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
