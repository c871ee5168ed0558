package org.zhiban.integrations.text;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.zhiban.integrations.text.TextExtractionException.Reason;

/**
 * OFD (GB/T 33190) text through ofdrw's reader. OFD places every run of glyphs at its own position and says nothing of
 * lines, so runs are put back into lines by their baseline, and into reading order by position. Pages that are only a
 * picture (a scan saved as OFD) cannot be OCR'd here: rendering OFD needs ofdrw-converter, which is kept out of the
 * build (it needs PDFBox 2 and iText next to Tika's PDFBox 3).
 */
final class OfdText {

    /** Runs whose baselines differ by less than this share a line; OFD measures in millimetres. */
    private static final double SAME_LINE_MM = 1.5;

    ExtractedText extract(byte[] content) {
        List<String> pages = new ArrayList<>();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(content))) {
            ContentExtractor extractor = new ContentExtractor(reader);
            int count = reader.getNumberOfPages();
            for (int page = 1; page <= count; page++) {
                pages.add(lines(extractor.getPageTextObject(page)));
            }
        } catch (Exception e) {
            // ofdrw throws what its XML and zip libraries throw, checked and unchecked alike
            throw new TextExtractionException(Reason.CORRUPT, e, TikaDocuments.detail(e));
        }
        String text = TextLayout.tidy(String.join("\n\n", pages));
        List<String> warnings = text.isBlank()
                ? List.of("OFD 文件没有文字层（可能是扫描件），OFD 扫描件暂不能识别 / the OFD holds no text (perhaps a"
                        + " scan); OFD scans cannot be OCR'd yet")
                : List.of();
        return new ExtractedText(text, pages.size(), ExtractionMethod.OFD, warnings);
    }

    private static String lines(List<TextObject> texts) {
        List<Run> runs = new ArrayList<>();
        for (TextObject text : texts) {
            ST_Box box = text.getBoundary();
            double left = box == null ? 0 : box.getTopLeftX();
            double top = box == null ? 0 : box.getTopLeftY();
            for (TextCode code : text.getTextCodes()) {
                String content = code.getContent();
                if (content != null && !content.isEmpty()) {
                    runs.add(new Run(top + orZero(code.getY()), left + orZero(code.getX()), content));
                }
            }
        }
        runs.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<List<Run>> lines = new ArrayList<>();
        for (Run run : runs) {
            List<Run> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(line.get(0).y() - run.y()) < SAME_LINE_MM) {
                line.add(run);
            } else {
                lines.add(new ArrayList<>(List.of(run)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<Run> line : lines) {
            line.sort(Comparator.comparingDouble(Run::x));
            line.forEach(run -> out.append(run.text()));
            out.append('\n');
        }
        return out.toString();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private record Run(double y, double x, String text) {}
}
