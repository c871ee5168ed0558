package org.zhiban.integrations.storage;

import java.util.Map;
import java.util.Optional;

/**
 * An object store that also stores bytes under a key the caller names, with metadata. What a decorator needs that
 * stores other bytes than it is given (the encrypted store keys by the plaintext's SHA-256, not the ciphertext's).
 */
public interface KeyedObjectStore extends ObjectStore {

    /**
     * Stores the bytes under exactly {@code key}, replacing what is there.
     *
     * @param metadata user metadata; names and values must be ASCII (they travel as HTTP headers)
     */
    void putAt(String key, byte[] content, String contentType, Map<String, String> metadata);

    /** Size, content type and metadata of the object under the key; empty when there is none. */
    Optional<ObjectInfo> stat(String key);

    @Override
    default boolean exists(String key) {
        return stat(key).isPresent();
    }
}
