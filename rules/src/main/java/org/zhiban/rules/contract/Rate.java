package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 比例 — 30%, 百分之三十, 千分之五, 0.5‰, 万分之五, as a fraction (0.3, 0.005, 0.0005).
 *
 * @param fraction the value as a fraction of one
 * @param start    offset in the text it was read from
 * @param end      offset past it
 */
record Rate(BigDecimal fraction, int start, int end) {

    private static final String NUM = "\\d+(?:\\.\\d+)?|[零〇两一二三四五六七八九十百点]+";
    private static final Pattern RATE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*([%％‰‱])|(百|千|万)分之(" + NUM + ")");

    /** 30 for 30%. */
    BigDecimal percent() {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    static List<Rate> find(String text) {
        List<Rate> rates = new ArrayList<>();
        Matcher m = RATE.matcher(text);
        while (m.find()) {
            BigDecimal value;
            int scale;
            if (m.group(1) != null) {
                if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) {
                    continue;
                }
                value = new BigDecimal(m.group(1));
                scale = switch (m.group(2)) {
                    case "‰" -> 3;
                    case "‱" -> 4;
                    default -> 2;
                };
            } else {
                value = ChineseNumbers.decimal(m.group(4));
                if (value == null) {
                    continue;
                }
                scale = switch (m.group(3)) {
                    case "千" -> 3;
                    case "万" -> 4;
                    default -> 2;
                };
            }
            rates.add(new Rate(value.movePointLeft(scale).round(MathContext.DECIMAL64), m.start(), m.end()));
        }
        return rates;
    }
}
