package org.zhiban.integrations.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 文字提取设置.
 *
 * @param tesseract           the tesseract executable: a name looked up on the PATH ({@code tesseract}) or a path whose
 *                            file name is {@code tesseract} (Tika runs {@code <folder>/tesseract})
 * @param tessdata            the folder of the {@code *.traineddata} files; null or blank for tesseract's own
 * @param language            tesseract's {@code -l}: {@code chi_sim}, or several joined by {@code +}
 * @param ocrDpi              resolution scanned PDF pages are rendered at for OCR
 * @param maxOcrPages         most pages of one PDF that are OCR'd; the rest are named in a warning
 * @param minTextCharsPerPage a PDF page with fewer non-blank characters in its text layer counts as scanned
 * @param timeout             how long one extraction may take, OCR included
 * @param threads             extractions that may run at once; more are refused as busy
 */
public record TextExtractionSettings(String tesseract, String tessdata, String language, int ocrDpi, int maxOcrPages,
        int minTextCharsPerPage, Duration timeout, int threads) {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*");

    public TextExtractionSettings {
        if (tesseract == null || tesseract.isBlank()) {
            throw new IllegalArgumentException("the tesseract executable must be named");
        }
        Path file = Path.of(tesseract).getFileName();
        if (file == null || !file.toString().equals("tesseract") && !file.toString().equals("tesseract.exe")) {
            throw new IllegalArgumentException("the tesseract executable must be called tesseract, not " + tesseract);
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("not a tesseract language: " + language);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (ocrDpi < 72 || ocrDpi > 600 || maxOcrPages < 1 || minTextCharsPerPage < 0 || threads < 1
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("text extraction settings out of range: dpi " + ocrDpi + ", pages "
                    + maxOcrPages + ", chars " + minTextCharsPerPage + ", threads " + threads + ", timeout " + timeout);
        }
    }

    /** tesseract on the PATH, chi_sim, 300 dpi, at most 50 OCR pages, fewer than 10 characters = scanned, 120 s, 2 at once. */
    public static TextExtractionSettings defaults() {
        return new TextExtractionSettings("tesseract", null, "chi_sim", 300, 50, 10, Duration.ofSeconds(120), 2);
    }

    public TextExtractionSettings withTesseract(String executable) {
        return new TextExtractionSettings(executable, tessdata, language, ocrDpi, maxOcrPages, minTextCharsPerPage,
                timeout, threads);
    }

    public TextExtractionSettings withTimeout(Duration limit) {
        return new TextExtractionSettings(tesseract, tessdata, language, ocrDpi, maxOcrPages, minTextCharsPerPage,
                limit, threads);
    }

    public TextExtractionSettings withMaxOcrPages(int pages) {
        return new TextExtractionSettings(tesseract, tessdata, language, ocrDpi, pages, minTextCharsPerPage, timeout,
                threads);
    }
}
