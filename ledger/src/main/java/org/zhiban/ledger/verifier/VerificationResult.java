package org.zhiban.ledger.verifier;

/** 校验结果: valid, or the first reason the proof fails. */
public record VerificationResult(boolean valid, String reason) {

    public static VerificationResult ok(String what) {
        return new VerificationResult(true, what);
    }

    public static VerificationResult invalid(String reason) {
        return new VerificationResult(false, reason);
    }
}
