package org.zhiban.integrations.text;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test documents built in memory: a contract as DOCX, PDF (typed or scanned), OFD, and Chinese text as an image. */
final class Documents {

    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private Documents() {
    }

    /** A heading, two paragraphs, a line broken inside a paragraph, and a two-column price table. */
    static byte[] contractDocx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyle(doc, "Heading1", "heading 1");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("政府采购服务合同");
            doc.createParagraph().createRun().setText("甲方：某市市场监督管理局");
            doc.createParagraph().createRun().setText("乙方：某某信息技术有限公司");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("第一条 合同价款");
            XWPFParagraph broken = doc.createParagraph();
            broken.createRun().setText("合同总价人民币壹佰万元整。");
            broken.getRuns().get(0).addBreak();
            broken.getRuns().get(0).setText("分两期支付。", 1);
            XWPFTable table = doc.createTable(3, 2);
            fill(table, List.of(List.of("项目", "金额（元）"), List.of("软件开发", "800,000"), List.of("运行维护", "200,000")));
            doc.createParagraph().createRun().setText("第二条 履行期限");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer, one string per page, set in the CJK font. */
    static byte[] textPdf(String... pages) {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(pdf, fonts.getFontByName("WenQuanYiZenHei"), true);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float y = 780;
                    for (String line : text.split("\n")) {
                        content.beginText();
                        content.setFont(font, 14);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 24;
                    }
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose first page is typed and whose second is a scan (a picture of text, no text layer). */
    static byte[] typedThenScannedPdf(String typed, BufferedImage scan) {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(pdf, fonts.getFontByName("WenQuanYiZenHei"), true);
            PDPage first = new PDPage(PDRectangle.A4);
            pdf.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(pdf, first)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 780);
                content.showText(typed);
                content.endText();
            }
            addScannedPage(pdf, scan);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] scannedPdf(BufferedImage scan) {
        try (PDDocument pdf = new PDDocument()) {
            addScannedPage(pdf, scan);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resolution test scans are made at, and that the extractor renders scanned PDF pages at by default. */
    static final int SCAN_DPI = 300;

    /**
     * A strip of a scanned A4 page at 300 dpi: black text on white in the CJK font, the first line as a 二号 (22 pt)
     * title, the others as 小四 (12 pt) body text, as a scanner would see a printed contract.
     */
    static BufferedImage scan(String title, String... lines) {
        Font base = cjkFont();
        int titlePixels = 22 * SCAN_DPI / 72;
        int bodyPixels = 12 * SCAN_DPI / 72;
        int width = (int) (8.27 * SCAN_DPI);
        int height = Math.max(4 * SCAN_DPI, titlePixels * 3 + bodyPixels * 2 * (lines.length + 1));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(base.deriveFont(Font.PLAIN, titlePixels));
        g.drawString(title, 2 * SCAN_DPI, titlePixels * 2);
        g.setFont(base.deriveFont(Font.PLAIN, bodyPixels));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], SCAN_DPI, titlePixels * 3 + bodyPixels * 2 * (i + 1));
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    /** An OFD laid out by ofdrw, one paragraph per string. */
    static byte[] ofd(Path folder, String... paragraphs) {
        Path file = folder.resolve("contract.ofd");
        try (OFDDoc doc = new OFDDoc(file)) {
            for (String text : paragraphs) {
                doc.add(new Paragraph(text, 5d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean cjkFontInstalled() {
        return Files.exists(CJK_FONT);
    }

    private static void addScannedPage(PDDocument pdf, BufferedImage scan) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
        // drawn at the resolution it was scanned at, from the top of the page
        float width = scan.getWidth() * 72f / SCAN_DPI;
        float height = scan.getHeight() * 72f / SCAN_DPI;
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
        }
    }

    private static Font cjkFont() {
        try {
            return Font.createFonts(CJK_FONT.toFile())[0];
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read " + CJK_FONT, e);
        }
    }

    private static void addHeadingStyle(XWPFDocument doc, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private static void fill(XWPFTable table, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
