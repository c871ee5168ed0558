package org.zhiban.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds legitimate and hostile uploads in memory, so no bomb ever lies in the repository. */
final class TestFiles {

    static final long GB = 1024L * 1024 * 1024;
    static final long MB = 1024L * 1024;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String OOXML = "http://schemas.openxmlformats.org/";
    private static final String CONTENT_TYPES = XML + "<Types xmlns=\"" + OOXML + "package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    private static final String RELATIONSHIPS = XML + "<Relationships xmlns=\"" + OOXML
            + "package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + OOXML + "officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT_START = XML + "<w:document xmlns:w=\"" + OOXML
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">";
    private static final String DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

    private TestFiles() {
    }

    /** A minimal DOCX: the parts Word needs, and some Chinese text. */
    static byte[] docx() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(RELATIONSHIPS));
        parts.put("word/document.xml", utf8(DOCUMENT_START + "关于开展安全检查的通知。".repeat(200) + DOCUMENT_END));
        return zip(parts);
    }

    /** A DOCX whose document.xml is {@code spaces} blanks inside one text run: about 1 MB holds 1 GB. */
    static byte[] docxBomb(long spaces) {
        Deflated document = new Deflated.Builder()
                .add(utf8(DOCUMENT_START)).addRepeated((byte) ' ', spaces).add(utf8(DOCUMENT_END)).build();
        return new HandBuiltZip()
                .add("[Content_Types].xml", Deflated.of(utf8(CONTENT_TYPES)))
                .add("word/document.xml", document)
                .toByteArray();
    }

    /** One entry of {@code bytes} zeros. */
    static byte[] zipOfZeros(String name, long bytes) {
        return new HandBuiltZip().add(name, Deflated.repeated((byte) 0, bytes)).toByteArray();
    }

    /** {@code count} entries of {@code bytesEach} zeros each. */
    static byte[] zipOfRepeatedEntries(int count, long bytesEach) {
        Deflated zeros = Deflated.repeated((byte) 0, bytesEach);
        HandBuiltZip zip = new HandBuiltZip();
        for (int i = 0; i < count; i++) {
            zip.add("e/" + i, zeros);
        }
        return zip.toByteArray();
    }

    /** {@code count} one-byte entries, stored: deflating each would cost a Deflater reset per entry. */
    static byte[] zipOfTinyEntries(int count) {
        CRC32 crc = new CRC32();
        crc.update('x');
        return write(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < count; i++) {
                    ZipEntry entry = new ZipEntry("e/" + i);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(1);
                    entry.setCompressedSize(1);
                    entry.setCrc(crc.getValue());
                    zip.putNextEntry(entry);
                    zip.write('x');
                }
            }
        });
    }

    static byte[] zip(String name, byte[] content) {
        return zip(Map.of(name, content));
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return write(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                }
            }
        });
    }

    static byte[] gzip(byte[] content) {
        return write(out -> {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(content);
            }
        });
    }

    /** A gzip of {@code bytes} zeros: header, the deflated data, CRC and size. */
    static byte[] gzipOfZeros(long bytes) {
        Deflated zeros = Deflated.repeated((byte) 0, bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        out.writeBytes(zeros.data());
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) zeros.crc()).putInt((int) zeros.size()).array());
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
