package org.zhiban.rules.proofreading;

import java.util.List;

/**
 * 词表: the two- to four-character words of HanLP's core dictionary (a general-news vocabulary with 成语 such as
 * 任人唯贤). The statutes alone know only about 2,000 characters and their legal phrases; whether 干部 or 于部,
 * 数据 or 数局 is a word at all is what the lexicon adds to the language model.
 */
final class Lexicon {

    static final int LONGEST = 4; // four units fit in a packed key

    private final NgramTable words;

    /** @param words one word per entry; words outside two to four characters are ignored */
    Lexicon(List<String> words) {
        this.words = new NgramTable(words.size(), 1);
        for (String word : words) {
            if (word.length() >= 2 && word.length() <= LONGEST) {
                long key = 0L;
                for (int i = 0; i < word.length(); i++) {
                    key = CharCodes.append(key, word.charAt(i));
                }
                this.words.slotFor(key);
            }
        }
    }

    /** How many lexicon words pass through {@code units[at]} in {@code units}. */
    int wordsThrough(char[] units, int at) {
        int n = 0;
        for (int length = 2; length <= LONGEST; length++) {
            for (int start = Math.max(0, at - length + 1); start <= at && start + length <= units.length; start++) {
                n += isWord(units, start, length) ? 1 : 0;
            }
        }
        return n;
    }

    /** How many lexicon words (overlapping ones each) {@code units} contains. */
    int wordsIn(char[] units) {
        int n = 0;
        for (int length = 2; length <= LONGEST; length++) {
            for (int start = 0; start + length <= units.length; start++) {
                n += isWord(units, start, length) ? 1 : 0;
            }
        }
        return n;
    }

    boolean isWord(String word) {
        return word.length() >= 2 && word.length() <= LONGEST
                && isWord(word.toCharArray(), 0, word.length());
    }

    private boolean isWord(char[] units, int start, int length) {
        long key = 0L;
        for (int i = start; i < start + length; i++) {
            key = CharCodes.append(key, units[i]);
        }
        return words.slot(key) != NgramTable.MISSING;
    }

    int size() {
        return words.size();
    }
}
