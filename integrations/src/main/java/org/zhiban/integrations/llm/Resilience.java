package org.zhiban.integrations.llm;

import java.time.Duration;

/**
 * How hard to try a model before the caller falls back: attempts with exponential backoff, and a circuit breaker
 * that stops calling a server once half of its last {@code breakerWindow} requests failed, until {@code openFor} has passed.
 */
public record Resilience(int maxAttempts, Duration firstBackoff, int breakerWindow, Duration openFor) {

    public static final Resilience DEFAULT = new Resilience(3, Duration.ofMillis(500), 10, Duration.ofSeconds(30));

    public Resilience {
        if (maxAttempts < 1 || breakerWindow < 2) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 and breakerWindow at least 2");
        }
    }
}
