package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 中标通知书 or 成交通知书: labelled lines (项目名称：…, 中标金额：…) or the usual prose ("某公司：……确定
 * 你单位为中标人，中标金额为人民币…"). The notice's date is the last date in it, unless a 发出日期 is labelled.
 */
final class AwardNoticeParser {

    private static final Pattern PROJECT = Pattern.compile("(?:采购)?项目名称\\s*[:：]\\s*([^\\n，,。；;]+)");
    private static final Pattern PROSE_PROJECT = Pattern.compile(
            "[“\"]([^”\"]{4,60}(?:项目|采购|工程)[^”\"]{0,10})[”\"]|参加的?([^，。,（(“\"]{4,60}?(?:项目|工程))");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:采购项目编号|项目编号|采购编号|招标编号|项目代码)\\s*[:：]\\s*([A-Za-z0-9〔〕\\[\\]\\-_—/．.]+)");
    private static final Pattern PURCHASER = Pattern.compile("(?:采购人|采购单位|招标人)(?:名称)?\\s*[:：]\\s*([^\\n，,。；;（(]+)");
    private static final Pattern SUPPLIER = Pattern.compile(
            "(?:中标（成交）供应商|中标\\(成交\\)供应商|中标供应商|成交供应商|中标人|成交人|中标单位|成交单位|供应商名称)(?:名称)?\\s*[:：]\\s*([^\\n，,。；;（(]+)");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\s*([^\\n：:]{4,40}(?:公司|中心|院|所|厂|社|合作社|事务所|集团))\\s*[:：]\\s*$",
            Pattern.MULTILINE);
    private static final Pattern AMOUNT = Pattern.compile("(?:中标（成交）金额|中标金额|成交金额|中标价格?|成交价格?|中标总价|成交总价)");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:服务期限?|工期|交货期|供货期|交付期限?|合同履行期限?|履约期限?|合同期限|建设周期|完成期限)");
    private static final Pattern ISSUED = Pattern.compile("(?:发出日期|发出时间|通知日期|日期)\\s*[:：]\\s*");

    private AwardNoticeParser() {
    }

    static AwardNotice parse(String text) {
        String t = text == null ? "" : text;
        String supplier = first(SUPPLIER, t);
        if (supplier == null) {
            supplier = first(ADDRESSEE, t);
        }
        String project = first(PROJECT, t);
        if (project == null) {
            Matcher prose = PROSE_PROJECT.matcher(t);
            if (prose.find()) {
                project = Line.strip(prose.group(1) != null ? prose.group(1) : prose.group(2));
            }
        }
        return new AwardNotice(project, first(NUMBER, t), first(PURCHASER, t), PartyLines.cleanName(supplier),
                amount(t), period(t), noticeDate(t), t);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Line.strip(m.group(1)) : null;
    }

    /** The 小写 after the label, else its 大写. */
    private static BigDecimal amount(String text) {
        Matcher label = AMOUNT.matcher(text);
        if (!label.find()) {
            return null;
        }
        String after = text.substring(label.end(), Math.min(text.length(), label.end() + 60));
        int stop = after.indexOf('\n');
        after = stop < 0 ? after : after.substring(0, stop);
        List<Amount> amounts = Amounts.find(after, offset -> null);
        return amounts.stream().filter(a -> a.form() == Amount.Form.FIGURES).findFirst()
                .or(() -> amounts.stream().findFirst()).map(Amount::value).orElse(null);
    }

    private static Period period(String text) {
        Matcher label = PERIOD.matcher(text);
        while (label.find()) {
            String after = text.substring(label.end(), Math.min(text.length(), label.end() + 30));
            List<Period> periods = Periods.find(after);
            if (!periods.isEmpty()) {
                return periods.get(0);
            }
        }
        return null;
    }

    private static LocalDate noticeDate(String text) {
        Matcher label = ISSUED.matcher(text);
        while (label.find()) {
            ContractDate date = Dates.first(text.substring(label.end(), Math.min(text.length(), label.end() + 20)), 0);
            if (date != null && label.group().startsWith("发出")) {
                return date.date();
            }
        }
        List<ContractDate> dates = Dates.find(text);
        return dates.isEmpty() ? null : dates.get(dates.size() - 1).date();
    }
}
