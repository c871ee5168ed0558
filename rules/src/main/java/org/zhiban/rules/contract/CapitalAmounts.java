package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * 金额大写 — reads and writes amounts as contracts and vouchers write them: 壹佰贰拾万元整, 壹拾万零贰佰元整,
 * 叁仟元零伍分, 伍角整. The app has a writer ({@code org.zhiban.shared.ChineseMoney}), but the rules module
 * depends on nothing of ours, and the rules need the reader.
 */
public final class CapitalAmounts {

    /**
     * An amount in capitals from its first digit to 整/正: the 人民币 before it is not part of it, and the 万元 of
     * "120万元" is not one.
     */
    static final Pattern CAPITALS = Pattern.compile(
            "(?<![\\d.])[零壹贰叁肆伍陆柒捌玖拾][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[元圆][零壹贰叁肆伍陆柒捌玖角分]*[整正]?"
                    + "|[壹贰叁肆伍陆柒捌玖][角][零壹贰叁肆伍陆柒捌玖分]*[整正]?");

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private CapitalAmounts() {
    }

    /** 壹佰贰拾万元整 → 1200000.00; {@code null} when the text is not an amount in capitals. */
    public static BigDecimal parse(String capitals) {
        if (capitals == null || !CAPITALS.matcher(capitals).matches()) {
            return null;
        }
        String core = capitals.replaceAll("[整正]$", "");
        int yuan = Math.max(core.indexOf('元'), core.indexOf('圆'));
        long integer = 0;
        if (yuan > 0) {
            integer = ChineseNumbers.integer(core.substring(0, yuan));
            if (integer < 0) {
                return null;
            }
        }
        int jiao = 0;
        int fen = 0;
        int pending = -1;
        for (char c : core.substring(yuan + 1).toCharArray()) {
            if (c == '角') {
                jiao = Math.max(pending, 0);
                pending = -1;
            } else if (c == '分') {
                fen = Math.max(pending, 0);
                pending = -1;
            } else {
                int d = DIGITS.indexOf(c);
                pending = d == 0 ? pending : d;
            }
        }
        return BigDecimal.valueOf(integer * 100 + jiao * 10L + fen, 2);
    }

    /**
     * Whether 整 stands where the accounting rules put it (《会计基础工作规范》第五十二条): after 元 or 角 when
     * the amount stops there, never after 分.
     */
    public static boolean zhengWellPlaced(String capitals) {
        boolean zheng = capitals.endsWith("整") || capitals.endsWith("正");
        String core = zheng ? capitals.substring(0, capitals.length() - 1) : capitals;
        return core.endsWith("分") ? !zheng : zheng;
    }

    /** 12345.6 → 壹万贰仟叁佰肆拾伍元陆角整; 100200 → 壹拾万零贰佰元整; 0.05 → 伍分. */
    public static String format(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        if (cents.signum() < 0) {
            return "负" + format(amount.negate());
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

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int groups = 0;
        long rest = n;
        int[] parts = new int[5];
        while (rest > 0) {
            parts[groups++] = (int) (rest % 10_000);
            rest /= 10_000;
        }
        boolean zero = false;
        for (int g = groups - 1; g >= 0; g--) {
            int part = parts[g];
            if (part == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zero || part < 1000)) {
                out.append('零');
            }
            out.append(group(part)).append(GROUPS[g]);
            zero = false;
        }
        return out.toString();
    }

    private static String group(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int pos = 3, divisor = 1000; pos >= 0; pos--, divisor /= 10) {
            int digit = part / divisor % 10;
            if (digit == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                }
                out.append(DIGITS.charAt(digit)).append(IN_GROUP[pos]);
                zero = false;
            }
        }
        return out.toString();
    }
}
