package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 法规目录条目: one line of {@code laws/index.tsv}, the list of statute files shipped on the classpath.
 *
 * @param path          file path under {@code laws/}, e.g. "extra/行政复议法_2017旧版.md"
 * @param statuteKey    stable key shared by all versions of a statute ("行政复议法")
 * @param level         效力层级
 * @param load          false for files kept for reference but not imported as articles
 * @param versionDate   overrides the header's last date (files without a history header)
 * @param effectiveFrom overrides the computed effective date (amendments whose decision set a later date)
 * @param supersededOn  the day this version stops being in force when its successor is not in the corpus
 * @param aliases       common short names (消法, 消保法)
 * @param note          why the line says what it says; empty when nothing needs explaining
 */
public record CatalogEntry(
        String path,
        String statuteKey,
        StatuteLevel level,
        boolean load,
        Optional<LocalDate> versionDate,
        Optional<LocalDate> effectiveFrom,
        Optional<LocalDate> supersededOn,
        List<String> aliases,
        String note) {

    public CatalogEntry {
        aliases = List.copyOf(aliases);
    }
}
