package org.zhiban.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 金额大写: an amount in 元 written as contracts and vouchers write it, e.g. 12,345.60 → 壹万贰仟叁佰肆拾伍元陆角整,
 * 1,000,000 → 壹佰万元整, 0.05 → 伍分, 100,200.00 → 壹拾万零贰佰元整.
 */
public final class ChineseMoney {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseMoney() {
    }

    public static String upper(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        if (cents.signum() < 0) {
            return "负" + upper(amount.negate());
        }
        long total = cents.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int fen = (int) (total % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return yuan == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS.charAt(fen)).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    /** Groups of four digits (个, 万, 亿 ...), a 零 wherever zeros stand between non-zero digits. */
    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zeroPending = false;
        while (n > 0) {
            int part = (int) (n % 10_000);
            n /= 10_000;
            if (part != 0) {
                String text = group(part) + GROUPS[group];
                if (zeroPending && out.length() > 0) {
                    text += "零";
                }
                out.insert(0, text);
                zeroPending = part < 1000;
            } else if (out.length() > 0) {
                zeroPending = true;
            }
            group++;
        }
        String s = out.toString();
        return s.startsWith("零") ? s.substring(1) : s;
    }

    private static String group(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int digit = part / (int) Math.pow(10, pos) % 10;
            if (digit == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(digit)).append(IN_GROUP[pos]);
            }
        }
        return out.toString();
    }
}
