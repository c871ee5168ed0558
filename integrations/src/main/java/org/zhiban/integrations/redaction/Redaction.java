package org.zhiban.integrations.redaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts with their personal data replaced by numbered placeholders ({@code 〔身份证号1〕}), and the way back: the
 * same value gets the same placeholder in every text of one redaction, so a model's answer that repeats a
 * placeholder can be restored for the official who reads it.
 */
public final class Redaction {

    private final List<String> texts;
    /** placeholder → original, in the order found. */
    private final Map<String, String> originals;

    Redaction(List<String> texts, Map<String, String> originals) {
        this.texts = List.copyOf(texts);
        this.originals = Collections.unmodifiableMap(new LinkedHashMap<>(originals));
    }

    /** A redaction that changed nothing: for models inside the network, which see the text as it is. */
    public static Redaction none(List<String> texts) {
        return new Redaction(texts, Map.of());
    }

    public String text(int index) {
        return texts.get(index);
    }

    public List<String> texts() {
        return texts;
    }

    /** How many distinct values were replaced. */
    public int count() {
        return originals.size();
    }

    /** The placeholders used, e.g. {@code 〔手机号1〕}, without the values they stand for. */
    public List<String> placeholders() {
        return List.copyOf(originals.keySet());
    }

    /** Puts the values back in place of every placeholder the answer repeats. */
    public String restore(String answer) {
        return restore(answer, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #restore(String)}, each value passed through {@code escape} first (e.g. for a JSON string). */
    public String restore(String answer, java.util.function.UnaryOperator<String> escape) {
        if (answer == null || originals.isEmpty()) {
            return answer;
        }
        String out = answer;
        for (Map.Entry<String, String> e : originals.entrySet()) {
            out = out.replace(e.getKey(), escape.apply(e.getValue()));
        }
        return out;
    }
}
