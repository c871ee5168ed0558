package org.zhiban.integrations.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4/GCM/NoPadding with a 128-bit tag, through BouncyCastle's lightweight API: no JCA provider is registered, so the
 * app's other security code (TLS, password hashing) sees the JDK's providers unchanged.
 */
final class Sm4Gcm {

    static final int KEY_BYTES = 16;
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final int TAG_BITS = TAG_BYTES * 8;

    private Sm4Gcm() {
    }

    static byte[] seal(byte[] key, byte[] iv, byte[] associatedData, byte[] plaintext) {
        GCMModeCipher gcm = cipher(true, key, iv, associatedData);
        byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("GCM encryption does not verify anything", e);
        }
        return out;
    }

    /**
     * Decrypts {@code ciphertext[offset..]} and checks its tag.
     *
     * @throws InvalidCipherTextException when the tag does not match: wrong key, or altered bytes
     */
    static byte[] open(byte[] key, byte[] iv, byte[] associatedData, byte[] ciphertext, int offset)
            throws InvalidCipherTextException {
        GCMModeCipher gcm = cipher(false, key, iv, associatedData);
        int length = ciphertext.length - offset;
        byte[] out = new byte[gcm.getOutputSize(length)];
        int n = gcm.processBytes(ciphertext, offset, length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            // BouncyCastle has already written unverified plaintext into out: it must not leave this method
            java.util.Arrays.fill(out, (byte) 0);
            throw e;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] iv, byte[] associatedData) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, associatedData));
        return gcm;
    }
}
