package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.OFDReader;

class OfdLayoutTest {

    private final DocumentLayout layout = new DocumentLayout(LayoutFontsProperties.defaults());

    @Test
    void pages_are_a4() throws IOException {
        byte[] ofd = layout.ofd(LayoutDocuments.aNotice());
        java.nio.file.Files.createDirectories(PdfLayoutTest.OUT);
        java.nio.file.Files.write(PdfLayoutTest.OUT.resolve("notice.ofd"), ofd);
        try (OFDReader reader = OfdPages.read(ofd)) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                ST_Box box = reader.getPageSize(page);
                assertThat(box.getWidth()).isEqualTo(210d);
                assertThat(box.getHeight()).isEqualTo(297d);
            }
        }
    }

    @Test
    void the_number_is_centred_in_sanhao_fangsong_above_the_red_line() throws IOException {
        try (OFDReader reader = OfdPages.read(layout.ofd(LayoutDocuments.aNotice()))) {
            TextObject number = text(reader, LayoutDocuments.NUMBER);
            assertThat(number.getSize()).isCloseTo(Gbt9704.mm(16), offset(0.01));
            double x = number.getTextCodes().get(0).getX();
            double width = LineBreaker.cells(LayoutDocuments.NUMBER) * Gbt9704.CHAR_PITCH;
            assertThat(x + width / 2).isCloseTo(28 + 156 / 2.0, offset(0.1));
            double baseline = number.getTextCodes().get(0).getY();

            PathObject red = redLine(reader);
            assertThat(OfdPages.lineWidth(reader, red)).isEqualTo(Gbt9704.SEPARATOR_WIDTH);
            String[] points = red.getAbbreviatedData().toString().split("\\s+");
            // "M x1 y L x2 y": 156 mm long, 4 mm under the number's characters
            assertThat(Double.parseDouble(points[4]) - Double.parseDouble(points[1])).isCloseTo(156, offset(0.01));
            double lineY = Double.parseDouble(points[2]);
            double textBottom = baseline + Gbt9704.mm(16) * 0.12;
            assertThat(lineY - textBottom).isCloseTo(4, offset(0.01));
        }
    }

    @Test
    void the_mark_is_red_and_the_title_erhao_in_its_embedded_font() throws IOException {
        try (OFDReader reader = OfdPages.read(layout.ofd(LayoutDocuments.aNotice()))) {
            TextObject mark = text(reader, "××市人民政府文件");
            assertThat(OfdPages.fillColor(reader, mark)).isEqualTo("255 0 0");
            assertThat(OfdPages.fillColor(reader, text(reader, LayoutDocuments.NUMBER))).isEqualTo("0 0 0");
            assertThat(mark.getTextCodes().get(0).getY() - Gbt9704.mm(mark.getSize() * 72 / 25.4) * 0.88)
                    .as("top of the 标志, 35 mm below the 版心").isCloseTo(37 + 35, offset(0.01));

            TextObject title = text(reader, "××市人民政府关于");
            assertThat(title.getSize()).isCloseTo(Gbt9704.mm(22), offset(0.01));
            CT_Font font = reader.getResMgt().getFont(title.getFont().getRefId().toString());
            assertThat(font.getFontName()).isEqualTo("WenQuanYi Zen Hei");
            assertThat(font.getFontFile()).as("embedded subset").isNotNull();
        }
    }

    @Test
    void the_properties_name_the_fallback_font() throws IOException {
        try (OFDReader reader = OfdPages.read(layout.ofd(LayoutDocuments.aNotice()))) {
            var custom = reader.getOFDDir().getOfd().getDocBody().getDocInfo().getCustomDatas();
            assertThat(custom.getCustomDataValue("FontFallback")).isEqualTo("true");
            assertThat(custom.getCustomDataValue("Fonts")).contains("仿宋_GB2312 = WenQuanYi Zen Hei", "fallback");
        } catch (org.dom4j.DocumentException e) {
            throw new IOException(e);
        }
    }

    private static TextObject text(OFDReader reader, String starting) {
        List<TextObject> texts = OfdPages.texts(reader, 1);
        return texts.stream().filter(t -> OfdPages.content(t).startsWith(starting)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + starting + " among "
                        + texts.stream().map(OfdPages::content).toList()));
    }

    private static PathObject redLine(OFDReader reader) {
        return OfdPages.paths(reader, 1).stream()
                .filter(p -> "255 0 0".equals(OfdPages.strokeColor(reader, p)))
                .findFirst().orElseThrow(() -> new AssertionError("no red path on page 1"));
    }
}
