package org.zhiban.rules.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped resources are exactly what {@link ProofreadingResourceBuilder} makes from the shared data. */
class ProofreadingResourcesTest {

    @Test
    void are_rebuilt_byte_for_byte_from_the_shared_data_without_the_held_out_fold() throws IOException {
        Map<String, byte[]> built = ProofreadingResourceBuilder.build(TrainingData.load(),
                Set.of(SentencePair.HELD_OUT_FOLD));

        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            try (InputStream shipped = getClass().getClassLoader()
                    .getResourceAsStream(ProofreadingResources.DIR + file.getKey())) {
                assertThat(shipped).as(file.getKey()).isNotNull();
                assertThat(shipped.readAllBytes()).as(file.getKey() + " differs from a rebuild").isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void keep_the_held_out_sentences_out_of_the_corpus() {
        TrainingData data = TrainingData.load();
        Set<String> corpus = Set.copyOf(data.corpusLines(Set.of(SentencePair.HELD_OUT_FOLD)));

        assertThat(data.odwFold(SentencePair.HELD_OUT_FOLD)).isNotEmpty()
                .allSatisfy(p -> assertThat(corpus).doesNotContain(p.correct()));
    }
}
