package org.zhiban.rules.contract;

/**
 * 大写与小写 stated together for one sum, e.g. "人民币壹佰贰拾万元整（¥1,200,000.00）".
 *
 * @param capitals the 大写
 * @param figures  the 小写
 */
public record AmountPair(Amount capitals, Amount figures) {

    public boolean matches() {
        return capitals.value().compareTo(figures.value()) == 0;
    }

    public int start() {
        return Math.min(capitals.start(), figures.start());
    }

    public int end() {
        return Math.max(capitals.end(), figures.end());
    }
}
