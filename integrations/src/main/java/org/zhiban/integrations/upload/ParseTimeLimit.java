package org.zhiban.integrations.upload;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * Runs parse steps on a small pool of daemon threads and gives up on one that overruns. A parser stuck in a loop
 * that ignores interrupts keeps its thread, so the pool is bounded: once every thread is taken, further parses are
 * refused at once ({@link Reason#PARSER_BUSY}) instead of queueing behind the stuck ones or piling up threads.
 * Public for other readers of uploaded bytes (text extraction and OCR) that need the same bounded, interruptible run.
 */
public final class ParseTimeLimit {

    private static final long IDLE_SECONDS = 30;

    private final Duration timeout;
    private final ThreadPoolExecutor pool;

    public ParseTimeLimit(Duration timeout, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one parse thread is needed, not " + threads);
        }
        this.timeout = timeout;
        AtomicInteger number = new AtomicInteger();
        // no queue: the timeout then measures the parse alone, not time spent waiting for a thread
        this.pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "upload-parse-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // idle threads end, so a guard nobody closes holds no threads
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs the step on a pool thread and waits at most the timeout; on timeout the step is interrupted.
     *
     * @throws UploadRefusedException {@link Reason#PARSE_TIMEOUT} or {@link Reason#PARSER_BUSY}; the step's own
     *                                failure is rethrown unchanged
     */
    public <T> T run(Callable<T> parse) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(parse);
        } catch (RejectedExecutionException e) {
            throw new UploadRefusedException(Reason.PARSER_BUSY);
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new UploadRefusedException(Reason.PARSE_TIMEOUT, seconds());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private String seconds() {
        double seconds = timeout.toMillis() / 1000.0;
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    /** The parser's own failure, as if it had run on the caller's thread. */
    private static Exception unwrapped(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }
}
