package org.zhiban.integrations.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a file is, from its bytes; the file name is ignored, as the upload guard ignores it. */
enum DocumentFormat {
    DOCX, PDF, OFD, PNG, JPEG, TEXT,
    /** a zip that is neither DOCX nor OFD (XLSX, PPTX, an archive) */
    OTHER_ZIP,
    /** OLE2: legacy .doc/.xls, or an Office file with a password */
    OLE2,
    UNKNOWN;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] OLE2_MAGIC = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
        (byte) 0xe1};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first kilobyte, and so do we. */
    private static final int PDF_HEADER_WINDOW = 1024;

    static DocumentFormat of(byte[] content) {
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return OLE2;
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipKind(content);
        }
        if (indexOf(content, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
            return PDF;
        }
        return PlainText.looksLikeText(content) ? TEXT : UNKNOWN;
    }

    /**
     * Looks at entry names only. The upload guard has bounded what inflating this zip can cost; DOCX and OFD name
     * their main part among the first few entries anyway.
     */
    private static DocumentFormat zipKind(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.ISO_8859_1)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.equals("word/document.xml")) {
                    return DOCX;
                }
                if (name.equals("ofd.xml")) {
                    return OFD;
                }
            }
            return OTHER_ZIP;
        } catch (IOException | IllegalArgumentException e) {
            return OTHER_ZIP;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && java.util.Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static int indexOf(byte[] content, byte[] needle, int window) {
        int last = Math.min(content.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            if (java.util.Arrays.equals(content, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
