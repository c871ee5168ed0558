package org.zhiban.integrations.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.zhiban.integrations.text.TextExtractionException.Reason;

/**
 * A PDF's text layer, page by page; a page whose layer is empty or negligible but that shows a picture is taken for a
 * scan, rendered in grey and OCR'd. A PDF can mix both (a typed contract with a scanned signature page).
 */
final class PdfText {

    /** Rendering caps the longer side: an A0 drawing at 300 dpi would be 14,000 pixels and 200 MB of grey. */
    private static final int MAX_PIXELS_PER_SIDE = 5000;
    private static final double POINTS_PER_INCH = 72;

    private final TikaDocuments tika;
    private final TesseractOcr ocr;
    private final TextExtractionSettings settings;

    PdfText(TikaDocuments tika, TesseractOcr ocr, TextExtractionSettings settings) {
        this.tika = tika;
        this.ocr = ocr;
        this.settings = settings;
    }

    ExtractedText extract(byte[] content) throws InterruptedException {
        List<String> pages = new ArrayList<>(tika.pdf(content).pageTexts());
        List<Integer> thin = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (visibleChars(pages.get(i)) < settings.minTextCharsPerPage()) {
                thin.add(i);
            }
        }
        if (thin.isEmpty()) {
            return new ExtractedText(join(pages), pages.size(), ExtractionMethod.PDF_TEXT, List.of());
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<Integer> scanned = thin.stream().filter(i -> showsPicture(pdf.getPage(i))).toList();
            if (scanned.isEmpty()) {
                return new ExtractedText(join(pages), pages.size(), ExtractionMethod.PDF_TEXT, List.of());
            }
            return withOcr(pdf, pages, scanned);
        } catch (IOException e) {
            throw new TextExtractionException(Reason.CORRUPT, e, TikaDocuments.detail(e));
        }
    }

    private ExtractedText withOcr(PDDocument pdf, List<String> pages, List<Integer> scanned)
            throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        boolean textElsewhere = pages.stream().anyMatch(p -> visibleChars(p) >= settings.minTextCharsPerPage());
        if (!ocr.installation().usable()) {
            if (!textElsewhere) {
                ocr.requireInstalled();
            }
            warnings.add("第 " + numbers(scanned) + " 页是扫描页，未安装 OCR，未能识别 / page(s) " + numbers(scanned)
                    + " are scanned and were not read: OCR is not installed");
            return new ExtractedText(join(pages), pages.size(), ExtractionMethod.PDF_TEXT, warnings);
        }
        List<Integer> read = scanned.subList(0, Math.min(scanned.size(), settings.maxOcrPages()));
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page : read) {
            if (Thread.interrupted()) {
                throw new InterruptedException("the time limit ran out");
            }
            BufferedImage image = renderer.renderImage(page, scale(pdf.getPage(page)), ImageType.GRAY);
            pages.set(page, ocr.recognise(image));
        }
        warnings.add(TesseractOcr.MAY_HOLD_ERRORS);
        if (textElsewhere) {
            warnings.add("第 " + numbers(read) + " 页为扫描页，已做文字识别 / page(s) " + numbers(read)
                    + " are scanned and were OCR'd");
        }
        if (read.size() < scanned.size()) {
            List<Integer> skipped = scanned.subList(read.size(), scanned.size());
            warnings.add("扫描页超过 " + settings.maxOcrPages() + " 页，第 " + numbers(skipped) + " 页未识别 / more than "
                    + settings.maxOcrPages() + " scanned pages: page(s) " + numbers(skipped) + " were not read");
        }
        return new ExtractedText(join(pages), pages.size(), ExtractionMethod.OCR, warnings);
    }

    private float scale(PDPage page) {
        float longer = Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight());
        double wanted = settings.ocrDpi() / POINTS_PER_INCH;
        return (float) Math.min(wanted, MAX_PIXELS_PER_SIDE / Math.max(1f, longer));
    }

    /**
     * A scan is an image on the page, directly or inside a form XObject. A page with neither text nor picture is
     * blank, and OCR would find nothing there.
     */
    private static boolean showsPicture(PDPage page) {
        return holdsPicture(page.getResources(), 0);
    }

    private static boolean holdsPicture(PDResources resources, int depth) {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                var xobject = resources.getXObject(name);
                if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    return true;
                }
                if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                        && holdsPicture(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable XObject shows nothing we could OCR
            }
        }
        return false;
    }

    private static int visibleChars(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    private static String join(List<String> pages) {
        return TextLayout.tidy(String.join("\n\n", pages));
    }

    private static String numbers(List<Integer> pageIndexes) {
        return pageIndexes.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("、"));
    }
}
