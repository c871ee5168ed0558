package org.zhiban.integrations.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CentralDirectoryTest {

    @Test
    void reads_the_entry_count_from_the_end_of_the_zip() {
        assertThat(CentralDirectory.claimedEntries(TestFiles.docx())).hasValue(3);
    }

    @Test
    void past_65_535_entries_reads_the_count_from_the_zip64_record() {
        assertThat(CentralDirectory.claimedEntries(TestFiles.zipOfTinyEntries(70_000))).hasValue(70_000);
    }

    @Test
    void a_zip_cut_off_before_its_end_record_claims_nothing() {
        byte[] docx = TestFiles.docx();

        assertThat(CentralDirectory.claimedEntries(Arrays.copyOf(docx, docx.length - 10))).isEmpty();
    }
}
