package org.zhiban.integrations.lawtext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 法规目录: reads {@code laws/index.tsv} and opens the statute files it lists from the classpath.
 * The app imports from here at startup; tests and benchmarks use it to get the shipped corpus.
 */
public final class StatuteCatalog {

    /** Classpath folder holding the statute files and {@code index.tsv}. */
    public static final String ROOT = "laws/";

    private final ClassLoader classLoader;
    private final List<CatalogEntry> entries;

    private StatuteCatalog(ClassLoader classLoader, List<CatalogEntry> entries) {
        this.classLoader = classLoader;
        this.entries = List.copyOf(entries);
    }

    /** The catalogue shipped in this jar. */
    public static StatuteCatalog shipped() {
        ClassLoader loader = StatuteCatalog.class.getClassLoader();
        try (InputStream in = open(loader, ROOT + "index.tsv")) {
            return new StatuteCatalog(loader, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of the catalogue, including excluded files. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The lines whose articles are imported. */
    public List<CatalogEntry> loadable() {
        return entries.stream().filter(CatalogEntry::load).toList();
    }

    /** The raw Markdown of a listed file. */
    public String read(CatalogEntry entry) {
        try (InputStream in = open(classLoader, ROOT + entry.path())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CatalogEntry> parse(InputStream in) throws IOException {
        List<CatalogEntry> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true; // the column names
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 9) {
                throw new IllegalStateException("index.tsv line needs 9 cells: " + line);
            }
            out.add(new CatalogEntry(
                    cells[0], cells[1], StatuteLevel.parse(cells[2]), parseStatus(cells[3]),
                    date(cells[4]), date(cells[5]), date(cells[6]),
                    cell(cells[7]).map(a -> Arrays.stream(a.split(",")).map(String::strip).toList())
                            .orElse(List.of()),
                    cell(cells[8]).orElse("")));
        }
        return out;
    }

    private static boolean parseStatus(String status) {
        return switch (status) {
            case "LOAD" -> true;
            case "EXCLUDE" -> false;
            default -> throw new IllegalStateException("status must be LOAD or EXCLUDE: " + status);
        };
    }

    private static Optional<String> cell(String value) {
        String v = value.strip();
        return v.isEmpty() || v.equals("-") ? Optional.empty() : Optional.of(v);
    }

    private static Optional<LocalDate> date(String value) {
        return cell(value).map(LocalDate::parse);
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing classpath resource " + resource);
        }
        return in;
    }
}
