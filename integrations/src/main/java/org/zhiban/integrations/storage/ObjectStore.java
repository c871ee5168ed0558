package org.zhiban.integrations.storage;

import java.util.Optional;

/**
 * 对象存储: where documents and reports live, addressed by the SHA-256 of their content so that storing the
 * same bytes twice (a retried job) changes nothing.
 */
public interface ObjectStore {

    /** Stores the bytes under {@code prefix/<sha256>} and returns where they are. */
    StoredObject put(String prefix, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /**
     * Whether an object is stored under the key, e.g. to recognise the re-upload of a file by its SHA-256 before
     * storing it again. This default reads the whole object; implementations ask the store instead.
     */
    default boolean exists(String key) {
        return get(key).isPresent();
    }

    /** Checks that the store answers; throws {@link ObjectStoreException} otherwise. */
    void ping();
}
