package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 法规导入: parses the catalogue's files and chains the versions of each statute, so that a version is in
 * force until the next one starts (or until the catalogue's supersededOn when its successor is missing).
 */
public final class StatuteLoader {

    private StatuteLoader() {
    }

    /** Loads every importable file of the catalogue; excluded files are skipped, as their notes explain. */
    public static List<LoadedStatute> load(StatuteCatalog catalog) {
        List<LoadedStatute> parsed = new ArrayList<>();
        Map<String, LocalDate> supersededOn = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.loadable()) {
            LoadedStatute statute = parse(entry, catalog.read(entry));
            parsed.add(statute);
            entry.supersededOn().ifPresent(day -> supersededOn.put(statute.version().versionId(), day));
        }
        return chainVersions(parsed, supersededOn);
    }

    /** Parses one file with its catalogue line; the version is open-ended until chained. */
    public static LoadedStatute parse(CatalogEntry entry, String markdown) {
        StatuteText text = StatuteMarkdownParser.parse(markdown);
        if (text.articles().isEmpty()) {
            throw new IllegalArgumentException(entry.path() + " has no articles; mark it EXCLUDE in index.tsv");
        }
        LocalDate versionDate = VersionDates.versionDate(entry, text);
        LocalDate effectiveFrom = VersionDates.effectiveFrom(entry, text, versionDate);
        StatuteVersion version = new StatuteVersion(
                StatuteVersion.versionId(entry.statuteKey(), versionDate),
                entry.statuteKey(),
                text.header().title(),
                entry.aliases(),
                entry.level(),
                text.header().firstDate().orElse(versionDate),
                versionDate,
                effectiveFrom,
                null,
                text.header().history(),
                entry.path(),
                entry.note());
        return new LoadedStatute(version, text.articles());
    }

    static List<LoadedStatute> chainVersions(List<LoadedStatute> statutes, Map<String, LocalDate> supersededOn) {
        Map<String, List<LoadedStatute>> byKey = new LinkedHashMap<>();
        for (LoadedStatute s : statutes) {
            byKey.computeIfAbsent(s.version().statuteKey(), k -> new ArrayList<>()).add(s);
        }
        List<LoadedStatute> out = new ArrayList<>();
        for (List<LoadedStatute> versions : byKey.values()) {
            versions.sort(Comparator.comparing(s -> s.version().effectiveFrom()));
            for (int i = 0; i < versions.size(); i++) {
                LoadedStatute s = versions.get(i);
                LocalDate until = i + 1 < versions.size()
                        ? versions.get(i + 1).version().effectiveFrom()
                        : supersededOn.get(s.version().versionId());
                out.add(until == null ? s : new LoadedStatute(s.version().endingOn(until), s.articles()));
            }
        }
        return List.copyOf(out);
    }
}
