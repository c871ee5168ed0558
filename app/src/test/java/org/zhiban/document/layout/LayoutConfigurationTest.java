package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The configuration keys bind (a plain context runner, not the application). */
class LayoutConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LayoutConfiguration.class, DocumentLayout.class);

    @Test
    void fonts_bind_from_zhiban_document_layout_fonts_and_keep_defaults_for_the_rest() {
        context.withPropertyValues(
                        "zhiban.document.layout.fonts.fangsong.name=FangSong",
                        "zhiban.document.layout.fonts.fangsong.file=/opt/fonts/simfang.ttf",
                        "zhiban.document.layout.fonts.fallback.name=Noto Serif CJK SC",
                        "zhiban.document.layout.fonts.fallback.file=/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
                .run(ctx -> {
                    LayoutFontsProperties fonts = ctx.getBean(LayoutFontsProperties.class);
                    assertThat(fonts.fangsong()).isEqualTo(new LayoutFontsProperties.Face("FangSong",
                            Path.of("/opt/fonts/simfang.ttf")));
                    assertThat(fonts.heiti().name()).isEqualTo("黑体");
                    assertThat(fonts.fallback().file()).hasFileName("NotoSerifCJK-Regular.ttc");
                    assertThat(ctx).hasSingleBean(DocumentLayout.class);
                });
    }

    @Test
    void without_properties_the_debian_fallback_is_used() {
        context.run(ctx -> assertThat(ctx.getBean(LayoutFontsProperties.class).fallback().file())
                .isEqualTo(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")));
    }
}
