package org.zhiban.integrations.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import org.zhiban.integrations.text.TextExtractionException.Reason;

/**
 * OCR through Tika's {@link TesseractOCRParser}. Whether tesseract and the language are installed is asked once, on
 * the first OCR, and remembered: installing tesseract later needs a restart. Tika's parser itself stays silent when
 * tesseract is missing (it returns no text), which is why the check is ours.
 */
final class TesseractOcr {

    /** The warning every OCR'd text carries. */
    static final String MAY_HOLD_ERRORS = "文字由 OCR 识别，可能有误，请与原件核对 / the text was recognised by OCR and may"
            + " hold errors; check it against the original";

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);
    /** Page segmentation 3, fully automatic without orientation detection: needs no {@code osd} pack. */
    private static final String PAGE_SEGMENTATION = "3";
    /** chi_sim's models put spaces between Chinese characters; Chinese text has none. */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}])[ \\t]+"
                    + "(?=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}])");

    private final TextExtractionSettings settings;
    private volatile TesseractInstallation installation;
    private volatile TesseractOCRParser parser;

    TesseractOcr(TextExtractionSettings settings) {
        this.settings = settings;
    }

    TesseractInstallation installation() {
        TesseractInstallation known = installation;
        if (known == null) {
            synchronized (this) {
                if (installation == null) {
                    installation = TesseractInstallation.probe(settings.tesseract(), settings.tessdata(),
                            settings.language());
                    if (!installation.usable()) {
                        log.warn("未安装 OCR，扫描件与图片无法识别 / OCR is not available: {}", installation.problem());
                    }
                }
                known = installation;
            }
        }
        return known;
    }

    /** @throws TextExtractionException {@link Reason#OCR_NOT_INSTALLED} when tesseract or the language is missing */
    void requireInstalled() {
        TesseractInstallation found = installation();
        if (!found.usable()) {
            throw new TextExtractionException(Reason.OCR_NOT_INSTALLED, found.problem());
        }
    }

    String recognise(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new TextExtractionException(Reason.OCR_FAILED, e, TikaDocuments.detail(e));
        }
        return recognise(png.toByteArray());
    }

    /** The text in a PNG or JPEG image. */
    String recognise(byte[] image) {
        TesseractOCRParser ocr = parser();
        BodyContentHandler text = new BodyContentHandler(-1);
        try {
            // the parser's own settings (language, page segmentation, timeout) apply: no per-call config
            ocr.parse(new ByteArrayInputStream(image), text, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            if (Thread.currentThread().isInterrupted()) {
                // the time limit gave up on us and no one reads this result; Tika has killed tesseract already
                throw new TextExtractionException(Reason.OCR_FAILED, e, "interrupted");
            }
            throw new TextExtractionException(Reason.OCR_FAILED, e, TikaDocuments.detail(e));
        }
        return tidy(text.toString());
    }

    static String tidy(String ocr) {
        return TextLayout.tidy(SPACE_BETWEEN_HAN.matcher(ocr).replaceAll(""));
    }

    private TesseractOCRParser parser() {
        requireInstalled();
        TesseractOCRParser known = parser;
        if (known == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = newParser(installation());
                }
                known = parser;
            }
        }
        return known;
    }

    private TesseractOCRParser newParser(TesseractInstallation found) {
        try {
            TesseractOCRParser ocr = new TesseractOCRParser();
            Path executable = Path.of(settings.tesseract());
            if (executable.getParent() != null) {
                ocr.setTesseractPath(executable.getParent().toString());
            }
            // Without it Tika sets TESSDATA_PREFIX to <tesseract folder>/tessdata, which is wrong for /usr/bin
            String tessdata = settings.tessdata() != null && !settings.tessdata().isBlank() ? settings.tessdata()
                    : found.tessdata();
            if (tessdata != null) {
                ocr.setTessdataPath(tessdata);
            }
            ocr.setLanguage(settings.language());
            ocr.setPageSegMode(PAGE_SEGMENTATION);
            ocr.setTimeout((int) Math.max(1, settings.timeout().toSeconds()));
            ocr.initialize(Map.of());
            return ocr;
        } catch (TikaException e) {
            throw new TextExtractionException(Reason.OCR_NOT_INSTALLED, e, TikaDocuments.detail(e));
        }
    }
}
