package org.zhiban.document.writing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 润色 without a model: corrects the common wrong-word pairs of {@code document/wording/wrong-words.txt} and
 * nothing else, saying each change. Only pairs whose wrong form is not part of a correct word are listed there:
 * a tidy that turned 确定单位 into 确订单位 would be worse than none.
 */
@Component
class WordingTidy {

    static final String LIST = "document/wording/wrong-words.txt";

    private record Pair(String right, String wrong) {
    }

    /** The corrected text and what was changed: 帐本→账本, or 帐本→账本（2处）. */
    record Tidied(String text, List<String> corrections) {
    }

    private final List<Pair> pairs;

    WordingTidy() {
        try {
            List<Pair> read = new ArrayList<>();
            for (String line : new ClassPathResource(LIST).getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("-");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException(LIST + ": expected 正确-错误, found " + l);
                }
                read.add(new Pair(parts[0].strip(), parts[1].strip()));
            }
            // the longer wrong form first: 出谋画策 is corrected as one, not through 谋画
            read.sort(Comparator.comparingInt((Pair p) -> p.wrong().length()).reversed());
            this.pairs = List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + LIST, e);
        }
    }

    Tidied tidy(String text) {
        String out = text;
        List<String> corrections = new ArrayList<>();
        for (Pair p : pairs) {
            int count = occurrences(out, p.wrong());
            if (count > 0) {
                out = out.replace(p.wrong(), p.right());
                corrections.add(p.wrong() + "→" + p.right() + (count > 1 ? "（" + count + "处）" : ""));
            }
        }
        return new Tidied(out, List.copyOf(corrections));
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }
}
