package org.zhiban.integrations.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.zhiban.integrations.crypto.DecryptionException.Reason;

/**
 * 信封加密: every object gets its own random SM4 data key, which encrypts the content (SM4/GCM) and is itself
 * encrypted ("wrapped") by the master key (SM4/GCM). One leaked data key opens one object, and a new master key only
 * has to re-wrap the data keys. Thread-safe.
 */
public final class Sm4Envelope {

    private final SecureRandom random = new SecureRandom();
    private final MasterKey current;
    private final Map<String, MasterKey> keys = new LinkedHashMap<>();

    /** Encrypts and decrypts under one master key. */
    public Sm4Envelope(MasterKey current) {
        this(current, List.of());
    }

    /**
     * Encrypts under {@code current}; also decrypts what earlier master keys encrypted.
     *
     * @param retired keys that are no longer used for new objects, found by their id
     */
    public Sm4Envelope(MasterKey current, Collection<MasterKey> retired) {
        this.current = Objects.requireNonNull(current, "current");
        keys.put(current.id(), current);
        for (MasterKey key : retired) {
            MasterKey earlier = keys.putIfAbsent(key.id(), key);
            if (earlier != null && !earlier.sameAs(key)) {
                throw new IllegalArgumentException("two different master keys share the id " + key.id());
            }
        }
    }

    /** The id of the master key new envelopes are wrapped with. */
    public String currentKeyId() {
        return current.id();
    }

    public byte[] encrypt(byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] dataKey = randomBytes(Sm4Gcm.KEY_BYTES);
        try {
            byte[] wrapIv = randomBytes(Sm4Gcm.IV_BYTES);
            byte[] wrapped = Sm4Gcm.seal(current.bytes(), wrapIv, EnvelopeFormat.keyAssociatedData(current.id()), dataKey);
            byte[] dataIv = randomBytes(Sm4Gcm.IV_BYTES);
            byte[] content = Sm4Gcm.seal(dataKey, dataIv, EnvelopeFormat.contentAssociatedData(), plaintext);
            byte[] header = EnvelopeFormat.header(current.id(), wrapIv, wrapped, dataIv);
            byte[] out = Arrays.copyOf(header, header.length + content.length);
            System.arraycopy(content, 0, out, header.length, content.length);
            return out;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * @throws DecryptionException when the bytes are no envelope, name a master key not configured here, or fail a
     *                             tag (wrong master key, tampered or damaged bytes)
     */
    public byte[] decrypt(byte[] envelope) {
        EnvelopeFormat format = EnvelopeFormat.read(envelope);
        byte[] dataKey = unwrap(format);
        try {
            return Sm4Gcm.open(dataKey, format.dataIv(), EnvelopeFormat.contentAssociatedData(), envelope,
                    format.contentOffset());
        } catch (InvalidCipherTextException e) {
            throw new DecryptionException(Reason.TAMPERED, e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The same content under the current master key: only the data key is re-wrapped, the content bytes are copied
     * unchanged. For rotating the master key object by object.
     */
    public byte[] rewrap(byte[] envelope) {
        EnvelopeFormat format = EnvelopeFormat.read(envelope);
        if (format.keyId().equals(current.id())) {
            return envelope.clone();
        }
        byte[] dataKey = unwrap(format);
        try {
            byte[] wrapIv = randomBytes(Sm4Gcm.IV_BYTES);
            byte[] wrapped = Sm4Gcm.seal(current.bytes(), wrapIv, EnvelopeFormat.keyAssociatedData(current.id()), dataKey);
            byte[] header = EnvelopeFormat.header(current.id(), wrapIv, wrapped, format.dataIv());
            int contentLength = envelope.length - format.contentOffset();
            byte[] out = Arrays.copyOf(header, header.length + contentLength);
            System.arraycopy(envelope, format.contentOffset(), out, header.length, contentLength);
            return out;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** True when the bytes start like an envelope; a plaintext that happens to start with "ZBS4" looks like one too. */
    public static boolean isEnvelope(byte[] bytes) {
        return EnvelopeFormat.looksLikeEnvelope(bytes);
    }

    /** The id of the master key that wrapped this envelope's data key. */
    public static String masterKeyId(byte[] envelope) {
        return EnvelopeFormat.read(envelope).keyId();
    }

    private byte[] unwrap(EnvelopeFormat format) {
        MasterKey key = keys.get(format.keyId());
        if (key == null) {
            throw new DecryptionException(Reason.UNKNOWN_MASTER_KEY, format.keyId());
        }
        try {
            return Sm4Gcm.open(key.bytes(), format.wrapIv(), EnvelopeFormat.keyAssociatedData(format.keyId()),
                    format.wrappedKey(), 0);
        } catch (InvalidCipherTextException e) {
            throw new DecryptionException(Reason.WRONG_MASTER_KEY, e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
