package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 题注: the title and history block of a statute file.
 *
 * @param title   the statute title from the first {@code #} heading
 * @param history dated history lines in file order; empty when the file carries none
 */
public record StatuteHeader(String title, List<HistoryEntry> history) {

    public StatuteHeader {
        history = List.copyOf(history);
    }

    /** The first dated line: when the statute was first adopted or published. */
    public Optional<LocalDate> firstDate() {
        return history.stream().map(HistoryEntry::date).findFirst();
    }

    /** The latest date in the history: the version this text represents. */
    public Optional<LocalDate> lastDate() {
        return history.stream().map(HistoryEntry::date).max(Comparator.naturalOrder());
    }

    /** The date of an explicit "施行" line, which some regulations and interpretations carry. */
    public Optional<LocalDate> effectiveDateLine() {
        return history.stream().filter(HistoryEntry::isEffectiveDateLine).map(HistoryEntry::date).findFirst();
    }
}
