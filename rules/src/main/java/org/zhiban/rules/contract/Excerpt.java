package org.zhiban.rules.contract;

/**
 * A stretch of the contract text a rule objects to, as the helpers hand it to the DRL.
 *
 * @param start      offset in the contract text
 * @param end        offset past it
 * @param text       the text itself
 * @param suggestion replacement wording, or {@code null} when the rule gives its own
 */
public record Excerpt(int start, int end, String text, String suggestion) {

    static Excerpt in(Sentence sentence, int from, int to, String suggestion) {
        return new Excerpt(sentence.start() + from, sentence.start() + to, sentence.text().substring(from, to),
                suggestion);
    }

    static Excerpt of(Sentence sentence) {
        return new Excerpt(sentence.start(), sentence.end(), sentence.text(), null);
    }
}
