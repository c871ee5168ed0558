package org.zhiban.integrations.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * 主密钥: the 128-bit SM4 key that wraps every object's data key. It never encrypts content itself, so rotating it means
 * re-wrapping 48 bytes per object, not re-encrypting the objects. The id travels in every envelope so that a store
 * holding objects under several master keys knows which one opens each.
 */
public final class MasterKey {

    /** Ids go into S3 metadata (ASCII headers) and the envelope header (one length byte). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32}");
    private static final byte[] ID_LABEL = "zhiban master key id".getBytes(StandardCharsets.US_ASCII);

    private final String id;
    private final byte[] key;

    private MasterKey(String id, byte[] key) {
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("a master key id is 1 to 64 of A-Z a-z 0-9 . _ -, not: " + id);
        }
        if (key == null || key.length != Sm4Gcm.KEY_BYTES) {
            throw new IllegalArgumentException("主密钥须为 128 位（16 字节） / an SM4 master key has 16 bytes, not "
                    + (key == null ? "none" : key.length));
        }
        this.id = id;
        this.key = key.clone();
    }

    /** A key with a chosen id (rotation schemes that name keys themselves). */
    public static MasterKey of(String id, byte[] key) {
        return new MasterKey(id, key);
    }

    /** A key whose id is its fingerprint ({@code mk-} and 16 hex digits of SM3), so the same key always has the same id. */
    public static MasterKey of(byte[] key) {
        return new MasterKey(fingerprint(key), key);
    }

    /**
     * Reads a key as configuration holds it: 32 hex digits, or base64 of 16 bytes (standard or URL-safe alphabet).
     *
     * @throws IllegalArgumentException when it is neither; the message never repeats the value
     */
    public static MasterKey parse(String encoded) {
        String text = Objects.requireNonNull(encoded, "encoded").strip();
        if (HEX.matcher(text).matches()) {
            return of(HexFormat.of().parseHex(text));
        }
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("主密钥格式错误：须为 32 位十六进制或 base64 / the master key must be"
                    + " 32 hex digits or base64 of 16 bytes");
        }
        try {
            return of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public String id() {
        return id;
    }

    /** Base64 of the key, as a key file or a configuration value holds it. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** The raw key for the cipher; package-private so that nothing outside the crypto package handles it. */
    byte[] bytes() {
        return key;
    }

    /** Same id and same key, compared in constant time. */
    public boolean sameAs(MasterKey other) {
        return other != null && id.equals(other.id) && MessageDigest.isEqual(key, other.key);
    }

    /** Never the key itself: keys end up in logs through toString more often than any other way. */
    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }

    private static String fingerprint(byte[] key) {
        if (key == null) {
            throw new IllegalArgumentException("no key");
        }
        SM3Digest sm3 = new SM3Digest();
        sm3.update(ID_LABEL, 0, ID_LABEL.length);
        sm3.update(key, 0, key.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return "mk-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
