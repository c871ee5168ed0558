package org.zhiban.rules.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists shipped as resources: one entry a line, blank lines and "#" comments skipped. */
final class WordLists {

    private WordLists() {
    }

    /** A pair from 常见错字错词.txt, written "正确-错误" there. */
    record WordPair(String correct, String wrong) {
    }

    static List<WordPair> wordPairs(String resource) {
        List<WordPair> pairs = new ArrayList<>();
        for (String line : lines(resource)) {
            int dash = line.indexOf('-');
            if (dash <= 0 || dash == line.length() - 1) {
                throw new IllegalStateException("词表格式错误（应为“正确-错误”）: " + resource + ": " + line);
            }
            pairs.add(new WordPair(line.substring(0, dash).strip(), line.substring(dash + 1).strip()));
        }
        return List.copyOf(pairs);
    }

    static List<SensitiveWord> sensitiveWords(String resource) {
        return lines(resource).stream().map(SensitiveWord::parse).toList();
    }

    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("词表缺失 (word list not on the classpath): " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(line -> line.replace("\uFEFF", "").strip())
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + resource, e);
        }
    }
}
