package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;

/**
 * 材料 through the REST API: stored by hash, versioned, recorded on the ledger; and every hostile file —
 * a compression bomb, 100,000 entries, nested archives, an oversized file — refused at the guard with a 4xx,
 * nothing stored, the app healthy afterwards.
 */
@ZhibanTest
class CaseAttachmentsTest {

    @Autowired TestRestTemplate rest;

    @Test
    void material_is_uploaded_listed_downloaded_replaced_and_its_hash_logged() throws Exception {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于材料上传的通知", "各科室：正文。");
        byte[] docx = docx("请示事项说明");
        ResponseEntity<Map<String, Object>> first = upload(officer, caseId, "说明.docx", docx, null);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getBody()).containsEntry("name", "说明.docx").containsEntry("sha256", sha256(docx))
                .containsEntry("size", docx.length);
        String id = (String) first.getBody().get("id");

        ResponseEntity<byte[]> download = officer.rest().exchange("/api/cases/" + caseId + "/attachments/" + id,
                HttpMethod.GET, null, byte[].class);
        assertThat(download.getBody()).isEqualTo(docx);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("说明.docx");

        byte[] revised = docx("请示事项说明（修订）");
        var second = upload(officer, caseId, "说明（修订）.docx", revised, id);
        assertThat(second.getBody()).containsEntry("version", 2);
        assertThat(officer.list("/api/cases/" + caseId + "/attachments")).extracting(a -> a.get("version"))
                .containsExactly(2);
        assertThat(officer.list("/api/cases/" + caseId + "/attachments?allVersions=true")).hasSize(2);

        // another department neither sees nor adds material
        assertThat(Api.as(rest, "zhaoliu").get("/api/cases/" + caseId + "/attachments").getStatusCode().value())
                .isEqualTo(404);
        assertThat(upload(Api.as(rest, "zhaoliu"), caseId, "x.txt", "x".getBytes(), null).getStatusCode().value())
                .isEqualTo(404);

        List<Map<String, Object>> records = Waiting.until(
                () -> Api.as(rest, "auditor").list("/api/ledger/records?caseId=" + caseId),
                r -> r.stream().filter(x -> "attach".equals(x.get("action"))).count() == 2);
        assertThat(records).filteredOn(r -> "attach".equals(r.get("action"))).extracting(r -> r.get("documentHash"))
                .containsExactly(sha256(docx), sha256(revised));
    }

    @Test
    void hostile_files_are_refused_before_anything_is_stored_and_the_app_stays_healthy() throws Exception {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于恶意文件的通知", "各科室：正文。");
        Map<String, byte[]> hostile = Map.of(
                "bomb.docx", docxBomb(150),
                "many.zip", manyEntries(100_000),
                "nested.zip", zipOf("a.zip", zipOf("b.zip", zipOf("c.txt", "深层".getBytes(StandardCharsets.UTF_8)))),
                "large.pdf", new byte[25 * 1024 * 1024]);
        hostile.forEach((name, bytes) -> {
            long start = System.nanoTime();
            ResponseEntity<Map<String, Object>> refused = upload(officer, caseId, name, bytes, null);
            System.out.printf("upload guard: %s (%,d bytes) -> %d in %d ms%n", name, bytes.length,
                    refused.getStatusCode().value(), (System.nanoTime() - start) / 1_000_000);
            assertThat(refused.getStatusCode().is4xxClientError()).as(name).isTrue();
            assertThat(refused.getHeaders().getContentType().toString()).as(name).startsWith("application/problem+json");
        });
        assertThat(officer.list("/api/cases/" + caseId + "/attachments")).isEmpty();
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        // the refusal says why in words, not with an exception's name
        var ratio = upload(officer, caseId, "bomb.docx", docxBomb(150), null);
        assertThat((String) ratio.getBody().get("detail")).contains("压缩");
    }

    private ResponseEntity<Map<String, Object>> upload(Api api, String caseId, String name, byte[] content,
                                                       String replaces) {
        return api.upload("/api/cases/" + caseId + "/attachments", name, content,
                replaces == null ? Map.of() : Map.of("replaces", replaces));
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX-shaped zip whose document part is {@code megabytes} of spaces: a few hundred KB on disk. */
    static byte[] docxBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (int i = 0; i < count; i++) {
                ZipEntry entry = new ZipEntry("f" + i);
                entry.setSize(0);
                entry.setCrc(new CRC32().getValue());
                zip.putNextEntry(entry);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
