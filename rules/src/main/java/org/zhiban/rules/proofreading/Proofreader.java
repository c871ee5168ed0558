package org.zhiban.rules.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 错别字校对 without a model: flags characters that a confusion set (similar sound, look-alikes seen in training)
 * and a character language model of statutes and official-document sentences read better otherwise, and checks a
 * model's suggested correction against the same language model. Built once ({@link #load()} takes about a
 * second); immutable and safe to share between threads.
 */
public final class Proofreader {

    private final CharLanguageModel model;
    private final Margins margins;
    private final TypoFinder finder;

    Proofreader(CharLanguageModel model, ConfusionSet confusion, Lexicon lexicon, Margins margins) {
        this.model = model;
        this.margins = margins;
        this.finder = new TypoFinder(model, confusion, lexicon, margins);
    }

    /** The proofreader of the shipped resources ({@code rules/proofreading/} on the classpath). */
    public static Proofreader load() {
        return ProofreadingResources.proofreader();
    }

    /** Builds a proofreader from its parts; the resource builder and the threshold tuning use it. */
    static Proofreader train(Iterable<String> corpus, int expectedChars, Map<Character, String> pinyin,
                             Map<Character, List<Character>> substitutions, Lexicon lexicon, Margins margins) {
        CharLanguageModel model = CharLanguageModel.train(corpus, expectedChars);
        ConfusionSet confusion = new ConfusionSet(pinyin, substitutions,
                c -> CharCodes.isHan((char) c) && model.continuationCount((char) c) >= margins.minCandidateCount());
        return new Proofreader(model, confusion, lexicon, margins);
    }

    Proofreader withMargins(Margins other) {
        return new Proofreader(model, finder.confusion(), finder.lexicon(), other);
    }

    /** Suspected typos in {@code text}, in text order, with offsets into {@code text} as given. */
    public List<Typo> check(String text) {
        Objects.requireNonNull(text, "text");
        boolean[] prose = ProseMask.of(text, finder.lexicon());
        List<Typo> typos = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int from = lineStart;
            int to = lineEnd;
            // The corpus lines carry no indentation or trailing blanks (U+3000 included); neither should a scored line.
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                finder.find(text, from, to, prose, typos);
            }
            lineStart = lineEnd + 1;
        }
        return typos;
    }

    /**
     * Whether the language model prefers {@code replacement} for {@code text[start, end)} in its line by the
     * plausibility margin: the gate for a model's suggested correction.
     */
    public boolean plausible(String text, int start, int end, String replacement) {
        return preference(text, start, end, replacement) > margins.plausible();
    }

    /**
     * How much better the line containing {@code [start, end)} scores with {@code replacement} than as it is, in
     * the units of {@link #check}: natural-log probability ratio plus the word bonus for each lexicon word gained
     * (minus for each lost). Positive when the replacement reads as more likely.
     */
    public double preference(String text, int start, int end, String replacement) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside a text of length "
                    + text.length());
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        String changed = text.substring(lineStart, start) + replacement + text.substring(end, lineEnd);
        return lineScore(changed) - lineScore(line);
    }

    /** The score {@code check} uses, over a whole line: model log probability plus the word bonus per word. */
    private double lineScore(String line) {
        char[] units = CharLanguageModel.units(line);
        return model.logProb(units, CharLanguageModel.ORDER - 1, units.length)
                + margins.wordBonus() * finder.lexicon().wordsIn(units);
    }

    ConfusionSet confusion() {
        return finder.confusion();
    }

    String describe() {
        return model.describe();
    }
}
