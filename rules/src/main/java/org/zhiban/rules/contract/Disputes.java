package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 争议解决 — reads the clause headed 争议/纠纷 (or, without one, the sentences about 仲裁 and 诉讼) for the
 * methods it provides and the institution or court it names.
 */
final class Disputes {

    private static final Pattern HEADING = Pattern.compile("争议|纠纷|争端");
    private static final Pattern ARBITRATION = Pattern.compile("仲裁(?!法)");
    private static final Pattern LITIGATION = Pattern.compile(
            "起诉|提起诉讼|诉讼解决|通过诉讼|诉讼方式|以诉讼|人民法院[^，,。；;]{0,6}(?:管辖|起诉|诉讼|解决)|向[^，,。；;]{0,20}法院[^，,。；;]{0,4}(?:起诉|提起|诉讼)");
    private static final Pattern NEGOTIATION = Pattern.compile("协商|调解|友好");
    private static final Pattern INSTITUTION = Pattern.compile("仲裁委员会|仲裁院|仲裁中心");
    private static final Pattern COURT = Pattern.compile("人民法院");
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?:委员会|法院|向|提交|提请|交由|由|递交|选择|或者|或|至|到|将|均可|可以|可|应当|应|请求|申请)");

    private Disputes() {
    }

    static DisputeResolution read(String text, List<Clause> clauses, List<Sentence> sentences, int bodyStart) {
        int start = -1;
        int end = -1;
        String clause = null;
        for (Clause c : clauses) {
            if (c.heading() != null && HEADING.matcher(c.heading()).find()) {
                start = c.start();
                end = c.end();
                clause = c.path();
                break;
            }
        }
        if (start < 0) {
            for (Sentence s : sentences) {
                String t = s.text();
                if (s.start() >= bodyStart && (ARBITRATION.matcher(t).find() || LITIGATION.matcher(t).find()
                        || HEADING.matcher(t).find() && NEGOTIATION.matcher(t).find())) {
                    if (start < 0) {
                        start = s.start();
                        clause = s.clause();
                    }
                    end = s.end();
                }
            }
        }
        if (start < 0) {
            return null;
        }
        String part = text.substring(start, end);
        List<String> institutions = names(part, INSTITUTION);
        List<String> courts = names(part, COURT);
        return new DisputeResolution(ARBITRATION.matcher(part).find(), LITIGATION.matcher(part).find(),
                NEGOTIATION.matcher(part).find(), institutions, courts.isEmpty() ? null : courts.get(0), part, start,
                end, clause);
    }

    /** The names ending in the suffix: the Han characters before it, from the last verb or conjunction on. */
    private static List<String> names(String text, Pattern suffix) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = suffix.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && from > m.start() - 20 && isNameChar(text.charAt(from - 1))) {
                from--;
            }
            String before = text.substring(from, m.start());
            Matcher b = BOUNDARY.matcher(before);
            int cut = 0;
            while (b.find()) {
                cut = b.end();
            }
            names.add(before.substring(cut) + m.group());
        }
        return new ArrayList<>(names);
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '（' || c == '）';
    }

    /** Whether an institution is named, not described ("仲裁机构", "当地仲裁委员会", "甲方所在地仲裁委员会"). */
    static boolean named(String institution) {
        String place = institution.replaceAll("(仲裁委员会|仲裁院|仲裁中心)$", "");
        return place.length() >= 2 && !place.matches(".*(所在地|当地|有关|相关|有管辖权的?|认可的|约定的|选定的|任何|其他|某一|一方|仲裁|合同签订地|履行地)的?$");
    }
}
