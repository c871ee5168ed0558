package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample documents under {@code documents/corpus}: complete 公文 keyed the way the API receives them
 * (发文机关, 发文字号, 主送, 正文, …), each with the exact set of rule ids it must raise ({@code expected}).
 */
class CorpusTest {

    /** The fields a finding may be reported on: the ones the officer fills in. */
    private static final Set<DocumentField> REPORTED = EnumSet.complementOf(
            EnumSet.of(DocumentField.DOC_TYPE, DocumentField.DIRECTION, DocumentField.ATTACHMENTS));

    record Sample(String name, DocumentFacts facts, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> samples() throws IOException, URISyntaxException {
        Path folder = Path.of(CorpusTest.class.getClassLoader().getResource("documents/corpus").toURI());
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().map(path -> {
                try {
                    Map<String, Object> document = json.readValue(path.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
                    return sample(path.getFileName().toString(), document);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + path, e);
                }
            }).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Sample sample(String name, Map<String, Object> document) {
        DocumentFactsBuilder builder = DocumentFacts.builder(DocumentType.parse((String) document.get("文种")));
        document.forEach((key, value) -> {
            if (key.equals("expected") || key.equals("说明") || value == null) {
                return;
            }
            DocumentField field = DocumentField.fromKey(key);
            if (value instanceof List<?> list) {
                builder.field(field, (List<String>) list);
            } else {
                builder.field(field, (String) value);
            }
        });
        return new Sample(name, builder.build(), new TreeSet<>((List<String>) document.get("expected")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_raises_exactly_its_expected_rules(Sample sample) {
        List<Finding> findings = CompiledRules.check(sample.facts());

        assertThat(new TreeSet<>(findings.stream().map(Finding::ruleId).toList()))
                .as("%s: %s", sample.name(), findings)
                .isEqualTo(sample.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_finding_points_into_a_field_the_officer_filled_in(Sample sample) {
        for (Finding finding : CompiledRules.check(sample.facts())) {
            DocumentField field = finding.documentField();
            assertThat(REPORTED).as(finding.ruleId()).contains(field);
            assertThat(finding.message()).as(finding.ruleId()).containsPattern("\\p{IsHan}");
            if (finding.start() != null) {
                String text = field.textOf(sample.facts());
                assertThat(text).as(finding.ruleId()).isNotNull();
                assertThat(finding.end()).as(finding.ruleId()).isBetween(finding.start(), text.length());
            }
        }
    }

    @Test
    void the_corpus_has_thirty_documents_and_a_clean_one_of_every_type() throws Exception {
        List<Sample> samples = samples();
        Set<DocumentType> cleanTypes = EnumSet.noneOf(DocumentType.class);
        samples.stream().filter(sample -> sample.expected().isEmpty()).forEach(sample -> cleanTypes.add(sample.facts().docType()));

        assertThat(samples).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cleanTypes).containsExactlyInAnyOrder(DocumentType.values());
    }

    @Test
    void the_faulty_samples_between_them_exercise_every_topic() throws Exception {
        Set<String> prefixes = new TreeSet<>();
        samples().forEach(sample -> sample.expected().forEach(id -> prefixes.add(id.split("-")[1])));

        assertThat(prefixes).contains("NUMBER", "DATE", "TITLE", "HEADING", "ATTACHMENT", "REQUEST", "REPORT",
                "SECRECY", "COPY", "PUNCT", "JIEZHI", "WRONG", "ISSUING", "SIGNER", "DIRECTION", "REPLY");
    }
}
