package org.zhiban.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zhiban.ui.bpmn.BpmnViewer;
import org.zhiban.ui.chart.EChart;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's Vaadin build finds our frontend files and theme only at fixed places inside this jar:
 * {@code META-INF/resources/frontend/} for "./" imports and {@code META-INF/resources/themes/<name>/} for
 * a theme. A typo there fails only in the browser, so it is checked here.
 */
class PackagedFrontendResourcesTest {

    private static final String FRONTEND = "META-INF/resources/frontend/";
    private static final String THEME = "META-INF/resources/themes/zhiban/";

    @ParameterizedTest
    @ValueSource(classes = {BpmnViewer.class, EChart.class})
    void ships_every_local_module_and_stylesheet_a_component_imports(Class<?> component) {
        List<String> localImports = localImportsOf(component);

        assertThat(localImports).isNotEmpty();
        assertThat(localImports).allSatisfy(path ->
                assertThat(resource(FRONTEND + path.substring(2))).as(path).isNotNull());
    }

    @Test
    void ships_the_theme_in_the_folder_vaadin_reads_themes_from_jars() throws IOException {
        assertThat(resource(THEME + "styles.css")).isNotNull();
        assertThat(themeJson().get("lumoImports"))
                .extracting(JsonNode::asText)
                .containsExactly("typography", "color", "spacing", "badge", "utility");
    }

    @Test
    void leaves_the_generated_theme_file_to_the_application_build() {
        // Vaadin writes <theme>.generated.js into the application; a copy in the jar would clash with it.
        assertThat(resource(THEME + "zhiban.generated.js")).isNull();
    }

    @Test
    void sets_the_chinese_font_stack_in_the_theme() throws IOException {
        try (InputStream css = resource(THEME + "styles.css").openStream()) {
            String styles = new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).contains(
                    "--lumo-font-family: \"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"WenQuanYi Zen Hei\"");
        }
    }

    private static List<String> localImportsOf(Class<?> component) {
        List<String> paths = new ArrayList<>();
        Stream.of(component.getAnnotationsByType(JsModule.class)).map(JsModule::value).forEach(paths::add);
        Stream.of(component.getAnnotationsByType(CssImport.class)).map(CssImport::value).forEach(paths::add);
        // Paths without "./" name files in npm packages, which the application's build installs.
        return paths.stream().filter(path -> path.startsWith("./")).toList();
    }

    private static JsonNode themeJson() throws IOException {
        try (InputStream json = resource(THEME + "theme.json").openStream()) {
            return new ObjectMapper().readTree(json);
        }
    }

    private static URL resource(String path) {
        return PackagedFrontendResourcesTest.class.getClassLoader().getResource(path);
    }
}
