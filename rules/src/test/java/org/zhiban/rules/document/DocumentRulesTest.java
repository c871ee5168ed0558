package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiban.rules.document.CompiledRules.check;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    @Test
    void a_correct_classified_request_yields_no_findings() {
        assertThat(check(aCleanRequest())).isEmpty();
    }

    @Test
    void a_correct_plain_notice_yields_no_findings() {
        assertThat(check(aPlainNotice())).isEmpty();
    }

    @Test
    void a_draft_that_is_not_yet_numbered_or_signed_yields_no_findings() {
        assertThat(check(aCleanRequest().documentNumber(null).signingDate(null))).isEmpty();
    }

    @Test
    void findings_list_errors_before_warnings_before_information() {
        // given a draft with one warning, one error and one info finding
        var draft = aCleanRequest()
                .documentNumber("某市监发2026年7号")
                .urgency("特提")
                .title("某".repeat(DocumentRuleSettings.DEFAULT_MAX_TITLE_LENGTH) + "请示");

        // when
        List<Finding> findings = check(draft);

        // then
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    @Test
    void a_finding_names_the_field_and_cites_its_basis() {
        List<Finding> findings = check(aCleanRequest().documentNumber("某市监发[2026]7号"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("DOC-NUMBER-BRACKETS");
            assertThat(finding.severity().blocksSubmission()).isTrue();
            assertThat(finding.field()).isEqualTo("documentNumber");
            assertThat(finding.message()).contains("某市监发[2026]7号").contains("〔〕");
            assertThat(finding.basis()).contains("GB/T 9704-2012 7.2.5");
        });
    }

    @Test
    void the_title_length_limit_is_configuration() {
        var strict = new DocumentRules(new DocumentRuleSettings(20));

        List<Finding> findings = strict.check(aCleanRequest().build());

        assertThat(findings).extracting(Finding::ruleId).containsExactly("DOC-TITLE-LENGTH");
    }

    @Test
    void a_rule_file_that_does_not_compile_stops_construction_with_a_clear_message() {
        List<String> files = List.of("rules/broken/broken.drl");

        assertThatThrownBy(() -> new DocumentRules(files, DocumentRuleSettings.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("公文规则编译失败")
                .hasMessageContaining("broken.drl");
    }

    @Test
    void a_missing_rule_file_stops_construction_with_a_clear_message() {
        List<String> files = List.of("rules/document/no-such-file.drl");

        assertThatThrownBy(() -> new DocumentRules(files, DocumentRuleSettings.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules/document/no-such-file.drl");
    }

    @Test
    void every_rule_file_in_the_document_folder_is_loaded() throws IOException, URISyntaxException {
        Path folder = Path.of(DocumentRules.class.getClassLoader().getResource("rules/document").toURI());

        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(path -> "rules/document/" + path.getFileName())
                    .filter(name -> name.endsWith(".drl"))
                    .toList();
            assertThat(DocumentRules.RULE_FILES).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }
}
