package org.zhiban.ledger.hash;

import java.util.HexFormat;

/** Lowercase hex, the only spelling of a hash in entries, tables, checkpoints and proofs. */
public final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /** Decodes hex (either case); throws {@link IllegalArgumentException} on anything else. */
    public static byte[] decode(String hex) {
        if (hex == null || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("not a hex string: " + hex);
        }
        return LOWER.parseHex(hex);
    }
}
