package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.zhiban.document.layout.LayoutFontsProperties.Face;

class ResolvedFontsTest {

    private static final Path ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Test
    void a_missing_font_file_falls_back_and_says_so() {
        LayoutFontsProperties properties = new LayoutFontsProperties(
                new Face("仿宋_GB2312", Path.of("/nonexistent/fangsong.ttf")), null, null, null, null, null);
        ResolvedFonts fonts = new ResolvedFonts(properties);
        assertThat(fonts.get(FontRole.FANGSONG).fallback()).isTrue();
        assertThat(fonts.get(FontRole.FANGSONG).file()).isEqualTo(ZEN_HEI);
        assertThat(fonts.get(FontRole.FANGSONG).wordName()).isEqualTo("仿宋_GB2312");
        assertThat(fonts.describe()).contains("仿宋_GB2312 = WenQuanYi Zen Hei (" + ZEN_HEI + ", fallback)");
    }

    @Test
    void a_configured_font_file_is_used_and_not_called_a_fallback() throws IOException {
        LayoutFontsProperties properties = new LayoutFontsProperties(null, null, null, null, null, null);
        properties = new LayoutFontsProperties(properties.fangsong(), properties.xiaobiaosong(), properties.heiti(),
                properties.kaiti(), new Face("宋体", ZEN_HEI), properties.fallback());
        ResolvedFonts fonts = new ResolvedFonts(properties);
        assertThat(fonts.get(FontRole.SONG).fallback()).isFalse();
        assertThat(fonts.get(FontRole.FANGSONG).fallback()).isTrue();

        byte[] pdf = new DocumentLayout(properties).pdf(LayoutDocuments.aNotice());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String described = doc.getDocumentInformation().getCustomMetadataValue("Fonts");
            assertThat(described).contains("宋体 = 宋体 (" + ZEN_HEI + ")");
        }
    }

    @Test
    void without_any_font_file_pdf_fails_clearly_and_docx_still_works() {
        Face nowhere = new Face("Nowhere", Path.of("/nonexistent/font.ttc"));
        DocumentLayout layout = new DocumentLayout(new LayoutFontsProperties(null, null, null, null, null, nowhere));
        assertThatThrownBy(() -> layout.pdf(LayoutDocuments.aNotice())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-wqy-zenhei");
        assertThat(layout.docx(LayoutDocuments.aNotice())).isNotEmpty();
    }
}
