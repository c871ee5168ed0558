package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.List;

/**
 * 法规版本: one text of a statute as in force over a span of time. A statute revised in 2023 has two
 * versions with the same {@code statuteKey}; a query for a date takes the version in force on that date.
 *
 * @param versionId      stable id: key and version date, "行政复议法@2023-09-01"
 * @param statuteKey     the statute's short title without 中华人民共和国, shared by its versions ("行政复议法")
 * @param title          full title as printed ("中华人民共和国行政复议法")
 * @param aliases        common short names (消法, 消保法); may be empty
 * @param level          效力层级
 * @param promulgatedOn  first adoption or publication (通过/公布) of the statute
 * @param versionDate    date of the latest amendment or revision this text includes
 * @param effectiveFrom  first day this text is in force
 * @param effectiveUntil first day it is no longer in force; null while in force
 * @param history        the dated history lines of the file header
 * @param sourcePath     the file under {@code laws/} it was read from
 * @param note           why its dates are what they are, when that needs saying; may be empty
 */
public record StatuteVersion(
        String versionId,
        String statuteKey,
        String title,
        List<String> aliases,
        StatuteLevel level,
        LocalDate promulgatedOn,
        LocalDate versionDate,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        List<HistoryEntry> history,
        String sourcePath,
        String note) {

    public StatuteVersion {
        aliases = List.copyOf(aliases);
        history = List.copyOf(history);
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(versionId + " ends before it starts");
        }
    }

    public static String versionId(String statuteKey, LocalDate versionDate) {
        return statuteKey + "@" + versionDate;
    }

    /** True when this text is the one in force on the given day. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    StatuteVersion endingOn(LocalDate until) {
        return new StatuteVersion(versionId, statuteKey, title, aliases, level, promulgatedOn, versionDate,
                effectiveFrom, until, history, sourcePath, note);
    }
}
