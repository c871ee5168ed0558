package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedCorpusTest {

    /** One row of the table in laws/MANIFEST.md. */
    record ManifestRow(String file, int distinctArticles, int maxArticle, String lastHeaderDate) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\S+\\.md)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|([^|]*)\\|");

    private final StatuteCatalog catalog = StatuteCatalog.shipped();

    @Test
    void every_file_in_the_manifest_parses_to_the_article_count_the_manifest_gives() {
        List<ManifestRow> manifest = manifest();
        assertThat(manifest).hasSizeGreaterThanOrEqualTo(56);
        Map<String, CatalogEntry> byPath = catalogByPath();
        for (ManifestRow row : manifest) {
            StatuteText text = StatuteMarkdownParser.parse(catalog.read(byPath.get(row.file())));
            List<Integer> numbers = text.articles().stream().map(a -> a.number().number()).toList();
            assertThat(numbers).as(row.file()).hasSize(row.distinctArticles()).doesNotHaveDuplicates();
            if (row.maxArticle() > 0) {
                assertThat(numbers).as(row.file() + " runs gap-free from 第一条")
                        .first().isEqualTo(1);
                assertThat(numbers.get(numbers.size() - 1)).as(row.file()).isEqualTo(row.maxArticle());
            }
        }
    }

    @Test
    void the_last_date_of_every_header_matches_the_manifest() {
        Map<String, CatalogEntry> byPath = catalogByPath();
        for (ManifestRow row : manifest()) {
            if (row.lastHeaderDate().isBlank()) {
                continue;
            }
            StatuteText text = StatuteMarkdownParser.parse(catalog.read(byPath.get(row.file())));
            assertThat(text.header().lastDate()).as(row.file())
                    .contains(HeaderParser.parseDate(row.lastHeaderDate()));
        }
    }

    @Test
    void the_catalogue_lists_every_manifest_file_and_every_local_regulation() {
        Map<String, CatalogEntry> byPath = catalogByPath();
        assertThat(byPath.keySet()).containsAll(manifest().stream().map(ManifestRow::file).toList());
        assertThat(byPath.keySet()).filteredOn(p -> p.startsWith("extra/local/")).hasSize(8);
    }

    @Test
    void local_regulations_not_in_the_manifest_still_run_gap_free() {
        for (CatalogEntry entry : catalog.entries()) {
            if (!entry.path().startsWith("extra/local/")) {
                continue;
            }
            List<Article> articles = StatuteMarkdownParser.parse(catalog.read(entry)).articles();
            assertThat(articles).as(entry.path()).isNotEmpty();
            for (int i = 0; i < articles.size(); i++) {
                assertThat(articles.get(i).number()).as(entry.path()).isEqualTo(ArticleNumber.of(i + 1));
            }
        }
    }

    @Test
    void the_guiding_case_and_the_do_not_use_file_are_listed_but_not_loaded() {
        List<String> excluded = catalog.entries().stream().filter(e -> !e.load()).map(CatalogEntry::path).toList();
        assertThat(excluded).containsExactlyInAnyOrder(
                "extra/指导案例_孙银山诉南京欧尚超市.md",
                "extra/local/北京市人口与计划生育条例_实为2016修正文本_勿用.md");
        LawLibrary library = LawLibrary.shipped();
        assertThat(library.versions("北京市人口与计划生育条例")).isEmpty();
        assertThat(library.statutes()).hasSize(catalog.entries().size() - 2);
    }

    @Test
    void the_loaded_library_holds_every_article_of_every_loadable_file() {
        LawLibrary library = LawLibrary.shipped();
        int expected = manifest().stream().mapToInt(ManifestRow::distinctArticles).sum()
                + 75 + 64 + 47 + 46 + 60 + 36 + 48; // the local regulations other than Beijing's
        assertThat(library.articleCount()).isEqualTo(expected);
    }

    private Map<String, CatalogEntry> catalogByPath() {
        return catalog.entries().stream().collect(Collectors.toMap(CatalogEntry::path, Function.identity()));
    }

    static List<ManifestRow> manifest() {
        try (InputStream in = ShippedCorpusTest.class.getClassLoader().getResourceAsStream("laws/MANIFEST.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(ROW::matcher).filter(Matcher::find)
                    .map(m -> new ManifestRow(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            m.group(4).strip()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
