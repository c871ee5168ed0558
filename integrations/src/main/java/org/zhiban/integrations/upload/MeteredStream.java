package org.zhiban.integrations.upload;

import java.io.IOException;
import java.io.InputStream;

/**
 * The inflated bytes of one entry (or one gzip stream), charged to the budget as they are read and held to the
 * compression ratio against the compressed bytes consumed beneath the inflater.
 */
final class MeteredStream extends InputStream {

    /**
     * ZipInputStream and GZIPInputStream read ahead (512 bytes) and push back what belongs to the next entry, so the
     * count beneath them is off by up to that much. Adding it to the denominator keeps the running check lenient;
     * {@link #finish} then judges with the exact compressed size.
     */
    private static final long READ_AHEAD_SLACK = 1024;

    private final InputStream inflating;
    private final CountingInputStream compressed;
    private final long compressedAtStart;
    private final InflationBudget budget;
    private long inflated;

    MeteredStream(InputStream inflating, CountingInputStream compressed, InflationBudget budget) {
        this.inflating = inflating;
        this.compressed = compressed;
        this.compressedAtStart = compressed.count();
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = inflating.read(b, off, len);
        if (n > 0) {
            inflated += n;
            budget.charge(n);
            budget.checkRatio(inflated, compressed.count() - compressedAtStart + READ_AHEAD_SLACK);
        }
        return n;
    }

    /** The exact check, once the reader has verified the entry's compressed size against its inflater. */
    void finish(long verifiedCompressedBytes) {
        budget.checkRatio(inflated, verifiedCompressedBytes);
    }

    /** Closing an inner reader must not close the outer archive it reads from. */
    @Override
    public void close() {
    }
}
