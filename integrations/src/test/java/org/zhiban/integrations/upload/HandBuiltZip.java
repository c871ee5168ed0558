package org.zhiban.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a zip from already deflated entries, which ZipOutputStream cannot take: local headers with the sizes up
 * front, then the central directory. Enough for test files below 4 GB and 65,535 entries (no zip64).
 */
final class HandBuiltZip {

    private static final int DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1;
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DEFLATED = 8;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private int entries;

    HandBuiltZip add(String name, Deflated entry) {
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        u32(out, 0x04034b50);
        u16(out, 20);
        commonFields(out, entry, encoded.length);
        u16(out, 0);
        out.writeBytes(encoded);
        out.writeBytes(entry.data());

        u32(central, 0x02014b50);
        u16(central, 20);
        u16(central, 20);
        commonFields(central, entry, encoded.length);
        u16(central, 0); // extra
        u16(central, 0); // comment
        u16(central, 0); // disk
        u16(central, 0); // internal attributes
        u32(central, 0); // external attributes
        u32(central, offset);
        central.writeBytes(encoded);
        entries++;
        return this;
    }

    byte[] toByteArray() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(out.toByteArray());
        long centralOffset = zip.size();
        zip.writeBytes(central.toByteArray());
        u32(zip, 0x06054b50);
        u16(zip, 0);
        u16(zip, 0);
        u16(zip, entries);
        u16(zip, entries);
        u32(zip, central.size());
        u32(zip, centralOffset);
        u16(zip, 0);
        return zip.toByteArray();
    }

    /** flags, method, time, date, crc, sizes, name length: the same in local and central headers. */
    private static void commonFields(ByteArrayOutputStream to, Deflated entry, int nameLength) {
        u16(to, UTF8_NAMES);
        u16(to, DEFLATED);
        u16(to, 0);
        u16(to, DOS_DATE);
        u32(to, entry.crc());
        u32(to, entry.data().length);
        u32(to, entry.size());
        u16(to, nameLength);
    }

    private static void u16(ByteArrayOutputStream to, int value) {
        to.write(value & 0xff);
        to.write(value >>> 8 & 0xff);
    }

    private static void u32(ByteArrayOutputStream to, long value) {
        u16(to, (int) (value & 0xffff));
        u16(to, (int) (value >>> 16 & 0xffff));
    }
}
