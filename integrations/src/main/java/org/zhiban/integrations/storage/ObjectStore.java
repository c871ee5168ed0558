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

    /** Checks that the store answers; throws {@link ObjectStoreException} otherwise. */
    void ping();
}
