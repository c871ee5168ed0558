package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    static final Path OUT = Path.of("target", "layout");

    private final DocumentLayout layout = new DocumentLayout(LayoutFontsProperties.defaults());

    @Test
    void a_notice_is_an_a4_pdf_with_its_elements_in_reading_order() throws IOException {
        byte[] pdf = layout.pdf(LayoutDocuments.aNotice());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth() * 25.4 / 72).isCloseTo(210, org.assertj.core.data.Offset.offset(0.1));
            assertThat(box.getHeight() * 25.4 / 72).isCloseTo(297, org.assertj.core.data.Offset.offset(0.1));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertThat(text).containsSubsequence("000123", "秘密★1年", "特急", "××市人民政府文件",
                    LayoutDocuments.NUMBER, "××市人民政府关于", "各区人民政府，市政府各部门：", "附件：", "××市人民政府",
                    "2024年3月5日", "（此件公开发布）", "抄送：", "××市人民政府办公室", "2024年3月6日印发");
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                render(doc, "notice-page" + (page + 1) + ".png", page);
            }
        }
    }

    @Test
    void a_letter_and_minutes_render_with_their_own_heads() throws IOException {
        try (PDDocument doc = Loader.loadPDF(layout.pdf(LayoutDocuments.aLetter()))) {
            BufferedImage page = render(doc, "letter-page1.png", 0);
            // the double red line 4 mm under the 标志 and the one 20 mm above the paper's foot
            assertThat(redPixelsInRow(page, 297 - 20)).isGreaterThan(page.getWidth() / 2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).containsSubsequence("加急", "×政办函〔2024〕8号", "××市人民政府办公室关于", "抄送：");
        }
        try (PDDocument doc = Loader.loadPDF(layout.pdf(LayoutDocuments.aMinutes()))) {
            render(doc, "minutes-page1.png", 0);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).containsSubsequence("××市人民政府常务会议纪要", "出席：", "请假：", "列席：");
        }
        try (PDDocument doc = Loader.loadPDF(layout.pdf(LayoutDocuments.aRequest()))) {
            render(doc, "request-page1.png", 0);
        }
    }

    @Test
    void the_red_separator_is_red_and_spans_the_type_area() throws IOException {
        try (PDDocument doc = Loader.loadPDF(layout.pdf(LayoutDocuments.aNotice()))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 144);
            double pxPerMm = page.getWidth() / 210.0;
            int row = -1;
            for (int y = (int) (100 * pxPerMm); y < 140 * pxPerMm && row < 0; y++) {
                if (redCount(page, y) > 100 * pxPerMm) {
                    row = y;
                }
            }
            assertThat(row).as("a red row between 100 and 140 mm").isPositive();
            int left = page.getWidth();
            int right = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                if (isRed(page.getRGB(x, row))) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
            assertThat(left / pxPerMm).isCloseTo(28, org.assertj.core.data.Offset.offset(0.5));
            assertThat(right / pxPerMm).isCloseTo(184, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    private static int redPixelsInRow(BufferedImage page, double mm) {
        int best = 0;
        double pxPerMm = page.getWidth() / 210.0;
        for (int y = (int) ((mm - 1.5) * pxPerMm); y <= (mm + 1.5) * pxPerMm; y++) {
            best = Math.max(best, redCount(page, y));
        }
        return best;
    }

    private static int redCount(BufferedImage page, int y) {
        int count = 0;
        for (int x = 0; x < page.getWidth(); x++) {
            if (isRed(page.getRGB(x, y))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 200 && g < 120 && b < 120;
    }

    static BufferedImage render(PDDocument doc, String name, int page) throws IOException {
        Files.createDirectories(OUT);
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 90);
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
        return image;
    }
}
