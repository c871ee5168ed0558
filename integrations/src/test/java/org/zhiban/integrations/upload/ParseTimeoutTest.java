package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

class ParseTimeoutTest {

    private static UploadGuard guardWithTimeout(Duration timeout, int threads) {
        return new UploadGuard(new UploadLimits(1024, 10, 1024, 100, 1, timeout), threads);
    }

    @Test
    void a_parse_that_finishes_in_time_returns_its_result() throws Exception {
        UploadGuard guard = guardWithTimeout(Duration.ofSeconds(30), 2);

        assertThat(guard.withinTimeout(() -> "正文")).isEqualTo("正文");
    }

    @Test
    void a_parse_that_overruns_is_interrupted_and_the_upload_refused() throws Exception {
        UploadGuard guard = guardWithTimeout(Duration.ofMillis(200), 2);
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> guard.withinTimeout(() -> {
            try {
                Thread.sleep(60_000);
                return "never";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        })).isInstanceOfSatisfying(UploadRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PARSE_TIMEOUT);
            assertThat(e.messageKey()).isEqualTo("upload.refused.parse-timeout");
            assertThat(e).hasMessage("文件解析超过 0.2 秒 / reading the file took longer than 0.2 s");
        });
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the sleeping parser was interrupted").isTrue();
    }

    @Test
    void the_parsers_own_failure_is_rethrown_unchanged() {
        UploadGuard guard = guardWithTimeout(Duration.ofSeconds(30), 2);
        IOException failure = new IOException("not a PDF");

        assertThatThrownBy(() -> guard.withinTimeout(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void when_every_parse_thread_is_taken_another_parse_is_refused_at_once() throws Exception {
        UploadGuard guard = guardWithTimeout(Duration.ofSeconds(30), 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return guard.withinTimeout(() -> {
                    started.countDown();
                    release.await();
                    return "first";
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> guard.withinTimeout(() -> "second"))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PARSER_BUSY));

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    }
}
