package org.zhiban.integrations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.upload.UploadRefusedException;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/** Extraction runs under {@link TextExtractionSettings#timeout()}, as upload parsing runs under its parse timeout. */
class TimeLimitTest {

    @BeforeAll
    static void needsTheCjkFont() {
        assumeTrue(Documents.cjkFontInstalled(), "fonts-wqy-zenhei is not installed");
    }

    @Test
    void an_extraction_that_overruns_is_refused_with_the_upload_timeout() {
        String page = String.join("\n", Collections.nCopies(30, "第一条 合同价款为人民币壹佰万元整，分两期支付。"));
        byte[] pdf = Documents.textPdf(Collections.nCopies(150, page).toArray(String[]::new));
        DocumentTextExtractor hurried = new DocumentTextExtractor(
                TextExtractionSettings.defaults().withTimeout(Duration.ofMillis(50)));

        assertThatThrownBy(() -> hurried.extract(pdf)).isInstanceOfSatisfying(UploadRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PARSE_TIMEOUT);
            assertThat(e).hasMessage("文件解析超过 0.05 秒 / reading the file took longer than 0.05 s");
        });
    }

    @Test
    void an_ocr_that_overruns_is_stopped_and_tesseract_killed() throws Exception {
        DocumentTextExtractor hurried = new DocumentTextExtractor(
                TextExtractionSettings.defaults().withTimeout(Duration.ofMillis(300)));
        assumeTrue(hurried.ocrAvailable(), "tesseract-ocr and tesseract-ocr-chi-sim are not installed");
        // a page of text: tesseract needs seconds for it
        byte[] png = Documents.png(Documents.scan("政府采购服务合同",
                Collections.nCopies(25, "甲方应于合同签订后十日内支付合同总价人民币壹佰万元整。").toArray(String[]::new)));

        assertThatThrownBy(() -> hurried.extract(png)).isInstanceOfSatisfying(UploadRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.PARSE_TIMEOUT));
        assertThat(noTesseractWithin(10)).as("tesseract was killed").isTrue();
    }

    private static boolean noTesseractWithin(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            boolean running = ProcessHandle.current().descendants()
                    .anyMatch(p -> p.info().command().map(c -> c.endsWith("tesseract")).orElse(false));
            if (!running) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
