package org.zhiban.rules.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 密级和保密期限 helpers: 绝密/机密/秘密, the period in Arabic digits after ★ (GB/T 9704-2012 7.2.2). */
public final class Secrecy {

    private static final String PERIOD = "([1-9]\\d*(年|个月)|长期)";
    private static final Pattern LEVEL = Pattern.compile("(绝密|机密|秘密)(★" + PERIOD + ")?");
    private static final Pattern PERIOD_ONLY = Pattern.compile(PERIOD);
    private static final Pattern WRONG_STAR = Pattern.compile("(?<=绝密|机密|秘密)\\s*([*＊☆✩✭⭐])");
    private static final Pattern COMBINED_PERIOD = Pattern.compile("[★*＊☆](.*)$");
    private static final Pattern CHINESE_PERIOD = Pattern.compile("^([一二三四五六七八九十]{1,3})(年|个月)$");

    private Secrecy() {
    }

    public static boolean wellFormedLevel(String level) {
        return LEVEL.matcher(level.strip()).matches();
    }

    public static boolean wellFormedPeriod(String period) {
        return PERIOD_ONLY.matcher(period.strip()).matches();
    }

    public static List<TextMatch> wrongStar(String level) {
        return Texts.find(WRONG_STAR, level, m -> "★");
    }

    /** The period written into the 密级 ("秘密★1年" → "1年"), or {@code null}. */
    public static String combinedPeriod(String level) {
        if (level == null) {
            return null;
        }
        Matcher matcher = COMBINED_PERIOD.matcher(level.strip());
        return matcher.find() && !matcher.group(1).isBlank() ? matcher.group(1).strip() : null;
    }

    /** Whether any 保密期限 is given, in the 密级 or on its own. */
    public static boolean hasPeriod(DocumentFacts facts) {
        return combinedPeriod(facts.secrecyLevel()) != null || Texts.present(facts.secrecyPeriod());
    }

    /** The period as GB/T 9704 writes it ("一年" → "1年"), or {@code null} when it cannot be read. */
    public static String suggestPeriod(String period) {
        String value = period.strip().replace(" ", "");
        if (wellFormedPeriod(value)) {
            return value;
        }
        Matcher matcher = CHINESE_PERIOD.matcher(value);
        if (matcher.matches() && ChineseNumerals.parse(matcher.group(1)) > 0) {
            return ChineseNumerals.parse(matcher.group(1)) + matcher.group(2);
        }
        return null;
    }

    /** The 密级 corrected where the mistake is mechanical (a wrong star, a period in characters), or null. */
    public static String suggestLevel(String level) {
        String value = WRONG_STAR.matcher(level.strip()).replaceAll("★").replace(" ", "");
        int star = value.indexOf('★');
        if (star > 0 && star < value.length() - 1) {
            String period = suggestPeriod(value.substring(star + 1));
            value = period == null ? value : value.substring(0, star + 1) + period;
        }
        return wellFormedLevel(value) ? value : null;
    }

    /** The periods given twice, once in the 密级 and once on its own, that do not agree. */
    public static boolean periodsDisagree(DocumentFacts facts) {
        String combined = combinedPeriod(facts.secrecyLevel());
        return combined != null && Texts.present(facts.secrecyPeriod())
                && !combined.equals(facts.secrecyPeriod().strip());
    }
}
