package org.zhiban.integrations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real OCR with tesseract and chi_sim ({@code apt install tesseract-ocr tesseract-ocr-chi-sim}); skipped without.
 * OCR misreads a character now and then (壹 is a rare one for the model), so the tests ask for the key words and for
 * most of the text, not for every character.
 */
class OcrTest {

    private static final String[] LINES = {"甲方应于合同签订后十日内支付", "合同总价人民币壹佰万元整。"};
    private static final String ALL = "政府采购服务合同" + String.join("", LINES);

    private static final DocumentTextExtractor extractor = new DocumentTextExtractor(TextExtractionSettings.defaults());
    private static BufferedImage priceLine;

    @BeforeAll
    static void needsTesseractAndTheFont() {
        assumeTrue(Documents.cjkFontInstalled(), "fonts-wqy-zenhei is not installed");
        assumeTrue(extractor.ocrAvailable(), "tesseract-ocr and tesseract-ocr-chi-sim are not installed");
        priceLine = Documents.scan("政府采购服务合同", LINES);
    }

    @Test
    void reads_chinese_text_from_a_png() {
        ExtractedText text = extractor.extract(Documents.png(priceLine));

        assertThat(text.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(text.pages()).isEqualTo(1);
        assertRecognised(text.text());
        assertThat(text.warnings()).singleElement().asString().contains("OCR");
    }

    @Test
    void reads_chinese_text_from_a_jpeg() {
        ExtractedText text = extractor.extract(Documents.jpeg(priceLine));

        assertRecognised(text.text());
    }

    @Test
    void a_scanned_pdf_is_rendered_and_ocrd() {
        ExtractedText text = extractor.extract(Documents.scannedPdf(priceLine));

        assertThat(text.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(text.pages()).isEqualTo(1);
        assertRecognised(text.text());
    }

    @Test
    void in_a_pdf_with_typed_and_scanned_pages_only_the_scanned_page_is_ocrd_and_named() {
        ExtractedText text = extractor.extract(Documents.typedThenScannedPdf("第一页为打印的合同正文内容", priceLine));

        assertThat(text.method()).isEqualTo(ExtractionMethod.OCR);
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.text()).startsWith("第一页为打印的合同正文内容\n\n");
        assertRecognised(text.text().substring("第一页为打印的合同正文内容".length()));
        assertThat(text.warnings()).anySatisfy(w -> assertThat(w).startsWith("第 2 页为扫描页"));
    }

    @Test
    void spaces_ocr_puts_between_chinese_characters_are_dropped_and_others_kept() {
        assertThat(TesseractOcr.tidy("合 同 总 价 ： 人民币 100 万元\nNo. HT 2026")).isEqualTo("合同总价：人民币 100 万元\nNo. HT 2026");
    }

    /** The key words are there, and at least 90 % of the characters, in order. */
    private static void assertRecognised(String ocr) {
        String read = ocr.replaceAll("\\s", "");
        assertThat(read).contains("合同").contains("签订后十日内").contains("人民币").contains("万元整");
        assertThat(commonInOrder(ALL, read)).as("characters recognised in order, of %d, in %s", ALL.length(), ocr)
                .isGreaterThanOrEqualTo((int) Math.ceil(ALL.length() * 0.9));
    }

    /** Length of the longest common subsequence. */
    private static int commonInOrder(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                table[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.length()][b.length()];
    }
}
