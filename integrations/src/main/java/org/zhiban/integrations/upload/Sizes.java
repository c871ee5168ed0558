package org.zhiban.integrations.upload;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts the way people read a limit: 20 MB, 512 KB, 100 B. */
final class Sizes {

    private Sizes() {
    }

    static String readable(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int unit = 0;
        BigDecimal value = BigDecimal.valueOf(bytes);
        BigDecimal step = BigDecimal.valueOf(1024);
        while (value.compareTo(step) >= 0 && unit < units.length - 1) {
            value = value.divide(step);
            unit++;
        }
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " " + units[unit];
    }
}
