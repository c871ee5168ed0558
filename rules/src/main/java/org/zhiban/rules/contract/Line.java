package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;

/** One line of the text with its offsets; {@code end} excludes the line break. */
record Line(String text, int start, int end) {

    /** The text cut at \n (a \r before it is dropped from the line). */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int stop = nl < 0 ? text.length() : nl;
            int end = stop > at && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            lines.add(new Line(text.substring(at, end), at, end));
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return lines;
    }

    boolean blank() {
        return text.isBlank();
    }

    /** Offset of the first character that is not white space (the ideographic space included). */
    int contentStart() {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** The line without surrounding white space. */
    String content() {
        return strip(text);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
