package org.zhiban.integrations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.text.TextExtractionException.Reason;

class OcrNotInstalledTest {

    private static final String NOT_INSTALLED = "未安装 OCR（tesseract-ocr、tesseract-ocr-chi-sim），无法识别扫描件 / OCR is not installed";
    private static final DocumentTextExtractor withoutTesseract = new DocumentTextExtractor(
            TextExtractionSettings.defaults().withTesseract("/nonexistent/zhiban/bin/tesseract"));

    @BeforeAll
    static void needsTheCjkFont() {
        assumeTrue(Documents.cjkFontInstalled(), "fonts-wqy-zenhei is not installed");
    }

    @Test
    void an_image_cannot_be_read_and_the_message_says_what_to_install() {
        byte[] png = Documents.png(Documents.scan("合同", "合同总价"));

        assertThat(withoutTesseract.ocrAvailable()).isFalse();
        assertThatThrownBy(() -> withoutTesseract.extract(png)).isInstanceOfSatisfying(TextExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.OCR_NOT_INSTALLED);
            assertThat(e.messageKey()).isEqualTo("text.extraction.ocr-not-installed");
            assertThat(e).hasMessage(NOT_INSTALLED);
            assertThat(e.arguments()).singleElement().asString().contains("cannot run /nonexistent/zhiban/bin/tesseract");
        });
    }

    @Test
    void a_scanned_pdf_cannot_be_read_either() {
        byte[] pdf = Documents.scannedPdf(Documents.scan("合同", "合同总价"));

        assertThatThrownBy(() -> withoutTesseract.extract(pdf)).isInstanceOfSatisfying(TextExtractionException.class,
                e -> assertThat(e).hasMessage(NOT_INSTALLED));
    }

    @Test
    void a_pdf_with_typed_pages_keeps_their_text_and_names_the_scanned_pages_it_could_not_read() {
        byte[] pdf = Documents.typedThenScannedPdf("第一页为打印的合同正文内容", Documents.scan("合同", "合同总价"));

        ExtractedText text = withoutTesseract.extract(pdf);

        assertThat(text.method()).isEqualTo(ExtractionMethod.PDF_TEXT);
        assertThat(text.text()).isEqualTo("第一页为打印的合同正文内容");
        assertThat(text.warnings()).singleElement().asString().startsWith("第 2 页是扫描页，未安装 OCR");
    }

    @Test
    void documents_with_text_need_no_ocr() {
        assertThat(withoutTesseract.extract(Documents.contractDocx()).text()).contains("合同总价人民币壹佰万元整");
    }

    @Test
    void tesseract_without_the_chinese_language_pack_counts_as_not_installed() {
        DocumentTextExtractor installed = new DocumentTextExtractor(TextExtractionSettings.defaults());
        assumeTrue(installed.ocrAvailable(), "tesseract-ocr is not installed");
        DocumentTextExtractor noPack = new DocumentTextExtractor(new TextExtractionSettings("tesseract", null,
                "chi_sim+zhiban_missing", 300, 50, 10, Duration.ofSeconds(30), 1));

        assertThatThrownBy(() -> noPack.extract(Documents.png(Documents.scan("合同", "合同总价"))))
                .isInstanceOfSatisfying(TextExtractionException.class, e -> {
                    assertThat(e).hasMessage(NOT_INSTALLED);
                    assertThat(e.arguments()).singleElement().asString().contains("no language pack zhiban_missing");
                });
    }
}
