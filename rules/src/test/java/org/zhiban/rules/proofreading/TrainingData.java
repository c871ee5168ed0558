package org.zhiban.rules.proofreading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's shared data for proofreading, split into what may train the proofreader and what may not.
 * Everything that builds a resource or a tuning model goes through here, so the held-out fold cannot leak in.
 */
final class TrainingData {

    private final Path dataRoot;
    private final Path pairs;
    private final Path laws;
    final List<SentencePair> odw;
    final List<SentencePair> law;

    private TrainingData(Path pairs, Path laws) throws IOException {
        this.dataRoot = laws.getParent();
        this.pairs = pairs;
        this.laws = laws;
        odw = SentencePair.read(pairs.resolve("odw.train"));
        law = SentencePair.read(pairs.resolve("law.train"));
    }

    /**
     * The repository's own copies (the pairs under the rules module's test resources, the statutes the knowledge base
     * ships), so a clean clone evaluates; else the shared data folder beside the repository.
     */
    private static TrainingData open() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pairs = dir.resolve("rules/src/test/resources/proofreading-data");
            Path laws = dir.resolve("integrations/src/main/resources/laws");
            if (Files.isRegularFile(pairs.resolve("odw.train")) && Files.isDirectory(laws)) {
                return new TrainingData(pairs, laws);
            }
        }
        Path shared = locate();
        return new TrainingData(shared.resolve("proofreading"), shared.resolve("laws"));
    }

    /** The shared data folder ({@code shared/data}) beside the repository, found from the working directory up. */
    static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isRegularFile(candidate.resolve("proofreading/odw.train"))) {
                return candidate;
            }
            candidate = dir.resolveSibling("shared/data");
            if (Files.isRegularFile(candidate.resolve("proofreading/odw.train"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/proofreading/odw.train not found above " + Path.of("").toAbsolutePath());
    }

    static TrainingData load() {
        try {
            return open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SentencePair> odwFold(int fold) {
        return odw.stream().filter(p -> p.fold() == fold).toList();
    }

    /** odw lines outside the excluded folds, and all of law.train (no law.train sentence is an odw sentence). */
    List<SentencePair> trainingPairs(Set<Integer> excludedFolds) {
        List<SentencePair> pairs = new ArrayList<>(law);
        odw.stream().filter(p -> !excludedFolds.contains(p.fold())).forEach(pairs::add);
        return pairs;
    }

    /**
     * Language-model text: the statutes (with any excluded odw sentence they happen to quote cut out), then the
     * correct side of the training pairs, each distinct sentence once.
     */
    List<String> corpusLines(Set<Integer> excludedFolds) {
        Set<String> excluded = odw.stream().filter(p -> excludedFolds.contains(p.fold()))
                .map(SentencePair::correct).filter(s -> s.length() >= 8).collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (Path statute : statutes()) {
            for (String line : readStatute(statute)) {
                lines.addAll(cutOut(line, excluded));
            }
        }
        trainingPairs(excludedFolds).stream().map(SentencePair::correct).distinct().forEach(lines::add);
        return lines;
    }

    /** Statute files in a fixed order; the one marked 勿用 (a mislabelled version) is left out. */
    List<Path> statutes() {
        try (Stream<Path> files = Files.walk(laws)) {
            TreeMap<String, Path> sorted = new TreeMap<>();
            files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("MANIFEST.md"))
                    .filter(f -> !f.getFileName().toString().equals("SOURCE.md")) // the project copy's provenance note
                    .filter(f -> !f.getFileName().toString().contains("勿用"))
                    .forEach(f -> sorted.put(dataRoot.relativize(f).toString(), f));
            return List.copyOf(sorted.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prose lines of a LawRefBook Markdown file: without the HTML comment, heading marks and emphasis. */
    private static List<String> readStatute(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("<!--"))
                    .map(l -> l.replaceFirst("^#+\\s*", "").replace("*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cutOut(String line, Set<String> excluded) {
        List<String> parts = new ArrayList<>(List.of(line));
        for (String sentence : excluded) {
            if (line.contains(sentence)) {
                List<String> next = new ArrayList<>();
                for (String part : parts) {
                    for (String piece : part.split(java.util.regex.Pattern.quote(sentence), -1)) {
                        if (!piece.isBlank()) {
                            next.add(piece.strip());
                        }
                    }
                }
                parts = next;
            }
        }
        return parts;
    }
}
