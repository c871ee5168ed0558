package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out page for the fixed-layout outputs (OFD, PDF): every piece of text and every rule at its final
 * position in mm from the paper's top-left corner. Both writers only draw what is here.
 */
final class Sheet {

    /**
     * A run of text; {@code advances[i]} is the distance from character i to character i+1 (mm).
     *
     * @param baseline y of the baseline
     */
    record Text(double x, double baseline, FontRole font, double sizePt, boolean red, String text,
                double[] advances) {
    }

    /** A horizontal rule of the given thickness, centred on {@code y}. */
    record Rule(double x1, double x2, double y, double thickness, boolean red) {
    }

    /** Where the seal goes (a red circle): only a placeholder for the electronic seal applied later. */
    record SealMark(double centerX, double centerY, double radius) {
    }

    private final int number;
    private final List<Text> texts = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<SealMark> seals = new ArrayList<>();

    Sheet(int number) {
        this.number = number;
    }

    /** 1-based. */
    int number() {
        return number;
    }

    List<Text> texts() {
        return texts;
    }

    List<Rule> rules() {
        return rules;
    }

    List<SealMark> seals() {
        return seals;
    }

    boolean isBlank() {
        return texts.isEmpty() && rules.isEmpty();
    }
}
