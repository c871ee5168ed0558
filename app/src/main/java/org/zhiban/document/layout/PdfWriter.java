package org.zhiban.document.layout;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws laid-out sheets with PDFBox: each run of text as one string with explicit per-character positions
 * (TJ adjustments), so the grid decides where glyphs stand, whatever the embedded font's own widths.
 */
final class PdfWriter {

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final Color RED = new Color(255, 0, 0);

    private PdfWriter() {
    }

    static byte[] write(List<Sheet> sheets, ResolvedFonts fonts, String title) {
        fonts.requireFiles();
        try (PDDocument pdf = new PDDocument(); FontFiles files = new FontFiles()) {
            // roles sharing one font (the fallback, typically) share one embedded subset
            Map<Object, PDType0Font> byFont = new HashMap<>();
            Map<FontRole, PDType0Font> embedded = new EnumMap<>(FontRole.class);
            Map<FontRole, TrueTypeFont> metrics = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                TrueTypeFont ttf = files.load(fonts.get(role));
                metrics.put(role, ttf);
                embedded.put(role, byFont.computeIfAbsent(ttf, key -> load(pdf, ttf)));
            }
            for (Sheet sheet : sheets) {
                PDPage page = new PDPage(new PDRectangle(pt(Gbt9704.PAGE_WIDTH), pt(Gbt9704.PAGE_HEIGHT)));
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (Sheet.Rule rule : sheet.rules()) {
                        rule(content, rule);
                    }
                    for (Sheet.SealMark seal : sheet.seals()) {
                        seal(content, seal);
                    }
                    for (Sheet.Text text : sheet.texts()) {
                        text(content, text, embedded.get(text.font()), metrics.get(text.font()));
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Zhiban GB/T 9704 layout");
            info.setCustomMetadataValue("Fonts", fonts.describe());
            info.setCustomMetadataValue("FontFallback", String.valueOf(fonts.anyFallback()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF layout failed", e);
        }
    }

    private static PDType0Font load(PDDocument pdf, TrueTypeFont ttf) {
        try {
            return PDType0Font.load(pdf, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, Sheet.Text text, PDType0Font font, TrueTypeFont metrics)
            throws IOException {
        float size = (float) text.sizePt();
        double[] starts = GlyphPositions.starts(text, metrics);
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(text.red() ? RED : Color.BLACK);
        content.newLineAtOffset(pt(starts[0]), pt(Gbt9704.PAGE_HEIGHT - text.baseline()));
        List<Object> positioned = new ArrayList<>();
        int[] codePoints = text.text().codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            String glyph = new String(Character.toChars(codePoints[i]));
            positioned.add(glyph);
            if (i < codePoints.length - 1) {
                // TJ moves left by n/1000 of the font size: the glyph's own width minus the grid's advance
                float wanted = pt(starts[i + 1] - starts[i]) * 1000 / size;
                positioned.add(font.getStringWidth(glyph) - wanted);
            }
        }
        content.showTextWithPositioning(positioned.toArray());
        content.endText();
    }

    private static void rule(PDPageContentStream content, Sheet.Rule rule) throws IOException {
        content.setStrokingColor(rule.red() ? RED : Color.BLACK);
        content.setLineWidth(pt(rule.thickness()));
        float y = pt(Gbt9704.PAGE_HEIGHT - rule.y());
        content.moveTo(pt(rule.x1()), y);
        content.lineTo(pt(rule.x2()), y);
        content.stroke();
    }

    /** A dashed red circle: where the seal will be pressed, not a seal. */
    private static void seal(PDPageContentStream content, Sheet.SealMark seal) throws IOException {
        float cx = pt(seal.centerX());
        float cy = pt(Gbt9704.PAGE_HEIGHT - seal.centerY());
        float r = pt(seal.radius());
        float k = 0.5523f * r;
        content.setStrokingColor(RED);
        content.setLineWidth(pt(0.6));
        content.setLineDashPattern(new float[] {6, 4}, 0);
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
    }

    private static float pt(double mm) {
        return (float) mm * PT_PER_MM;
    }
}
