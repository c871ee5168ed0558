package org.zhiban.integrations.storage;

import java.util.Map;

/**
 * What the store knows about an object without reading it.
 *
 * @param metadata the user metadata (S3 {@code x-amz-meta-*}), names in lowercase without the prefix; may be empty
 *                 where the store cannot keep it (S3Proxy on a file system without extended attributes)
 */
public record ObjectInfo(String key, long size, String contentType, Map<String, String> metadata) {

    public ObjectInfo {
        metadata = Map.copyOf(metadata);
    }
}
