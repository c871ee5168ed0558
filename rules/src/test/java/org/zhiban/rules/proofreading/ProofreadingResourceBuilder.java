package org.zhiban.rules.proofreading;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the proofreading resources from the shared data. Run from the repository root after a test compile:
 * {@code java -cp rules/target/classes:rules/target/test-classes:<hanlp jar> org.zhiban.rules.proofreading.ProofreadingResourceBuilder}
 * (docs/proofreading.md has the full command). {@code ProofreadingResourcesTest} rebuilds them in memory and
 * compares, so the shipped files cannot drift from this code or the data.
 */
final class ProofreadingResourceBuilder {

    static final Path OUTPUT = Path.of("rules/src/main/resources/rules/proofreading");

    private ProofreadingResourceBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> file : build(TrainingData.load(), Set.of(SentencePair.HELD_OUT_FOLD)).entrySet()) {
            Files.write(out.resolve(file.getKey()), file.getValue());
            System.out.printf("%s: %,d bytes%n", out.resolve(file.getKey()), file.getValue().length);
        }
    }

    /** The generated resources by file name (the hand-tuned proofreader.properties is not generated). */
    static Map<String, byte[]> build(TrainingData data, Set<Integer> excludedFolds) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ProofreadingResources.CORPUS, gzip(String.join("\n", data.corpusLines(excludedFolds)) + "\n"));
        files.put(ProofreadingResources.PINYIN, utf8(pinyinTable()));
        files.put(ProofreadingResources.SUBSTITUTIONS, utf8(substitutionTable(data.trainingPairs(excludedFolds))));
        files.put(ProofreadingResources.LEXICON, gzip(lexiconTable()));
        return files;
    }

    /** Toneless pinyin of the CJK Unified Ideographs block, grouped by pinyin. */
    static String pinyinTable() {
        TreeMap<String, StringBuilder> groups = new TreeMap<>();
        pinyinOfBlock().forEach((c, p) -> groups.computeIfAbsent(p, k -> new StringBuilder()).append(c));
        StringBuilder s = new StringBuilder();
        groups.forEach((p, chars) -> s.append(p).append('\t').append(chars).append('\n'));
        return s.toString();
    }

    static Map<Character, String> pinyinOfBlock() {
        Map<Character, String> pinyin = new TreeMap<>();
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            List<Pinyin> read = HanLP.convertToPinyinList(String.valueOf(c));
            if (!read.isEmpty() && read.get(0) != Pinyin.none5) {
                pinyin.put(c, read.get(0).getPinyinWithoutTone());
            }
        }
        return pinyin;
    }

    /**
     * The two- to four-character words of HanLP's core dictionary, one a line. The dictionary ships only as a
     * double-array trie, which has no listing; the walk below follows its public base and check arrays from the
     * root through every single-character entry (HanLP's DoubleArrayTrie: the child of state b by character c
     * sits at b + c + 1 when check there is b; a word ends where a terminal child has a negative base).
     */
    static String lexiconTable() {
        StringBuilder singles = new StringBuilder();
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            if (CoreDictionary.contains(String.valueOf(c))) {
                singles.append(c);
            }
        }
        StringBuilder out = new StringBuilder();
        walk(CoreDictionary.trie.getBase(), CoreDictionary.trie.getCheck(), singles.toString().toCharArray(),
                CoreDictionary.trie.getBase()[0], new StringBuilder(), out);
        return out.toString();
    }

    private static void walk(int[] base, int[] check, char[] alphabet, int state, StringBuilder word,
                             StringBuilder out) {
        for (char c : alphabet) {
            int p = state + c + 1;
            if (p >= check.length || check[p] != state) {
                continue;
            }
            int next = base[p];
            word.append(c);
            if (word.length() >= 2 && next >= 0 && next < check.length && check[next] == next && base[next] < 0) {
                out.append(word).append('\n');
            }
            if (word.length() < Lexicon.LONGEST) {
                walk(base, check, alphabet, next, word, out);
            }
            word.setLength(word.length() - 1);
        }
    }

    /** Character substitutions (wrong to correct) of the equal-length training pairs, with their counts. */
    static String substitutionTable(List<SentencePair> pairs) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (SentencePair p : pairs) {
            if (p.wrong().length() != p.correct().length()) {
                continue;
            }
            for (int i = 0; i < p.wrong().length(); i++) {
                char w = p.wrong().charAt(i);
                char c = p.correct().charAt(i);
                if (w != c && CharCodes.isHan(w) && CharCodes.isHan(c)) {
                    counts.merge(w + "\t" + c, 1, Integer::sum);
                }
            }
        }
        StringBuilder s = new StringBuilder();
        counts.forEach((pair, n) -> s.append(pair).append('\t').append(n).append('\n'));
        return s.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** GZIPOutputStream writes no file name and a zero time stamp: the bytes depend on the text alone. */
    private static byte[] gzip(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
