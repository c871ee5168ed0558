package org.zhiban.identity.login;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits — what every authenticator app
 * reads from an {@code otpauth://} QR code), on the RFC 4226 truncation.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step, {@code digits} long, with {@code algorithm} {@code HmacSHA1}/{@code 256}/{@code 512}. */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step whose code matches, within one step either side of {@code now} (clock drift), and later than
     * {@code lastUsedStep} (a code is good once); -1 when none.
     */
    public static long matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        byte[] given = code.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long current = step(now);
        for (long s = current - 1; s <= current + 1; s++) {
            byte[] expected = code(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (s > lastUsedStep && MessageDigest.isEqual(expected, given)) {
                return s;
            }
        }
        return -1;
    }
}
