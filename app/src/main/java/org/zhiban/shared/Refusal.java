package org.zhiban.shared;

import java.util.List;

/**
 * A request the system refuses for a reason the caller can act on. Services throw it before anything changes;
 * the web layer ({@code ProblemResponses}) turns it into problem+json and the UI into a notification, both
 * translating {@link #messageKey()} with {@link #args()} into the caller's language. Services never throw HTTP
 * types.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal; the web layer maps each to one HTTP status. */
    public enum Kind {
        /** 400 */ INVALID,
        /** 403 */ FORBIDDEN,
        /** 404: also for what exists but is not the caller's to see, so existence does not leak */ NOT_FOUND,
        /** 409 */ CONFLICT,
        /** 413 */ TOO_LARGE
    }

    /** One field's problem in a refused form. */
    public record FieldProblem(String field, String messageKey, List<Object> args, String message) {
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> args;
    private final transient List<FieldProblem> fieldProblems;
    private Integer retryAfterSeconds;

    /** @param fallback the message in Chinese and English, used where no translation is at hand (logs, tests) */
    public Refusal(Kind kind, String messageKey, String fallback, List<?> args, List<FieldProblem> fieldProblems) {
        super(fallback);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static Refusal invalid(String messageKey, String fallback, Object... args) {
        return new Refusal(Kind.INVALID, messageKey, fallback, List.of(args), List.of());
    }

    public static Refusal notFound(String messageKey, String fallback, Object... args) {
        return new Refusal(Kind.NOT_FOUND, messageKey, fallback, List.of(args), List.of());
    }

    public static Refusal forbidden(String messageKey, String fallback, Object... args) {
        return new Refusal(Kind.FORBIDDEN, messageKey, fallback, List.of(args), List.of());
    }

    public static Refusal conflict(String messageKey, String fallback, Object... args) {
        return new Refusal(Kind.CONFLICT, messageKey, fallback, List.of(args), List.of());
    }

    public static Refusal tooLarge(String messageKey, String fallback, Object... args) {
        return new Refusal(Kind.TOO_LARGE, messageKey, fallback, List.of(args), List.of());
    }

    /** Not possible yet, worth asking again after {@code seconds} (409 with {@code Retry-After}). */
    public static Refusal retryLater(String messageKey, String fallback, int seconds) {
        Refusal refusal = new Refusal(Kind.CONFLICT, messageKey, fallback, List.of(), List.of());
        refusal.retryAfterSeconds = seconds;
        return refusal;
    }

    /** Seconds after which asking again may succeed, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
