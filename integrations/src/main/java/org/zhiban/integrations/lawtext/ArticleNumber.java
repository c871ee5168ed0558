package org.zhiban.integrations.lawtext;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 条号: an article number such as 第五十五条 (number 55) or 第五十五条之一 (number 55, suffix 1).
 *
 * @param number the integer article number, from 1
 * @param suffix 0 for a plain article; n for an article inserted as 之n by an amendment
 */
public record ArticleNumber(int number, int suffix) implements Comparable<ArticleNumber> {

    private static final Pattern WRITTEN = Pattern.compile(
            "第\\s*([" + ChineseNumerals.NUMERAL_CHARS + "]+)\\s*条(?:之([一二三四五六七八九十]+))?");

    private static final Comparator<ArticleNumber> ORDER =
            Comparator.comparingInt(ArticleNumber::number).thenComparingInt(ArticleNumber::suffix);

    public ArticleNumber {
        if (number < 1 || suffix < 0) {
            throw new IllegalArgumentException("invalid article number " + number + "/" + suffix);
        }
    }

    public static ArticleNumber of(int number) {
        return new ArticleNumber(number, 0);
    }

    /** Parses 第五十五条, 第55条 or 第五十五条之一. */
    public static ArticleNumber parse(String written) {
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an article number: " + written);
        }
        int suffix = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2));
        return new ArticleNumber(ChineseNumerals.parse(m.group(1)), suffix);
    }

    /** The form statutes print: 第五十五条, 第五十五条之一. */
    public String label() {
        String base = "第" + ChineseNumerals.toChinese(number) + "条";
        return suffix == 0 ? base : base + "之" + ChineseNumerals.toChinese(suffix);
    }

    /** A compact, URL- and sort-friendly key: "55" or "55-1". */
    public String key() {
        return suffix == 0 ? Integer.toString(number) : number + "-" + suffix;
    }

    @Override
    public int compareTo(ArticleNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
