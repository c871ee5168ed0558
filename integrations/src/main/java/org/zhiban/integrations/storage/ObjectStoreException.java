package org.zhiban.integrations.storage;

/** The object store failed; callers inside a process step let it propagate so the job is retried. */
public class ObjectStoreException extends RuntimeException {
    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
