package org.zhiban.rules.proofreading;

import java.util.List;

/**
 * 词表: two-character words of HanLP's core dictionary (a general-news vocabulary). The statutes alone know only
 * about 2,000 characters and their legal phrases; whether 干部 or 于部, 数据 or 数局 is a word at all is what the
 * lexicon adds to the language model.
 */
final class Lexicon {

    private final NgramTable words;

    /** @param lines {@code first<TAB>seconds} lines: the first character and every character that follows it in
     *               a word */
    Lexicon(List<String> lines) {
        words = new NgramTable(lines.stream().mapToInt(String::length).sum(), 1);
        for (String line : lines) {
            char first = line.charAt(0);
            for (int i = 2; i < line.length(); i++) {
                words.slotFor(CharCodes.append(first, line.charAt(i)));
            }
        }
    }

    boolean isWord(char first, char second) {
        return words.slot(CharCodes.append(first, second)) != NgramTable.MISSING;
    }

    /** How many two-character words pass through {@code units[at]}: with its left and with its right neighbour. */
    int wordsThrough(char[] units, int at) {
        int n = 0;
        if (isWord(units[at - 1], units[at])) {
            n++;
        }
        if (at + 1 < units.length && isWord(units[at], units[at + 1])) {
            n++;
        }
        return n;
    }

    int size() {
        return words.size();
    }
}
