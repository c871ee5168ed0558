package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** 标题 helpers: 发文机关 + 事由 + 文种 (GB/T 9704-2012 7.3.1) and the practice rules on its punctuation. */
public final class Titles {

    private static final String SENTENCE_PUNCTUATION = "。，、；：！？.,;:!?";
    /* Inside the title: 、 and the paired marks (《》“”（）) are allowed, sentence marks are not. */
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("([。，；：！？,;:!?]|(?<!\\d)\\.(?!\\d))(?=.*[^\\s。，、；：！？.,;:!?])");
    private static final Pattern URGENCY = Pattern.compile("(特急|加急)");
    private static final Pattern STACKED = Pattern.compile(
            "(请示报告|报告请示)|的(决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)(的\\2)\\s*$");
    /** Names of what is issued, not 文种: 条例第八条 allows only the fifteen, the rest go out with a 通知. */
    private static final Pattern NOT_A_GENRE = Pattern.compile(
            "(方案|办法|规划|计划|规定|细则|要点|总结|制度|章程|守则|须知|简报|汇报|申请|请求|条例|实施意见稿)\\s*$");

    private Titles() {
    }

    /** The title without trailing sentence punctuation (》 and ） stay: a title may end with a quoted name). */
    public static String core(String title) {
        String stripped = title.strip();
        List<TextMatch> end = Texts.trailing(stripped, SENTENCE_PUNCTUATION, null);
        return end.isEmpty() ? stripped : stripped.substring(0, end.get(0).start());
    }

    public static boolean endsWithGenre(String title, DocumentType type) {
        String core = core(title);
        return core.endsWith(type.term()) || type == DocumentType.ORDER && core.endsWith("命令");
    }

    /** The 文种 the title ends with, when it is another type's; its span, with this type's term as suggestion. */
    public static List<TextMatch> otherGenreAtEnd(String title, DocumentType type) {
        String core = core(title);
        for (DocumentType other : DocumentType.values()) {
            if (other != type && core.endsWith(other.term())) {
                int start = core.length() - other.term().length() + (title.length() - title.stripLeading().length());
                return List.of(TextMatch.of(title, start, start + other.term().length(), type.term()));
            }
        }
        return List.of();
    }

    public static List<TextMatch> endPunctuation(String title) {
        return Texts.trailing(title.stripTrailing(), SENTENCE_PUNCTUATION, "");
    }

    public static List<TextMatch> innerPunctuation(String title) {
        return Texts.find(INNER_PUNCTUATION, title, m -> "");
    }

    public static List<TextMatch> urgency(String title) {
        return Texts.find(URGENCY, title, m -> "");
    }

    public static List<TextMatch> stackedGenre(String title) {
        List<TextMatch> matches = new ArrayList<>();
        var matcher = STACKED.matcher(title);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                matches.add(TextMatch.of(title, matcher.start(1), matcher.end(1), null));
            } else {
                matches.add(TextMatch.of(title, matcher.start(3), matcher.end(3), ""));
            }
        }
        return matches;
    }

    /**
     * The non-文种 word the title ends with. 申请, 请求 and 汇报 are mistaken names of a 文种 and are replaced by
     * it; a 方案 or 办法 is itself the attachment of a 印发 通知, so the suggestion is the 印发 title.
     */
    public static List<TextMatch> notAGenre(String title, DocumentType type) {
        List<TextMatch> found = Texts.find(NOT_A_GENRE, core(title));
        if (found.isEmpty()) {
            return found;
        }
        TextMatch word = found.get(0);
        return switch (word.text()) {
            case "申请", "请求", "汇报" -> List.of(new TextMatch(word.start(), word.end(), word.text(), type.term()));
            default -> List.of(TextMatch.whole(title, asIssuingNotice(core(title))));
        };
    }

    /**
     * Every 关于 after the first, outside 《》. A forwarding title (转发, 批转) repeats the forwarded title's
     * 关于 by nature, so it is left alone.
     */
    public static List<TextMatch> repeatedAbout(String title) {
        if (title.contains("转发") || title.contains("批转")) {
            return List.of();
        }
        List<TextMatch> abouts = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && title.startsWith("关于", i)) {
                abouts.add(new TextMatch(i, i + 2, "关于", ""));
            }
        }
        return abouts.size() < 2 ? List.of() : abouts.subList(1, abouts.size());
    }

    /**
     * The insertion point for the 发文机关 when the title opens with 关于 and names none of the issuing organs.
     * Anything before 关于 is taken to be the organ or its standard short name.
     */
    public static List<TextMatch> missingOrgan(String title, String issuingOrgan) {
        String stripped = title.stripLeading();
        if (!stripped.startsWith("关于") || Texts.absent(issuingOrgan)) {
            return List.of();
        }
        for (String organ : Organs.split(issuingOrgan)) {
            if (title.contains(organ)) {
                return List.of();
            }
        }
        int at = title.length() - stripped.length();
        return List.of(new TextMatch(at, at, "", issuingOrgan.strip()));
    }

    /** 某局关于2027年工作方案 → 某局关于印发《2027年工作方案》的通知. */
    private static String asIssuingNotice(String core) {
        int about = core.indexOf("关于");
        String organ = about < 0 ? "" : core.substring(0, about);
        String name = about < 0 ? core : core.substring(about + 2);
        return organ + "关于印发《" + name + "》的通知";
    }
}
