package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Splits a long 标题 into lines of near-equal length (GB/T 9704 7.3.1: 梯形或菱形), breaking only between
 * words (HanLP's segmenter finds them) and never inside a 《书名》. A break just before "关于" is preferred:
 * "××市人民政府 / 关于……的通知" is how such titles are read.
 */
final class TitleLines {

    private TitleLines() {
    }

    static List<String> split(String title, int maxChars) {
        String text = title.strip();
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<Integer> breaks = wordBoundaries(text);
        int lines = (text.length() + maxChars - 1) / maxChars;
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int line = 1; line < lines; line++) {
            double target = start + (text.length() - start) / (double) (lines - line + 1);
            int cut = bestBreak(text, breaks, start, target, maxChars);
            result.add(text.substring(start, cut));
            start = cut;
        }
        result.add(text.substring(start));
        return result;
    }

    private static int bestBreak(String text, List<Integer> breaks, int start, double target, int maxChars) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int cut : breaks) {
            boolean fits = cut > start && cut - start <= maxChars && text.length() - cut <= maxChars * 4;
            if (!fits) {
                continue;
            }
            double score = Math.abs(cut - target) - (text.startsWith("关于", cut) ? 4 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = cut;
            }
        }
        // a single word longer than a line: cut it where it must be cut
        return best > 0 ? best : Math.min(start + maxChars, text.length() - 1);
    }

    private static List<Integer> wordBoundaries(String text) {
        List<Integer> boundaries = new ArrayList<>();
        int offset = 0;
        int bookTitleDepth = 0;
        for (Term term : HanLP.segment(text)) {
            for (char c : term.word.toCharArray()) {
                if (c == '《') {
                    bookTitleDepth++;
                } else if (c == '》') {
                    bookTitleDepth = Math.max(0, bookTitleDepth - 1);
                }
            }
            offset += term.word.length();
            boolean nextIsClosing = offset < text.length() && "》）”，、".indexOf(text.charAt(offset)) >= 0;
            if (bookTitleDepth == 0 && offset < text.length() && !nextIsClosing) {
                boundaries.add(offset);
            }
        }
        return boundaries;
    }
}
