package org.zhiban.rules.proofreading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters of a text are prose the proofreader may flag. Only Han characters are; among them, those of a
 * 发文字号 (国办发〔2023〕12号), whose issuing-office abbreviation is a code and not a word, are not.
 */
final class ProseMask {

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[\\u4e00-\\u9fff]{1,12}[〔\\[［【(（]\\s*\\d{2,4}\\s*[〕\\]］】)）]\\s*第?\\d+号");

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
