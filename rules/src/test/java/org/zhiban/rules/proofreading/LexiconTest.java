package org.zhiban.rules.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = new Lexicon(List.of("干部", "任人唯贤", "唯贤", "好", "五个字的词"));

    @Test
    void counts_the_words_through_a_character_and_none_for_a_broken_word() {
        char[] right = CharLanguageModel.units("任人唯贤的好干部");
        char[] wrong = CharLanguageModel.units("任人唯贤的好于部");
        int bu = right.length - 2; // 部, before the sentence end

        assertThat(lexicon.wordsThrough(right, bu)).isEqualTo(1);
        assertThat(lexicon.wordsThrough(wrong, bu)).isZero();
        assertThat(lexicon.wordsThrough(right, CharLanguageModel.ORDER - 1 + 3)).as("贤 of 任人唯贤 and 唯贤").isEqualTo(2);
    }

    @Test
    void keeps_only_words_of_two_to_four_characters() {
        assertThat(lexicon.size()).isEqualTo(3);
        assertThat(lexicon.wordsIn(CharLanguageModel.units("任人唯贤的好干部"))).isEqualTo(3);
    }
}
