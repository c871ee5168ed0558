package org.zhiban.integrations.upload;

import java.util.OptionalLong;

/**
 * Reads how many entries a zip's central directory claims, from the end of the file. Parsers that open the central
 * directory (ZipFile, commons-compress) see those entries, while the guard streams the local headers; comparing the
 * two counts catches files that show each reader something else, such as overlapping-entry bombs.
 */
final class CentralDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ZIP64_END_LENGTH = 56;

    private CentralDirectory() {
    }

    /** The claimed entry count; empty when there is no end-of-central-directory record, i.e. the zip is cut off. */
    static OptionalLong claimedEntries(byte[] zip) {
        int end = findEnd(zip);
        if (end < 0) {
            return OptionalLong.empty();
        }
        long total = u16(zip, end + 10);
        if (total == 0xffff) {
            // a zip64 archive keeps the real count in its own record; without one, 65,535 is the least it means
            long zip64 = zip64Entries(zip, end);
            return OptionalLong.of(zip64 >= 0 ? zip64 : total);
        }
        return OptionalLong.of(total);
    }

    /** The last end record whose comment fits in the file, scanning back no further than the longest comment. */
    private static int findEnd(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_LENGTH - MAX_COMMENT);
        for (int i = zip.length - END_LENGTH; i >= lowest; i--) {
            if (u32(zip, i) == END_SIGNATURE && i + END_LENGTH + u16(zip, i + 20) <= zip.length) {
                return i;
            }
        }
        return -1;
    }

    private static long zip64Entries(byte[] zip, int end) {
        int locator = end - ZIP64_LOCATOR_LENGTH;
        if (locator < 0 || u32(zip, locator) != ZIP64_LOCATOR_SIGNATURE) {
            return -1;
        }
        long offset = u64(zip, locator + 8);
        // the stated offset is relative to the archive's start; the record normally sits just before the locator
        for (long candidate : new long[] {offset, locator - ZIP64_END_LENGTH}) {
            if (candidate >= 0 && candidate + ZIP64_END_LENGTH <= locator
                    && u32(zip, (int) candidate) == ZIP64_END_SIGNATURE) {
                long count = u64(zip, (int) candidate + 32);
                return count < 0 ? Long.MAX_VALUE : count;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private static long u64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
