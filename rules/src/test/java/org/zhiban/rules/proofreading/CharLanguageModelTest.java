package org.zhiban.rules.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CharLanguageModelTest {

    private static final List<String> CORPUS = List.of("当事人申请行政复议。", "当事人申请行政诉讼。", "行政机关作出处罚决定。",
            "当事人不服处罚决定的，可以申请复议。");

    private final CharLanguageModel model = CharLanguageModel.train(CORPUS, 100);

    @Test
    void spreads_probability_over_the_seen_characters_and_keeps_a_little_for_unseen_ones() {
        char[] units = CharLanguageModel.units("当事人申请行");
        char[] vocabulary = String.join("", CORPUS).chars().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .append(CharCodes.EOS).toString().toCharArray();
        int at = units.length - 1; // the slot after 申请行, where the sentence end was

        double total = IntStream.range(0, vocabulary.length).mapToDouble(i -> {
            units[at] = vocabulary[i];
            return Math.exp(model.logProb(units, at));
        }).sum();

        assertThat(total).isBetween(0.95, 1.0);
    }

    @Test
    void prefers_the_continuation_it_has_seen() {
        char[] seen = CharLanguageModel.units("申请行政复议");
        char[] unseen = CharLanguageModel.units("申请行政复义");
        int last = seen.length - 2;

        assertThat(model.logProb(seen, last)).isGreaterThan(model.logProb(unseen, last));
    }

    @Test
    void folds_digits_and_latin_letters_into_one_unit_each() {
        assertThat(CharLanguageModel.units("2024年")).containsSubsequence('0', '0', '0', '0', '年');
        assertThat(CharCodes.unit('Ｚ')).isEqualTo(CharCodes.LATIN);
    }
}
