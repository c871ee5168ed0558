package org.zhiban.rules.proofreading;

/**
 * Open-addressing map from a packed n-gram (up to four UTF-16 units, see {@link CharCodes#append}) to three int
 * columns. A boxed {@code HashMap<Long, int[]>} would take several times the memory for the ~10^6 n-grams of the
 * corpus and cost a pointer chase per look-up; {@link #slot} is one multiply and usually one probe.
 * Written once while the model is built, then only read: safe to share between threads after construction.
 */
final class NgramTable {

    static final int MISSING = -1;
    private static final long EMPTY = 0L; // no n-gram packs to 0: every unit is non-zero

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private final int columns;

    NgramTable(int expected, int columns) {
        this.columns = columns;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4 / 3)) << 1;
        keys = new long[capacity];
        values = new int[capacity * columns];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The slot of {@code key}, or {@link #MISSING}. */
    int slot(long key) {
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    /** The slot of {@code key}, inserted with zero columns when absent. */
    int slotFor(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("the empty n-gram has no slot");
        }
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        if (++size * 4 > keys.length * 3) {
            grow();
            return slot(key);
        }
        return i;
    }

    int get(int slot, int column) {
        return values[slot * columns + column];
    }

    /** Column value of {@code key}, 0 when absent. */
    int value(long key, int column) {
        int s = slot(key);
        return s == MISSING ? 0 : values[s * columns + column];
    }

    void add(int slot, int column, int delta) {
        values[slot * columns + column] += delta;
    }

    /** Visits every stored key with its slot, for the second pass that derives continuation counts. */
    void forEach(SlotVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], i);
            }
        }
    }

    interface SlotVisitor {
        void visit(long key, int slot);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length * columns];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = mix(oldKeys[i]) & mask;
                while (keys[j] != EMPTY) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                System.arraycopy(oldValues, i * columns, values, j * columns, columns);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    @Override
    public String toString() {
        return "NgramTable[size=" + size + ", capacity=" + keys.length + "]";
    }
}
