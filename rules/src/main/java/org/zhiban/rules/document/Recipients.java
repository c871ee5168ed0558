package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** 主送机关 and 抄送机关 entries: the punctuation around the names (GB/T 9704-2012 7.3.2, 7.4.2). */
public final class Recipients {

    private static final Pattern HALF_WIDTH_COLON = Pattern.compile(":\\s*+$");
    private static final Pattern COPY_WRONG = Pattern.compile("([,;:.]|[，、；：]\\s*+$)");

    private Recipients() {
    }

    /** A half-width colon after the last 主送机关; the full-width one is what GB/T 9704 prints. */
    public static List<TextMatch> halfWidthColon(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        TextMatch last = Texts.entries(names).get(names.size() - 1);
        return shifted(Texts.find(HALF_WIDTH_COLON, last.text(), m -> "："), last.start());
    }

    /**
     * Punctuation a 主送机关 entry should not end with: any mark on an entry before the last (the names are
     * separated by the list itself), and anything but the full-width colon on the last.
     */
    public static List<TextMatch> strayPunctuation(List<String> names) {
        List<TextMatch> found = new ArrayList<>();
        List<TextMatch> entries = Texts.entries(names);
        for (int i = 0; i < entries.size(); i++) {
            TextMatch entry = entries.get(i);
            for (TextMatch mark : shifted(Texts.trailing(entry.text(), "。，,、；;.：", ""), entry.start())) {
                boolean lastWithColon = i == entries.size() - 1 && mark.text().equals("：");
                if (!lastWithColon) {
                    found.add(mark);
                }
            }
        }
        return found;
    }

    /** Half-width marks anywhere in a 抄送 entry, and 、，；： at its end (the last name ends with 。). */
    public static List<TextMatch> copyPunctuation(List<String> names) {
        List<TextMatch> found = new ArrayList<>();
        for (TextMatch entry : Texts.entries(names)) {
            found.addAll(shifted(Texts.find(COPY_WRONG, entry.text(), m -> switch (m.group(1).strip()) {
                case ":" -> "：";
                case "," -> "、";
                case ";" -> "、";
                case "." -> "。";
                default -> "";
            }), entry.start()));
        }
        return found;
    }

    private static List<TextMatch> shifted(List<TextMatch> matches, int offset) {
        return matches.stream()
                .map(m -> new TextMatch(m.start() + offset, m.end() + offset, m.text(), m.suggestion()))
                .toList();
    }
}
