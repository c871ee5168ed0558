package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Cuts text into {@link Sentence}s at 。；;！？!? and line breaks; blank pieces are dropped. */
final class Sentences {

    private static final String ENDS = "。；;！？!?\n";

    private Sentences() {
    }

    static List<Sentence> of(String text, int from, int to, IntFunction<String> clauseAt) {
        List<Sentence> sentences = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i < to && text.charAt(i) != '\n' ? i + 1 : i;
                int s = start;
                int e = end;
                while (s < e && Line.isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Line.isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s && (s == 0 || text.charAt(s - 1) == '\n' || Line.isSpace(text.charAt(s - 1)))) {
                    s += Outline.labelLength(text.substring(s, e));
                }
                if (e > s) {
                    sentences.add(new Sentence(text.substring(s, e), s, e, clauseAt.apply(s)));
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
