package org.zhiban.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryCodecTest {

    private final EntryCodec codec = new EntryCodec();

    private final ReviewRecord record = new ReviewRecord("3f2b8c1e-2d4a-4c55-9a3e-0b8f5d6e7a10",
            new Reviewer("li.ming", "领导", "办公厅"), "GW-2025-0042", "pi-77", "leaderApproval", ReviewAction.ACCEPT_AI,
            new DocumentHash("SHA-256", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"), "同意。\n请按\"规定\"办理");

    @Test
    void writes_rfc_8785_canonical_json_with_sorted_keys_and_hyphenated_action() {
        String entry = codec.encode(new LogEntry(7, Instant.parse("2025-03-01T08:30:00.120Z"), record));

        assertThat(entry).isEqualTo("{\"action\":\"accept-ai\",\"activity\":\"leaderApproval\",\"caseId\":\"GW-2025-0042\","
                + "\"document\":{\"algorithm\":\"SHA-256\",\"hash\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},"
                + "\"opinion\":\"同意。\\n请按\\\"规定\\\"办理\",\"processInstanceId\":\"pi-77\","
                + "\"recordId\":\"3f2b8c1e-2d4a-4c55-9a3e-0b8f5d6e7a10\",\"recordedAt\":\"2025-03-01T08:30:00.120Z\","
                + "\"reviewer\":{\"department\":\"办公厅\",\"role\":\"领导\",\"user\":\"li.ming\"},\"sequence\":7,\"version\":1}");
    }

    @Test
    void reads_back_what_it_wrote() {
        LogEntry written = new LogEntry(7, Instant.parse("2025-03-01T08:30:00.120Z"), record);

        assertThat(codec.decode(codec.encode(written))).isEqualTo(written);
    }

    @Test
    void leaves_out_optional_fields_that_are_absent() {
        ReviewRecord bare = new ReviewRecord(null, new Reviewer("wang", null, null), "C-1", null, null, ReviewAction.OVERRIDE_RULE, null, null);

        String entry = codec.encode(new LogEntry(0, Instant.parse("2025-03-01T08:30:00Z"), bare));

        assertThat(entry).doesNotContain("document", "opinion", "processInstanceId", "activity", "role", "null")
                .contains("\"action\":\"override-rule\"");
        assertThat(codec.decode(entry).record()).isEqualTo(bare);
    }

    @Test
    void refuses_text_that_is_not_a_review_entry() {
        assertThatThrownBy(() -> codec.decode("{\"version\":1,\"sequence\":1}")).isInstanceOf(MalformedEntryException.class);
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEntryException.class);
    }

    @Test
    void every_action_has_a_lower_case_hyphenated_name_that_reads_back() {
        for (ReviewAction action : ReviewAction.values()) {
            assertThat(action.entryName()).matches("[a-z]+(-[a-z]+)*");
            assertThat(ReviewAction.fromEntryName(action.entryName())).isEqualTo(action);
        }
        assertThat(ReviewAction.REJECT_AI.entryName()).isEqualTo("reject-ai");
    }
}
