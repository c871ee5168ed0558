package org.zhiban.integrations.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lowercase hex SHA-256: how stored objects, uploads and ledger records name content. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(String text) {
        return hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
