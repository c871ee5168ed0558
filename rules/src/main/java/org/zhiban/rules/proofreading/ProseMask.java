package org.zhiban.rules.proofreading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters of a text are prose the proofreader may flag. Only Han characters are; among them, those of a
 * 发文字号 (国办发〔2023〕12号), whose issuing-office abbreviation (机关代字) is a code and not a word, are not.
 * Nothing marks where the code starts in running text (根据国办发〔2023〕12号), so the four characters before the
 * bracket are left out, the length of the longest common codes (京政办发): at worst one word of prose goes
 * unchecked.
 */
final class ProseMask {

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[\\u4e00-\\u9fff]{1,4}[〔\\[［【(（]\\s*\\d{2,4}\\s*[〕\\]］】)）]\\s*第?\\d+号");

    private ProseMask() {
    }

    static boolean[] of(String text) {
        boolean[] prose = new boolean[text.length()];
        for (int i = 0; i < prose.length; i++) {
            prose[i] = CharCodes.isHan(text.charAt(i));
        }
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                prose[i] = false;
            }
        }
        return prose;
    }
}
