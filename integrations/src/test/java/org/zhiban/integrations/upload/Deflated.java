package org.zhiban.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate data with the CRC and size a zip or gzip header needs. Deflater runs at about 170 MB/s, too slow to
 * make a gigabyte for every test run; so a repeated run is compressed once as a 4 MB fragment ended by a full flush
 * (byte-aligned, no reference to earlier data), and that same fragment is written again and again.
 */
record Deflated(byte[] data, long crc, long size) {

    static Deflated of(byte[] content) {
        return new Builder().add(content).build();
    }

    static Deflated repeated(byte value, long size) {
        return new Builder().addRepeated(value, size).build();
    }

    /** Deflates content piece by piece into one stream. */
    static final class Builder {

        private static final int CHUNK = 4 * 1024 * 1024;
        /** An empty fixed-Huffman block marked final: ends a stream of flushed fragments. */
        private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CRC32 crc = new CRC32();
        private long size;

        Builder add(byte[] content) {
            out.writeBytes(fragment(content));
            crc.update(content);
            size += content.length;
            return this;
        }

        Builder addRepeated(byte value, long count) {
            byte[] chunk = new byte[(int) Math.min(CHUNK, count)];
            Arrays.fill(chunk, value);
            byte[] fragment = fragment(chunk);
            for (long i = 0; i < count / chunk.length; i++) {
                out.writeBytes(fragment);
                crc.update(chunk);
            }
            int rest = (int) (count % chunk.length);
            if (rest > 0) {
                add(Arrays.copyOf(chunk, rest));
                size -= rest;
            }
            size += count;
            return this;
        }

        Deflated build() {
            out.writeBytes(FINAL_EMPTY_BLOCK);
            return new Deflated(out.toByteArray(), crc.getValue(), size);
        }

        private static byte[] fragment(byte[] content) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                deflater.setInput(content);
                ByteArrayOutputStream fragment = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                // a full flush may need more than one call when it fills the buffer
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    fragment.write(buffer, 0, n);
                } while (n == buffer.length || !deflater.needsInput());
                return fragment.toByteArray();
            } finally {
                deflater.end();
            }
        }
    }
}
