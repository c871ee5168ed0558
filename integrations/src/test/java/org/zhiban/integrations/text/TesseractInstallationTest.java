package org.zhiban.integrations.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TesseractInstallationTest {

    private static final String DEBIAN = """
            List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):
            chi_sim
            eng
            osd
            """;

    @Test
    void reads_the_language_packs_and_their_folder_from_list_langs() {
        TesseractInstallation found = TesseractInstallation.parse(DEBIAN, "chi_sim");

        assertThat(found.usable()).isTrue();
        assertThat(found.languages()).containsExactlyInAnyOrder("chi_sim", "eng", "osd");
        assertThat(found.tessdata()).isEqualTo("/usr/share/tesseract-ocr/5/tessdata/");
        assertThat(found.problem()).isNull();
    }

    @Test
    void tesseract_4_names_no_folder() {
        TesseractInstallation found = TesseractInstallation.parse("List of available languages (2):\neng\nchi_sim\n",
                "chi_sim+eng");

        assertThat(found.usable()).isTrue();
        assertThat(found.tessdata()).isNull();
    }

    @Test
    void a_missing_pack_is_named() {
        TesseractInstallation found = TesseractInstallation.parse(
                "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (2):\neng\nosd\n", "chi_sim");

        assertThat(found.usable()).isFalse();
        assertThat(found.problem()).isEqualTo("tesseract has no language pack chi_sim (installed: eng, osd)");
    }

    @Test
    void an_answer_that_is_no_language_list_is_not_trusted() {
        assertThat(TesseractInstallation.parse("Error opening data file\n", "chi_sim").usable()).isFalse();
    }
}
