package org.zhiban.rules.proofreading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * The classpath resources under {@code rules/proofreading/}, written by {@code ProofreadingResourceBuilder}
 * (test sources) from the shared data; see docs/proofreading.md for what each holds and where it comes from.
 * The language model is counted from the corpus text at load rather than shipped as counts: the gzipped text is
 * smaller than any count table and the counting takes well under a second.
 */
final class ProofreadingResources {

    static final String DIR = "rules/proofreading/";
    static final String CORPUS = "corpus.txt.gz";
    static final String PINYIN = "pinyin.tsv";
    static final String SUBSTITUTIONS = "substitutions.tsv";
    static final String LEXICON = "lexicon.txt.gz";
    static final String SETTINGS = "proofreader.properties";

    private ProofreadingResources() {
    }

    static Proofreader proofreader() {
        List<String> corpus = lines(CORPUS);
        int chars = corpus.stream().mapToInt(String::length).sum();
        return Proofreader.train(corpus, chars + corpus.size(), pinyin(), substitutions(), lexicon(), margins());
    }

    /** {@code pinyin<TAB>characters} lines: toneless pinyin of every character HanLP reads. */
    static Map<Character, String> pinyin() {
        Map<Character, String> pinyin = new HashMap<>();
        for (String line : lines(PINYIN)) {
            String[] f = line.split("\t");
            f[1].chars().forEach(c -> pinyin.put((char) c, f[0]));
        }
        return pinyin;
    }

    /** {@code wrong<TAB>correct<TAB>count} lines: character substitutions of the training pairs. */
    static Map<Character, List<Character>> substitutions() {
        return parseSubstitutions(String.join("\n", lines(SUBSTITUTIONS)));
    }

    static Map<Character, List<Character>> parseSubstitutions(String table) {
        Map<Character, List<Character>> substitutions = new HashMap<>();
        for (String line : table.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            substitutions.computeIfAbsent(f[0].charAt(0), k -> new ArrayList<>()).add(f[1].charAt(0));
        }
        return substitutions;
    }

    static Lexicon lexicon() {
        return new Lexicon(lines(LEXICON));
    }

    static Margins margins() {
        Properties p = new Properties();
        try (InputStream in = open(SETTINGS)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Margins.from(p);
    }

    private static List<String> lines(String name) {
        try (InputStream raw = open(name);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ProofreadingResources.class.getClassLoader().getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DIR + name);
        }
        return in;
    }
}
