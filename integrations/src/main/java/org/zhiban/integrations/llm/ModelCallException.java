package org.zhiban.integrations.llm;

/**
 * A model server did not give an answer. {@code retryable} is true for what may pass on its own (timeouts,
 * connection errors, 429, 5xx); a 4xx other than 429 is our request's fault and is not repeated.
 */
public class ModelCallException extends RuntimeException {

    private final int status;
    private final boolean retryable;

    public ModelCallException(String message, int status, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status >= 500;
    }
}
