package org.zhiban.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.lawtext.StatuteVersion;

/**
 * 法规版本 as stored.
 *
 * @param source    {@code SHIPPED} (the classpath corpus) or {@code UPLOAD} (a policy document an admin uploaded)
 * @param structure {@code ARTICLES} (第X条) or {@code SECTIONS} (a document split by headings)
 */
public record StoredVersion(String versionId, String statuteKey, String title, List<String> aliases, StatuteLevel level,
                            LocalDate promulgatedOn, LocalDate versionDate, LocalDate effectiveFrom,
                            LocalDate effectiveUntil, String source, String sourcePath, String structure, String note,
                            int articleCount) {

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    /** The core library's form, for the statute name resolver. */
    StatuteVersion toStatuteVersion() {
        return new StatuteVersion(versionId, statuteKey, title, aliases, level, promulgatedOn, versionDate,
                effectiveFrom, effectiveUntil, List.of(), sourcePath, note == null ? "" : note);
    }
}
