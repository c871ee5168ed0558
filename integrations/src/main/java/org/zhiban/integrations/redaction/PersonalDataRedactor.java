package org.zhiban.integrations.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 个人信息脱敏 before a prompt leaves for a model outside the network: 身份证号 (checksum and birth date checked),
 * mobile and landline numbers, bank cards (Luhn), e-mail, the 统一社会信用代码 of 个体工商户 (they name a person;
 * optional), licence plates, street addresses, and person names (HanLP's name recognition plus 我叫/投诉人/当事人...).
 * Numbers that only look alike — article numbers, amounts, dates, case numbers, an enterprise's credit code — stay.
 */
public final class PersonalDataRedactor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![\\d-])(\\d{4}(?:[ -]?\\d{4}){3}(?:[ -]?\\d{1,3})?)(?![\\d-])");
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d+])((?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\d-])((?:[(（]0\\d{2,3}[)）]|0\\d{2,3}-)\\d{7,8}(?:-\\d{1,4})?)(?![\\d-])");
    private static final Pattern PLATE = Pattern.compile("(?<![A-Za-z0-9])([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警])(?![A-Za-z0-9])");
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "((?:[\\p{IsHan}]{1,8}?(?:省|自治区|市|区|县|旗|镇|乡|街道))*[\\p{IsHan}\\d]{1,12}?(?:路|街|大道|大街|巷|弄|胡同|村|道)"
                    + "\\d{1,5}(?:-\\d{1,5})?号(?:[\\p{IsHan}]{0,8}?\\d{1,5}(?:号楼|栋|幢|单元|层|楼|室|号)){0,4})");
    private static final Pattern ESTATE_ADDRESS = Pattern.compile(
            "((?:[\\p{IsHan}]{1,8}?(?:省|自治区|市|区|县|镇|街道))*[\\p{IsHan}]{2,10}?(?:小区|花园|公寓|大厦|新村|家园|苑)"
                    + "\\d{1,4}(?:号楼|栋|幢)(?:\\d{1,2}单元)?(?:\\d{1,5}室?)?)");
    /** Words that lead into an address but are not part of it: 家住〔地址1〕, not 〔地址1〕 swallowing 家住. */
    private static final Pattern ADDRESS_LEAD = Pattern.compile("^(?:家住|住在|住址|居住在|居住于|现住|位于|地址|地处|在|住|于)[:：]?");
    private static final Pattern NAMED = Pattern.compile(
            "(?:我叫|我的名字是|本人|申请人|被申请人|投诉人|被投诉人|举报人|当事人|消费者|联系人|来电人|法定代表人|姓名[:：]?)\\s*"
                    + "([\\p{IsHan}]{2,4}?)(?=[，,。；;：:、\\s（(]|是|的|在|于|向|与|和|因|称|反映|投诉|举报|先生|女士|$)");

    /**
     * HanLP also tags fragments such as 京市监 as names; a recognised name must begin with one of the common
     * surnames (the first ~300 of 百家姓 by population cover nearly everyone) or a two-character one.
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    private static final java.util.Set<String> COMPOUND_SURNAMES = java.util.Set.of("欧阳", "司马", "上官", "诸葛",
            "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "西门");

    private final boolean individualBusinessCodes;
    private final Segment names;

    /** @param individualBusinessCodes whether 个体工商户 credit codes (starting 92) count as personal data */
    public PersonalDataRedactor(boolean individualBusinessCodes) {
        this.individualBusinessCodes = individualBusinessCodes;
        this.names = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false).enableOffset(true);
    }

    /** Redacts the texts together: a value in two of them gets the same placeholder in both. */
    public Redaction redact(List<String> texts) {
        Map<String, String> placeholderByValue = new HashMap<>();
        Map<String, String> originals = new LinkedHashMap<>();
        Map<PersonalDataKind, Integer> counters = new EnumMap<>(PersonalDataKind.class);
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                out.add(text);
                continue;
            }
            StringBuilder redacted = new StringBuilder(text.length());
            int at = 0;
            for (Span s : find(text)) {
                String key = s.kind + "\u0000" + s.value;
                String placeholder = placeholderByValue.computeIfAbsent(key, k -> {
                    int n = counters.merge(s.kind, 1, Integer::sum);
                    return "〔" + s.kind.label() + n + "〕";
                });
                originals.putIfAbsent(placeholder, s.value);
                redacted.append(text, at, s.start).append(placeholder);
                at = s.end;
            }
            out.add(redacted.append(text, at, text.length()).toString());
        }
        return new Redaction(out, originals);
    }

    public Redaction redact(String text) {
        return redact(List.of(text));
    }

    /** The personal data found, in text order, no two overlapping: earlier kinds claim their characters first. */
    List<Span> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Span> spans = new ArrayList<>();
        claim(spans, taken, text, EMAIL, PersonalDataKind.EMAIL, v -> true);
        claim(spans, taken, text, ID_NUMBER, PersonalDataKind.ID_NUMBER,
                v -> Checksums.idNumber18(v) || Checksums.idNumber15(v));
        claim(spans, taken, text, BANK_CARD, PersonalDataKind.BANK_CARD, v -> {
            String digits = v.replaceAll("[ -]", "");
            return digits.length() >= 16 && digits.length() <= 19 && Checksums.luhn(digits);
        });
        if (individualBusinessCodes) {
            claim(spans, taken, text, CREDIT_CODE, PersonalDataKind.CREDIT_CODE,
                    v -> v.startsWith("92") && Checksums.creditCode(v));
        }
        claim(spans, taken, text, MOBILE, PersonalDataKind.MOBILE, v -> true);
        claim(spans, taken, text, LANDLINE, PersonalDataKind.LANDLINE, v -> true);
        claim(spans, taken, text, PLATE, PersonalDataKind.LICENCE_PLATE, v -> true);
        claimAddresses(spans, taken, text, STREET_ADDRESS);
        claimAddresses(spans, taken, text, ESTATE_ADDRESS);
        claim(spans, taken, text, NAMED, PersonalDataKind.PERSON_NAME, v -> true);
        claimRecognisedNames(spans, taken, text);
        spans.sort((a, b) -> Integer.compare(a.start, b.start));
        return spans;
    }

    private static void claim(List<Span> spans, boolean[] taken, String text, Pattern pattern, PersonalDataKind kind,
                              java.util.function.Predicate<String> valid) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int group = m.groupCount() >= 1 ? 1 : 0;
            int start = m.start(group);
            int end = m.end(group);
            if (free(taken, start, end) && valid.test(m.group(group))) {
                take(spans, taken, new Span(start, end, kind, m.group(group)));
            }
        }
    }

    private static void claimAddresses(List<Span> spans, boolean[] taken, String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            Matcher lead = ADDRESS_LEAD.matcher(m.group(1));
            if (lead.find()) {
                start += lead.end();
            }
            int end = m.end(1);
            if (end - start >= 4 && free(taken, start, end)) {
                take(spans, taken, new Span(start, end, PersonalDataKind.ADDRESS, text.substring(start, end)));
            }
        }
    }

    /** HanLP's person-name recognition ({@code nr}), two to four Han characters, where nothing else claimed them. */
    private void claimRecognisedNames(List<Span> spans, boolean[] taken, String text) {
        for (Term t : names.seg(text)) {
            String word = t.word;
            if (t.nature != null && "nr".equals(t.nature.toString()) && word.length() >= 2 && word.length() <= 4
                    && (SURNAMES.indexOf(word.charAt(0)) >= 0 || COMPOUND_SURNAMES.contains(word.substring(0, 2)))
                    && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && t.offset >= 0 && free(taken, t.offset, t.offset + word.length())) {
                take(spans, taken, new Span(t.offset, t.offset + word.length(), PersonalDataKind.PERSON_NAME, word));
            }
        }
        // A name recognised once is that person everywhere in the text, even where HanLP's context did not see it.
        for (Span known : List.copyOf(spans)) {
            if (known.kind != PersonalDataKind.PERSON_NAME) {
                continue;
            }
            for (int i = text.indexOf(known.value); i >= 0; i = text.indexOf(known.value, i + 1)) {
                if (free(taken, i, i + known.value.length())) {
                    take(spans, taken, new Span(i, i + known.value.length(), PersonalDataKind.PERSON_NAME, known.value));
                }
            }
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(List<Span> spans, boolean[] taken, Span s) {
        for (int i = s.start; i < s.end; i++) {
            taken[i] = true;
        }
        spans.add(s);
    }

    record Span(int start, int end, PersonalDataKind kind, String value) {
    }
}
