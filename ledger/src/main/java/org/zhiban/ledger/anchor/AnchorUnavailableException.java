package org.zhiban.ledger.anchor;

/** The anchor cannot be reached now; the checkpoint stays queued and is retried. */
public class AnchorUnavailableException extends RuntimeException {
    public AnchorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
