package org.zhiban.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese first, English second: both bundles carry the same keys, and every literal key the code asks for. */
class TranslationsTest {

    static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.\\-]+)\"[,)]");

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> chinese = load("translations_zh_CN.properties").stringPropertyNames();
        assertThat(load("translations_en.properties").stringPropertyNames()).isEqualTo(chinese);
        assertThat(load("translations.properties").stringPropertyNames()).isEqualTo(chinese);
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> keys = load("translations_zh_CN.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(keys).containsAll(asked);
    }

    @Test
    void no_key_is_written_twice() throws IOException {
        for (String bundle : List.of("translations.properties", "translations_zh_CN.properties", "translations_en.properties")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources/vaadin-i18n", bundle)).stream()
                    .filter(l -> l.contains("=") && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('='))).toList();
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void the_default_bundle_is_chinese() throws IOException {
        assertThat(load("translations.properties").getProperty("app.name")).isEqualTo("政务智办");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
