package org.zhiban.integrations.crypto;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * 个人信息字段加密: a personal datum (身份证号, 电话) kept in a database column as an SM4 envelope in text form
 * ({@value #PREFIX} and base64), and its <em>blind index</em> — HMAC-SM3 under a key derived from the master key — so
 * that equal values can be found (the same complainant by ID number) without decrypting a row or storing the value.
 * The blind index is of the normalised value (NFKC, no blanks, upper case: {@code 11010119900307451x} and
 * {@code 11010119900307451X} are one person).
 */
public final class FieldCipher {

    public static final String PREFIX = "sm4e1:";
    private static final byte[] INDEX_LABEL = "zhiban-blind-index-v1".getBytes(StandardCharsets.US_ASCII);

    private final Sm4Envelope envelope;
    private final byte[] indexKey;

    public FieldCipher(Sm4Envelope envelope, MasterKey indexMaster) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.indexKey = hmac(indexMaster.bytes(), INDEX_LABEL);
    }

    /** The encrypted form of a value, or null for null. */
    public String encrypt(String value) {
        if (value == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(envelope.encrypt(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @throws DecryptionException when the text is not an envelope of ours or fails its check
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new DecryptionException(DecryptionException.Reason.NOT_ENCRYPTED, "field");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new DecryptionException(DecryptionException.Reason.TAMPERED, e);
        }
        return new String(envelope.decrypt(bytes), StandardCharsets.UTF_8);
    }

    /** The blind index of a value (64 hex digits), or null for a null or blank value. */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        if (normal.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(hmac(indexKey, normal.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
