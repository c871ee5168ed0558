package org.zhiban;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until an asynchronous step (a job, an outbox delivery) has happened; fails after a generous limit. */
public final class Waiting {

    private static final long LIMIT_MS = 30_000;

    private Waiting() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.currentTimeMillis() + LIMIT_MS;
        T value = probe.get();
        while (!done.test(value)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("still not done after " + LIMIT_MS + " ms: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
