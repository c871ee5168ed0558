package org.zhiban.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiban.integrations.text.DocumentTextExtractor;
import org.zhiban.integrations.text.TextExtractionSettings;

/**
 * 文字提取: one extractor for every feature that reads what an upload says (contracts, tickets' attachments):
 * DOCX, text PDF, OFD, and scans (PDF, JPG, PNG) through Tesseract {@code chi_sim} when installed. Without
 * Tesseract a scan is refused with the plain reason, never read as empty. Settings from {@code zhiban.text.*}.
 */
@Configuration
@EnableConfigurationProperties(TextConfig.TextProperties.class)
class TextConfig {

    /**
     * @param ocr                  tesseract, tessdata, language, dpi, max-pages
     * @param minTextCharsPerPage  a PDF page with fewer characters in its text layer is treated as scanned
     * @param timeout              the longest one extraction may take, OCR included
     * @param threads              extractions at once; more are refused as busy
     */
    @ConfigurationProperties("zhiban.text")
    record TextProperties(Ocr ocr, Integer minTextCharsPerPage, Duration timeout, Integer threads) {

        record Ocr(String tesseract, String tessdata, String language, Integer dpi, Integer maxPages) {}

        TextExtractionSettings settings() {
            TextExtractionSettings d = TextExtractionSettings.defaults();
            Ocr o = ocr == null ? new Ocr(null, null, null, null, null) : ocr;
            return new TextExtractionSettings(or(o.tesseract(), d.tesseract()), or(o.tessdata(), d.tessdata()),
                    or(o.language(), d.language()), o.dpi() == null ? d.ocrDpi() : o.dpi(),
                    o.maxPages() == null ? d.maxOcrPages() : o.maxPages(),
                    minTextCharsPerPage == null ? d.minTextCharsPerPage() : minTextCharsPerPage,
                    timeout == null ? d.timeout() : timeout, threads == null ? d.threads() : threads);
        }

        private static String or(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    @Bean
    DocumentTextExtractor documentTextExtractor(TextProperties properties) {
        return new DocumentTextExtractor(properties.settings());
    }
}
