package org.zhiban.knowledge;

import java.util.regex.Pattern;

/**
 * 个人信息脱敏: removes what identifies a person from a question before it leaves for a model: ID card numbers,
 * mobile and landline numbers, e-mail addresses, and the name after 我叫/申请人/投诉人/当事人 and the like.
 */
final class PersonalDataRedactor {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])|(?<!\\d)\\d{15}(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NAMED = Pattern.compile(
            "(我叫|我的名字是|本人|申请人|被申请人|投诉人|被投诉人|举报人|当事人|消费者|姓名[:：]?)\\s*([\\p{IsHan}]{2,4}?)(?=[，,。；;：:、\\s（(]|是|的|在|于|向|与|和|因|$)");

    private PersonalDataRedactor() {
    }

    static String redact(String text) {
        String out = ID_NUMBER.matcher(text).replaceAll("[身份证号]");
        out = MOBILE.matcher(out).replaceAll("[手机号]");
        out = LANDLINE.matcher(out).replaceAll("[电话]");
        out = EMAIL.matcher(out).replaceAll("[邮箱]");
        return NAMED.matcher(out).replaceAll("$1[姓名]");
    }
}
