package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

    @Test
    void reads_each_dated_history_line_with_its_event() {
        List<HistoryEntry> history = HeaderParser.parseHistory(List.of(
                "1993年10月31日 第八届全国人民代表大会常务委员会第四次会议通过",
                "2013年10月25日 第十二届全国人民代表大会常务委员会第五次会议《关于修改<中华人民共和国消费者权益保护法>的决定》第二次修正"));

        assertThat(history).extracting(HistoryEntry::date)
                .containsExactly(LocalDate.of(1993, 10, 31), LocalDate.of(2013, 10, 25));
        assertThat(history.get(0).event()).isEqualTo("第八届全国人民代表大会常务委员会第四次会议通过");
        assertThat(history.get(1).event()).endsWith("第二次修正");
    }

    @Test
    void splits_a_line_that_runs_several_dated_events_together() {
        List<HistoryEntry> history = HeaderParser.parseHistory(List.of(
                "1986年5月17日 广东省第六届人民代表大会常务委员会第二十次会议第一次修正  1992年11月28日广东省第七届人民代表大会常务委员会第二十九次会议第一次修订  根据"));

        assertThat(history).extracting(HistoryEntry::date)
                .containsExactly(LocalDate.of(1986, 5, 17), LocalDate.of(1992, 11, 28));
        assertThat(history.get(1).event()).isEqualTo("广东省第七届人民代表大会常务委员会第二十九次会议第一次修订");
    }

    @Test
    void recognises_an_effective_date_line_and_strips_a_stray_closing_bracket() {
        List<HistoryEntry> history = HeaderParser.parseHistory(List.of(
                "2025年3月17日 中华人民共和国国务院令第802号修订）", "2021年1月1日 施行"));

        assertThat(history.get(0).event()).isEqualTo("中华人民共和国国务院令第802号修订");
        assertThat(history.get(1).isEffectiveDateLine()).isTrue();
        assertThat(new StatuteHeader("某条例", history).effectiveDateLine()).contains(LocalDate.of(2021, 1, 1));
        assertThat(new StatuteHeader("某条例", history).lastDate()).contains(LocalDate.of(2025, 3, 17));
    }

    @Test
    void parses_single_digit_months_and_days_and_rejects_impossible_dates() {
        assertThat(HeaderParser.parseDate("自2024年1月1日起施行")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(HeaderParser.parseDate("2013年 10月 25日")).isEqualTo(LocalDate.of(2013, 10, 25));
        assertThatThrownBy(() -> HeaderParser.parseDate("2023年2月30日")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HeaderParser.parseHistory(List.of("2023年2月30日 修正"))).isEmpty();
    }
}
