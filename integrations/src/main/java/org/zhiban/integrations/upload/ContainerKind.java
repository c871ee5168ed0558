package org.zhiban.integrations.upload;

/** What the first bytes of a file say it is, as far as inflation is concerned. */
public enum ContainerKind {
    /** Not compressed as a whole (text, PDF, images, OLE2 .doc/.xls): nothing to inflate. */
    PLAIN,
    /** A zip container: ZIP, JAR, and the formats built on zip (DOCX, XLSX, PPTX, OFD, EPUB, ODT). */
    ZIP,
    /** A gzip stream (.gz, .tgz, .svgz, the .emz/.wmz pictures inside Office files). */
    GZIP;

    /** Enough bytes to recognise every kind. */
    static final int MAGIC_LENGTH = 4;

    /** The file name is ignored on purpose: a renamed bomb must not slip through as "report.txt". */
    static ContainerKind recognise(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (isPair(head, 3, 4) || isPair(head, 5, 6)
                || isPair(head, 7, 8))) {
            return ZIP;
        }
        // 08 (deflate) is the only method gzip defines; requiring it keeps binaries that happen to start 1f 8b PLAIN
        if (length >= 3 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b && head[2] == 8) {
            return GZIP;
        }
        return PLAIN;
    }

    /** PK 07 08 before the first local header marks a (single-part) spanned archive. */
    static boolean isSpannedMarker(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && isPair(head, 7, 8);
    }

    private static boolean isPair(byte[] head, int third, int fourth) {
        return head[2] == third && head[3] == fourth;
    }
}
