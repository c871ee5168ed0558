package org.zhiban.rules.proofreading;

/**
 * How text becomes language-model units. Digits and Latin letters fold into one unit each so that "2023年" and
 * "2024年" share their statistics; line ends are marked so the model knows a sentence start from its middle.
 */
final class CharCodes {

    /** Sentence start; the model pads every line with {@code ORDER - 1} of them. */
    static final char BOS = '\u0002';
    /** Sentence end. */
    static final char EOS = '\u0003';
    static final char DIGIT = '0';
    static final char LATIN = 'a';

    private CharCodes() {
    }

    static char unit(char c) {
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ') {
            return LATIN;
        }
        if (c == '\n' || c == '\r') {
            return EOS;
        }
        if (c == '\u3000' || c == '\t' || c == '\u00a0') {
            return ' ';
        }
        return c;
    }

    /** Whether {@code c} is a CJK unified ideograph, the only kind of character the proofreader flags. */
    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
    }

    /** Appends a unit to a packed n-gram; four units fit in a long. */
    static long append(long gram, char unit) {
        return (gram << 16) | unit;
    }

    /** The packed n-gram without its first unit, given its length in units. */
    static long dropFirst(long gram, int length) {
        return length <= 1 ? 0L : gram & ((1L << (16 * (length - 1))) - 1);
    }
}
