package org.zhiban.integrations.upload;

import java.time.Duration;
import java.util.Objects;

/**
 * 上传限制: what one uploaded file may cost before any parser sees it.
 *
 * @param maxBytes             largest file accepted, as uploaded
 * @param maxArchiveEntries    most entries in an archive, nested archives included
 * @param maxUncompressedBytes most bytes inflated in total, over every level of nesting
 * @param maxCompressionRatio  largest inflated : compressed ratio, per entry and for the whole file (100 = 100:1)
 * @param maxNestingDepth      how deep archives may sit inside the file: 0 = no archive inside an archive, 1 = a
 *                             spreadsheet embedded in a DOCX, but not a zip inside that spreadsheet
 * @param parseTimeout         how long one parse step may run in {@link UploadGuard#withinTimeout}
 */
public record UploadLimits(long maxBytes, int maxArchiveEntries, long maxUncompressedBytes, int maxCompressionRatio,
        int maxNestingDepth, Duration parseTimeout) {

    private static final long MB = 1024L * 1024L;

    public UploadLimits {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (maxBytes <= 0 || maxArchiveEntries <= 0 || maxUncompressedBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("upload limits must be positive: " + maxBytes + ", " + maxArchiveEntries
                    + ", " + maxUncompressedBytes + ", " + maxCompressionRatio);
        }
        if (maxNestingDepth < 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("nesting depth must be >= 0 and the parse timeout positive");
        }
    }

    /** 20 MB files, 10,000 entries, 200 MB unpacked, ratio 100:1, one level of nesting, 30 s per parse. */
    public static UploadLimits defaults() {
        return new UploadLimits(20 * MB, 10_000, 200 * MB, 100, 1, Duration.ofSeconds(30));
    }
}
