package org.zhiban.rules.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences written for these tests, not taken from the ECSpell files. */
class ProofreaderTest {

    private final Proofreader proofreader = ShippedProofreader.get();

    @ParameterizedTest
    @CsvSource({
            "县级以上人民政府应当加强对食品安全工作的领倒。, 倒, 导",
            "各级人民政府应当加强对消费者合法权益的保户。, 户, 护",
            "当事人对行政处罚决定不福的，可以依法申请行政复议。, 福, 服",
            "依法制国是党领导人民治理国家的基本方略。, 制, 治"})
    void flags_a_wrongly_written_character_and_proposes_the_right_one(String text, String wrong, String right) {
        List<Typo> typos = proofreader.check(text);

        assertThat(typos).singleElement().satisfies(typo -> {
            assertThat(typo.original()).isEqualTo(wrong);
            assertThat(typo.suggestion()).isEqualTo(right);
            assertThat(text.substring(typo.start(), typo.end())).isEqualTo(wrong);
            assertThat(typo.confidence()).isBetween(0.5, 1.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"县级以上人民政府应当加强对食品安全工作的领导。", "各级人民政府应当加强对消费者合法权益的保护。",
            "当事人对行政处罚决定不服的，可以依法申请行政复议。", "依法治国是党领导人民治理国家的基本方略。"})
    void leaves_the_same_sentences_alone_when_they_are_right(String text) {
        assertThat(proofreader.check(text)).isEmpty();
    }

    @Test
    void reports_offsets_into_the_text_as_given_across_lines_indentation_digits_and_latin() {
        String text = "　　2024年3月，ABC公司报送材料。\n\n  当事人对行政处罚决定不福的，可以依法申请行政复议。  \n";

        List<Typo> typos = proofreader.check(text);

        assertThat(typos).singleElement().satisfies(typo -> {
            assertThat(typo.start()).isEqualTo(text.indexOf('福'));
            assertThat(typo.end()).isEqualTo(text.indexOf('福') + 1);
        });
    }

    @Test
    void does_not_read_the_issuing_office_code_of_a_document_number_as_prose() {
        boolean[] prose = ProseMask.of("现根据京政办发〔2023〕12号文件", new Lexicon(List.of()));

        assertThat(prose[0]).as("现").isTrue();
        assertThat(prose[1]).as("根").isTrue();
        for (int i = 3; i < "现根据京政办发〔2023〕12号".length(); i++) {
            assertThat(prose[i]).as("character %d", i).isFalse();
        }
        assertThat(prose["现根据京政办发〔2023〕12号文".length() - 1]).isTrue();
    }

    @Test
    void does_not_check_a_place_name_before_an_administrative_unit_but_does_check_a_word_like_city() {
        String text = "甘肃省兰州市榆中县新营镇，加强城市建设";
        boolean[] prose = ProseMask.of(text, new Lexicon(List.of("城市")));

        assertThat(prose[text.indexOf('榆')]).isFalse();
        assertThat(prose[text.indexOf("新营")]).isFalse();
        assertThat(prose[text.indexOf('强')]).isTrue();
        assertThat(prose[text.indexOf('城')]).isTrue();
    }

    @Test
    void does_not_check_a_name_before_a_form_of_address() {
        String text = "邀请郦波教授讲课";
        boolean[] prose = ProseMask.of(text, new Lexicon(List.of()));

        assertThat(prose[text.indexOf('郦')]).isFalse();
        assertThat(prose[text.indexOf('讲')]).isTrue();
    }

    @Test
    void checks_nothing_in_an_empty_or_non_chinese_text() {
        assertThat(proofreader.check("")).isEmpty();
        assertThat(proofreader.check("Article 12 (2024), No. 7\n\n")).isEmpty();
    }

    @Test
    void accepts_a_suggested_correction_the_language_model_prefers() {
        String text = "当事人对行政处罚决定不福的，可以依法申请行政复议。";
        int at = text.indexOf('福');

        assertThat(proofreader.plausible(text, at, at + 1, "服")).isTrue();
        assertThat(proofreader.preference(text, at, at + 1, "服")).isPositive();
    }

    @Test
    void rejects_a_suggested_change_that_spoils_a_right_sentence() {
        String text = "当事人对行政处罚决定不服的，可以依法申请行政复议。";
        int at = text.indexOf('服');

        assertThat(proofreader.plausible(text, at, at + 1, "福")).isFalse();
        assertThat(proofreader.plausible(text, text.indexOf("复议"), text.indexOf("复议") + 2, "复义")).isFalse();
    }

    @Test
    void weighs_a_suggestion_of_another_length_within_its_own_line() {
        String text = "第一行与此无关。\n当事人对行政处罚决定不服的，可以依法申请复议。";
        int at = text.indexOf("复议");

        assertThat(proofreader.plausible(text, at, at + 2, "行政复议")).isTrue();
        assertThat(proofreader.plausible(text, at, at + 2, "行政复")).isFalse();
    }

    @Test
    void refuses_a_range_outside_the_text() {
        assertThatThrownBy(() -> proofreader.plausible("复议", 1, 3, "议"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proofreader.plausible("复议", 2, 1, "议"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
