package org.zhiban.integrations.upload;

import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * What one upload has cost so far, over every level of nesting. Charged after every read, so a bomb is refused
 * a few kilobytes past a limit instead of after its full expansion.
 */
final class InflationBudget {

    /**
     * Ratios are judged only past this many inflated bytes: small entries (an empty sheet, a tiny XML part) often
     * compress far beyond 100:1 and cost nothing. Apache POI's ZipSecureFile uses the same grace.
     */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private final UploadLimits limits;
    private final long fileSize;
    private int entries;
    private long inflated;

    InflationBudget(UploadLimits limits, long fileSize) {
        this.limits = limits;
        this.fileSize = fileSize;
    }

    void countEntry() {
        if (++entries > limits.maxArchiveEntries()) {
            throw new UploadRefusedException(Reason.TOO_MANY_ENTRIES, limits.maxArchiveEntries());
        }
    }

    void charge(long bytes) {
        inflated += bytes;
        if (inflated > limits.maxUncompressedBytes()) {
            throw new UploadRefusedException(Reason.TOO_LARGE_UNCOMPRESSED,
                    Sizes.readable(limits.maxUncompressedBytes()));
        }
        // the whole file against its own size: catches many small entries that each stay under the grace
        checkRatio(inflated, fileSize);
    }

    /** Refuses when {@code inflatedBytes} exceed the ratio over {@code compressedBytes}, once past the grace. */
    void checkRatio(long inflatedBytes, long compressedBytes) {
        if (inflatedBytes > RATIO_GRACE_BYTES
                && inflatedBytes > (double) limits.maxCompressionRatio() * Math.max(compressedBytes, 1)) {
            throw new UploadRefusedException(Reason.SUSPICIOUS_RATIO, limits.maxCompressionRatio());
        }
    }

    int entries() {
        return entries;
    }

    long inflated() {
        return inflated;
    }
}
