package org.zhiban.integrations.text;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.zhiban.integrations.text.TextExtractionException.Reason;
import org.zhiban.integrations.upload.ParseTimeLimit;
import org.zhiban.integrations.upload.UploadRefusedException;

/**
 * 文字提取: the text of an uploaded contract or document — DOCX, PDF (text layer, or OCR of scanned pages), OFD,
 * JPG/PNG (OCR) and plain text. The format is read from the bytes, never from the file name. Give it only bytes that
 * passed the {@code UploadGuard}: the guard bounds what a zip (DOCX, OFD) may inflate to, this class does not.
 * Thread-safe; create one per settings and share it.
 */
public final class DocumentTextExtractor {

    private final TextExtractionSettings settings;
    private final ParseTimeLimit timeLimit;
    private final TikaDocuments tika = new TikaDocuments();
    private final TesseractOcr ocr;
    private final PdfText pdf;
    private final OfdText ofd = new OfdText();

    public DocumentTextExtractor(TextExtractionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeLimit = new ParseTimeLimit(settings.timeout(), settings.threads());
        this.ocr = new TesseractOcr(settings);
        this.pdf = new PdfText(tika, ocr, settings);
    }

    public TextExtractionSettings settings() {
        return settings;
    }

    /** Whether scans and images can be read: tesseract answers and has the language. Asked once, then remembered. */
    public boolean ocrAvailable() {
        return ocr.installation().usable();
    }

    /**
     * Extracts the text within the time limit, on one of the extraction threads; on timeout the extraction (and
     * a running tesseract) is stopped.
     *
     * @throws TextExtractionException an unsupported, password-protected or corrupt file, or a scan or image while
     *                                 OCR is not installed ({@link Reason#OCR_NOT_INSTALLED})
     * @throws UploadRefusedException  {@code PARSE_TIMEOUT} past the time limit, {@code PARSER_BUSY} when every
     *                                 extraction thread is taken
     * @throws CancellationException   when the calling thread is interrupted while waiting (its flag stays set)
     */
    public ExtractedText extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        try {
            return timeLimit.run(() -> extractNow(content));
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while extracting text");
        } catch (Exception e) {
            // extractNow throws nothing checked but InterruptedException, which only a stopped extraction sees
            throw new TextExtractionException(Reason.CORRUPT, e, TikaDocuments.detail(e));
        }
    }

    private ExtractedText extractNow(byte[] content) throws InterruptedException {
        DocumentFormat format = DocumentFormat.of(content);
        return switch (format) {
            case DOCX -> docx(content);
            case PDF -> pdf.extract(content);
            case OFD -> ofd.extract(content);
            case PNG, JPEG -> image(content);
            case TEXT -> PlainText.extract(content);
            case OLE2 -> throw new TextExtractionException(Reason.UNSUPPORTED_FORMAT,
                    "DOC/XLS 97-2003 或加密的 Office 文件 / legacy .doc/.xls or a password-protected Office file");
            case OTHER_ZIP -> throw new TextExtractionException(Reason.UNSUPPORTED_FORMAT, "ZIP");
            case UNKNOWN -> throw new TextExtractionException(Reason.UNSUPPORTED_FORMAT, "?");
        };
    }

    private ExtractedText docx(byte[] content) {
        TikaDocuments.Parsed parsed = tika.docx(content);
        List<String> warnings = parsed.text().isBlank()
                ? List.of("文档中没有文字（可能只有图片） / the document holds no text (perhaps only pictures)")
                : List.of();
        return new ExtractedText(parsed.text(), parsed.pageCount(), ExtractionMethod.DOCX, warnings);
    }

    private ExtractedText image(byte[] content) {
        ocr.requireInstalled();
        String text = ocr.recognise(content);
        List<String> warnings = text.isBlank()
                ? List.of("图片中未识别出文字 / no text was recognised in the image")
                : List.of(TesseractOcr.MAY_HOLD_ERRORS);
        return new ExtractedText(text, 1, ExtractionMethod.OCR, warnings);
    }
}
