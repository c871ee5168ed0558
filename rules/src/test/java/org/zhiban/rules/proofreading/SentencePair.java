package org.zhiban.rules.proofreading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of an ECSpell file: {@code n_errors<TAB>wrong<TAB>correct}; n_errors 0 means both sides are equal. */
record SentencePair(int errors, String wrong, String correct) {

    /** Folds of odw.train, by the correct sentence so that the several spoilt copies of one sentence stay together
     *  (925 distinct correct sentences behind 1,720 lines): a line-based split would put the sentence itself into
     *  the language model and then test on it. {@code String.hashCode} is fixed by the Java specification. */
    static final int FOLDS = 5;
    static final int HELD_OUT_FOLD = 0;
    static final int DEV_FOLD = 1;

    int fold() {
        return Math.floorMod(correct.hashCode(), FOLDS);
    }

    static List<SentencePair> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new SentencePair(Integer.parseInt(f[0].trim()), f[1], f[2]))
                .toList();
    }
}
