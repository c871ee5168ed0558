package org.zhiban.integrations.storage;

/** Where a stored object is: its key, the lowercase hex SHA-256 of its bytes, and its size. */
public record StoredObject(String key, String sha256, long size, String contentType) {}
