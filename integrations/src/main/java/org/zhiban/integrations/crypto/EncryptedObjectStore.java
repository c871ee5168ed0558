package org.zhiban.integrations.crypto;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhiban.integrations.crypto.DecryptionException.Reason;
import org.zhiban.integrations.storage.KeyedObjectStore;
import org.zhiban.integrations.storage.ObjectInfo;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.Sha256;
import org.zhiban.integrations.storage.StoredObject;

/**
 * 加密存储: an {@link ObjectStore} that keeps only {@link Sm4Envelope envelopes} in the store beneath it. Keys stay
 * those of the plaintext ({@code prefix/<sha256 of the plaintext>}), so callers, review records and the re-upload check
 * see no difference; what lies in MinIO or under {@code ./data/objects} is ciphertext, and its metadata says so.
 */
public final class EncryptedObjectStore implements ObjectStore {

    /** Metadata naming the scheme; its presence tells a reader (or {@code mc stat}) that the object is encrypted. */
    public static final String ENCRYPTION = "zhiban-encryption";
    public static final String SCHEME = "sm4-gcm-envelope-v1";
    public static final String MASTER_KEY_ID = "zhiban-master-key-id";
    /** The plaintext's content type; the stored object is {@code application/octet-stream}, which is what it is. */
    public static final String CONTENT_TYPE = "zhiban-content-type";
    public static final String PLAINTEXT_SIZE = "zhiban-plaintext-size";

    private static final String STORED_CONTENT_TYPE = "application/octet-stream";
    private static final Pattern SHA256_NAME = Pattern.compile("[0-9a-f]{64}");

    private final KeyedObjectStore store;
    private final Sm4Envelope envelope;
    private final boolean readPlaintext;

    /**
     * @param readPlaintext whether objects stored before encryption was turned on can still be read. Such an object is
     *                      returned only when its bytes match the SHA-256 its key names, so a plaintext planted in the
     *                      store in place of an encrypted object is still refused.
     */
    public EncryptedObjectStore(KeyedObjectStore store, Sm4Envelope envelope, boolean readPlaintext) {
        this.store = Objects.requireNonNull(store, "store");
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.readPlaintext = readPlaintext;
    }

    /**
     * Encrypts and stores under {@code prefix/<sha256 of content>}, unless an encrypted object is there already. A
     * plaintext copy from before encryption is replaced by an encrypted one.
     */
    @Override
    public StoredObject put(String prefix, byte[] content, String contentType) {
        String sha256 = Sha256.hex(content);
        String key = prefix + "/" + sha256;
        Optional<ObjectInfo> existing = store.stat(key);
        if (existing.isEmpty() || !isEncrypted(existing.get())) {
            store.putAt(key, envelope.encrypt(content), STORED_CONTENT_TYPE, Map.of(
                    ENCRYPTION, SCHEME,
                    MASTER_KEY_ID, envelope.currentKeyId(),
                    CONTENT_TYPE, contentType == null ? STORED_CONTENT_TYPE : contentType,
                    PLAINTEXT_SIZE, Long.toString(content.length)));
        }
        return new StoredObject(key, sha256, content.length, contentType);
    }

    /**
     * @throws DecryptionException when the object cannot be decrypted (another master key, tampered bytes), its
     *                             content does not match its key, or it is plaintext and plaintext reads are off
     */
    @Override
    public Optional<byte[]> get(String key) {
        return store.get(key).map(stored -> open(key, stored));
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }

    @Override
    public void ping() {
        store.ping();
    }

    private byte[] open(String key, byte[] stored) {
        String expected = namedSha256(key);
        if (!Sm4Envelope.isEnvelope(stored)) {
            if (!readPlaintext) {
                throw new DecryptionException(Reason.NOT_ENCRYPTED, key);
            }
            return checked(key, expected, stored);
        }
        try {
            return checked(key, expected, envelope.decrypt(stored));
        } catch (DecryptionException e) {
            // a plaintext that merely starts like an envelope: its bytes, not its first four, decide
            if (readPlaintext && expected != null && expected.equals(Sha256.hex(stored))) {
                return stored;
            }
            throw e;
        }
    }

    private static byte[] checked(String key, String expected, byte[] content) {
        if (expected != null && !expected.equals(Sha256.hex(content))) {
            throw new DecryptionException(Reason.CONTENT_MISMATCH, key);
        }
        return content;
    }

    /** The last segment of a content-addressed key; null for a key named otherwise. */
    private static String namedSha256(String key) {
        String last = key.substring(key.lastIndexOf('/') + 1);
        return SHA256_NAME.matcher(last).matches() ? last : null;
    }

    /** Metadata when the store kept it; otherwise the bytes' own header (S3Proxy on a file system without xattrs). */
    private boolean isEncrypted(ObjectInfo info) {
        if (SCHEME.equals(info.metadata().get(ENCRYPTION))) {
            return true;
        }
        return store.get(info.key()).map(Sm4Envelope::isEnvelope).orElse(false);
    }
}
