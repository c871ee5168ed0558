package org.zhiban.rules.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NgramTableTest {

    @Test
    void keeps_every_key_and_its_columns_through_growth() {
        NgramTable table = new NgramTable(4, 2);
        for (long key = 1; key <= 50_000; key++) {
            int slot = table.slotFor(key * 65_537);
            table.add(slot, 0, (int) key);
            table.add(slot, 1, 1);
        }

        assertThat(table.size()).isEqualTo(50_000);
        for (long key = 1; key <= 50_000; key++) {
            assertThat(table.value(key * 65_537, 0)).isEqualTo((int) key);
            assertThat(table.value(key * 65_537, 1)).isEqualTo(1);
        }
        assertThat(table.slot(3)).isEqualTo(NgramTable.MISSING);
        assertThat(table.value(3, 0)).isZero();
    }

    @Test
    void finds_an_existing_key_instead_of_adding_it_twice() {
        NgramTable table = new NgramTable(16, 1);
        int first = table.slotFor(42);
        table.add(first, 0, 1);

        table.add(table.slotFor(42), 0, 1);

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.value(42, 0)).isEqualTo(2);
    }

    @Test
    void has_no_slot_for_the_empty_key() {
        assertThatThrownBy(() -> new NgramTable(16, 1).slotFor(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
