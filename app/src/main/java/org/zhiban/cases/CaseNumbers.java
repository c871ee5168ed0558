package org.zhiban.cases;

import java.time.Year;

/** 案号: prefix, year and a six-digit serial, e.g. {@code HT-2026-000042}. */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static String format(String prefix, Year year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial must be positive: " + serial);
        }
        return prefix + "-" + year + "-" + String.format("%06d", serial);
    }
}
