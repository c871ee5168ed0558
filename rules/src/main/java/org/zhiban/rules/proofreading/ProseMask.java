package org.zhiban.rules.proofreading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters of a text are prose the proofreader may flag. Only Han characters are, and of them not:
 * <ul>
 * <li>the issuing-office code (机关代字) of a 发文字号 (国办发〔2023〕12号), a code and not a word. Nothing marks where
 * the code starts in running text (根据国办发〔2023〕12号), so the four characters before the bracket are left out,
 * the length of the longest common codes (京政办发);</li>
 * <li>a place name before an administrative unit (榆中县, 钟山区, 寨子村): two characters before 省市县区镇乡村旗,
 * unless they make a lexicon word with it (城市, 农村, 地区 stay prose);</li>
 * <li>a person's name before a form of address (郦波教授, 黄建伟同志): up to three characters.</li>
 * </ul>
 * Names are where a character model goes wrong most: a rare name character always reads worse than a common one.
 */
final class ProseMask {

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[\\u4e00-\\u9fff]{1,4}[〔\\[［【(（]\\s*\\d{2,4}\\s*[〕\\]］】)）]\\s*第?\\d+号");
    private static final Pattern PLACE = Pattern.compile("(?=([\\u4e00-\\u9fff]{2})[省市县区镇乡村旗])");
    private static final Pattern PERSON =
            Pattern.compile("[\\u4e00-\\u9fff]{2,3}(?=教授|同志|先生|女士|院士|研究员|老师|书记|主任)");

    private ProseMask() {
    }

    static boolean[] of(String text, Lexicon lexicon) {
        boolean[] prose = new boolean[text.length()];
        for (int i = 0; i < prose.length; i++) {
            prose[i] = CharCodes.isHan(text.charAt(i));
        }
        clear(prose, DOCUMENT_NUMBER.matcher(text));
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            int start = place.start(1);
            if (!lexicon.isWord(text.substring(start + 1, start + 3)) && !lexicon.isWord(text.substring(start, start + 3))) {
                prose[start] = false;
                prose[start + 1] = false;
            }
        }
        clear(prose, PERSON.matcher(text));
        return prose;
    }

    private static void clear(boolean[] prose, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                prose[i] = false;
            }
        }
    }
}
