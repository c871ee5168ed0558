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
            render(doc, "notice-page1.png", 0);
            render(doc, "notice-page" + doc.getNumberOfPages() + ".png", doc.getNumberOfPages() - 1);
        }
    }

    static BufferedImage render(PDDocument doc, String name, int page) throws IOException {
        Files.createDirectories(OUT);
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 60);
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
        return image;
    }
}
