package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** 用词 checks (REFERENCE §A.6 L01, L02, L10) and the configured 敏感词. */
public final class Wording {

    static final String WORD_PAIRS = "rules/document/常见错字错词.txt";
    static final String WORD_PAIR_EXEMPTIONS = "rules/document/常见错字错词-豁免.txt";

    private static final List<WordLists.WordPair> PAIRS = WordLists.wordPairs(WORD_PAIRS);
    private static final List<String> EXEMPT = WordLists.lines(WORD_PAIR_EXEMPTIONS);

    /** 截止 takes no time after it: "截止目前" and "截止2026年6月30日" want 截至. 截止到/截止于 are fine. */
    private static final Pattern JIEZHI_BEFORE_TIME = Pattern.compile(
            "(截止)(?=\\d|[〇一二三四五六七八九十]{1,4}年|目前|当前|今年|本年|今日|本月|上月|去年|上年|现在|年底|年末|月底|月末|上半年|下半年|发稿)");
    /** 截至 needs a time after it: "截至日期" and a sentence ending in 截至 want 截止. */
    private static final Pattern JIEZHI_WITHOUT_TIME = Pattern.compile("(截至)(?=日期|时间|期限|[。，；！\\n]|$)");
    private static final Pattern QITA_PEOPLE = Pattern.compile(
            "(其它)(?=人|同志|同学|成员|干部|群众|职工|代表|委员|领导|单位负责人)");
    private static final Pattern QITA = Pattern.compile("(其它)(?!人|同志|同学|成员|干部|群众|职工|代表|委员|领导|单位负责人)");

    private Wording() {
    }

    public static List<TextMatch> jiezhiBeforeTime(String text) {
        return Texts.find(JIEZHI_BEFORE_TIME, text, m -> "截至");
    }

    public static List<TextMatch> jiezhiWithoutTime(String text) {
        return Texts.find(JIEZHI_WITHOUT_TIME, text, m -> "截止");
    }

    public static List<TextMatch> qitaForPeople(String text) {
        return Texts.find(QITA_PEOPLE, text, m -> "其他");
    }

    public static List<TextMatch> qita(String text) {
        return Texts.find(QITA, text, m -> "其他");
    }

    /** Each wrong form of 常见错字错词.txt, unless it lies inside an exempt phrase; the right form as suggestion. */
    public static List<TextMatch> wrongWords(String text) {
        if (text == null) {
            return List.of();
        }
        List<TextMatch> found = new ArrayList<>();
        for (WordLists.WordPair pair : PAIRS) {
            for (TextMatch hit : Texts.occurrences(pair.wrong(), text, pair.correct())) {
                if (!exempt(text, hit)) {
                    found.add(hit);
                }
            }
        }
        found.sort(Comparator.comparingInt(TextMatch::start));
        return Texts.capped(found);
    }

    /** Each configured sensitive word, with its replacement when the list gives one. */
    public static List<TextMatch> sensitiveWords(String text, List<SensitiveWord> words) {
        if (text == null) {
            return List.of();
        }
        List<TextMatch> found = new ArrayList<>();
        for (SensitiveWord word : words) {
            for (TextMatch hit : Texts.occurrences(word.word(), text, word.replacement())) {
                // a longer listed word (残废人) already covers the shorter one (残废) at the same place
                boolean covered = found.stream().anyMatch(f -> f.start() <= hit.start() && f.end() >= hit.end());
                if (!covered) {
                    found.add(hit);
                }
            }
        }
        found.sort(Comparator.comparingInt(TextMatch::start));
        return Texts.capped(found);
    }

    private static boolean exempt(String text, TextMatch hit) {
        for (String phrase : EXEMPT) {
            // every place the wrong form sits inside the phrase is one alignment to try
            for (int k = phrase.indexOf(hit.text()); k >= 0; k = phrase.indexOf(hit.text(), k + 1)) {
                if (hit.start() - k >= 0 && text.startsWith(phrase, hit.start() - k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
