package org.zhiban.rules.proofreading;

/**
 * Character 4-gram language model with interpolated Kneser-Ney smoothing (Chen &amp; Goodman 1998, one discount
 * per order). Kneser-Ney rather than stupid backoff because the proofreader compares two characters in the same
 * context: it needs a real probability for the rare one, and continuation counts keep a character that is frequent
 * only inside one fixed phrase (the 圳 of 深圳) from looking likely everywhere.
 * Immutable once built; {@link #logProb} may be called from any number of threads.
 */
final class CharLanguageModel {

    static final int ORDER = 4;
    private static final int COUNT = 0;
    private static final int HISTORY_TOTAL = 1;
    private static final int HISTORY_TYPES = 2;

    /** tables[k] holds the k-grams: column COUNT (raw for k = ORDER, continuation below), and their statistics
     *  as a history of (k+1)-grams. */
    private final NgramTable[] tables = new NgramTable[ORDER + 1];
    private final double[] discount = new double[ORDER + 1];
    private double unigramTotal;
    private double unigramFloor;

    private CharLanguageModel() {
    }

    /** Builds the model from lines of text, each a sentence or paragraph. */
    static CharLanguageModel train(Iterable<String> lines, int expectedChars) {
        CharLanguageModel model = new CharLanguageModel();
        NgramTable top = new NgramTable(expectedChars, 1);
        for (String line : lines) {
            char[] units = units(line);
            long gram = 0L;
            for (int i = 0; i < units.length; i++) {
                gram = CharCodes.append(gram, units[i]);
                if (i >= ORDER - 1) {
                    top.add(top.slotFor(gram), COUNT, 1);
                }
            }
        }
        model.tables[ORDER] = top;
        for (int k = ORDER; k >= 2; k--) {
            model.tables[k - 1] = lowerOrder(model.tables[k], k, k == ORDER ? top.size() : model.tables[k].size());
            model.discount[k] = discount(model.tables[k]);
        }
        model.discount[1] = discount(model.tables[1]);
        int[] types = {0};
        long[] sum = {0};
        model.tables[1].forEach((key, slot) -> {
            int c = model.tables[1].get(slot, COUNT);
            if (c > 0) {
                types[0]++;
                sum[0] += c;
            }
        });
        model.unigramTotal = sum[0];
        // The mass the unigram discount frees goes to characters never seen, as if one more type existed.
        model.unigramFloor = model.discount[1] * types[0] / model.unigramTotal / (types[0] + 1);
        return model;
    }

    /** Second pass of Kneser-Ney: continuation counts of the (k-1)-gram suffixes and history statistics of the
     *  (k-1)-gram prefixes, from the k-grams. */
    private static NgramTable lowerOrder(NgramTable grams, int k, int expected) {
        NgramTable lower = new NgramTable(expected, 3);
        grams.forEach((key, slot) -> {
            int count = grams.get(slot, COUNT);
            if (count == 0) {
                return; // only a history, never seen as a k-gram itself
            }
            lower.add(lower.slotFor(CharCodes.dropFirst(key, k)), COUNT, 1);
            int prefix = lower.slotFor(key >>> 16);
            lower.add(prefix, HISTORY_TOTAL, count);
            lower.add(prefix, HISTORY_TYPES, 1);
        });
        return lower;
    }

    private static double discount(NgramTable table) {
        long[] n = new long[3];
        table.forEach((key, slot) -> {
            int c = table.get(slot, COUNT);
            if (c == 1 || c == 2) {
                n[c]++;
            }
        });
        return n[1] + 2 * n[2] == 0 ? 0.5 : (double) n[1] / (n[1] + 2 * n[2]);
    }

    /** A line as model units: {@code ORDER - 1} sentence starts, the characters, one sentence end. */
    static char[] units(CharSequence line) {
        char[] units = new char[line.length() + ORDER];
        for (int i = 0; i < ORDER - 1; i++) {
            units[i] = CharCodes.BOS;
        }
        for (int i = 0; i < line.length(); i++) {
            units[ORDER - 1 + i] = CharCodes.unit(line.charAt(i));
        }
        units[units.length - 1] = CharCodes.EOS;
        return units;
    }

    /** Natural log of P(units[at] | the ORDER - 1 units before it); {@code at >= ORDER - 1}. */
    double logProb(char[] units, int at) {
        char w = units[at];
        int unigram = tables[1].value(w, COUNT);
        double p = Math.max(unigram - discount[1], 0) / unigramTotal + unigramFloor;
        long history = 0L;
        for (int k = 2; k <= ORDER; k++) {
            history = k == 2 ? units[at - 1] : history | ((long) units[at - k + 1] << (16 * (k - 2)));
            int h = tables[k - 1].slot(history);
            if (h == NgramTable.MISSING) {
                break; // a longer history containing this one is unseen too
            }
            int total = tables[k - 1].get(h, HISTORY_TOTAL);
            if (total == 0) {
                break;
            }
            int count = tables[k].value(CharCodes.append(history, w), COUNT);
            double d = discount[k];
            p = (Math.max(count - d, 0) + d * tables[k - 1].get(h, HISTORY_TYPES) * p) / total;
        }
        return Math.log(p);
    }

    /** Sum of {@link #logProb} over {@code [from, to)}. */
    double logProb(char[] units, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += logProb(units, i);
        }
        return sum;
    }

    /** How often the unit occurs as a unigram continuation; 0 for a character the corpus never had. */
    int continuationCount(char unit) {
        return tables[1].value(unit, COUNT);
    }

    String describe() {
        StringBuilder s = new StringBuilder();
        for (int k = 1; k <= ORDER; k++) {
            s.append(k).append("-grams ").append(tables[k].size()).append(" D=")
                    .append(String.format("%.3f", discount[k])).append("; ");
        }
        return s.toString();
    }
}
