package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 分项报价 — the lines of a clause headed 清单/明细/分项/报价/价格构成, each line's last amount taken as its line
 * total; a line with 合计/总计/总价 is the table's own total.
 *
 * @param items      how many item lines were read
 * @param sum        their line totals added up
 * @param tableTotal the 合计 line's amount, or {@code null}
 */
public record LineItemTable(int items, BigDecimal sum, BigDecimal tableTotal, Excerpt excerpt) {

    private static final Pattern HEADING = Pattern.compile("清单|明细|分项|报价表|价格构成|费用构成");
    private static final Pattern TOTAL_LINE = Pattern.compile("合计|总计|总价|共计");

    static List<LineItemTable> of(ParsedContract contract) {
        List<LineItemTable> tables = new ArrayList<>();
        for (Clause clause : contract.clauses()) {
            if (clause.heading() == null || !HEADING.matcher(clause.heading()).find()) {
                continue;
            }
            int items = 0;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tableTotal = null;
            for (Line line : Line.of(clause.text())) {
                int from = clause.start() + line.start();
                int to = clause.start() + line.end();
                Amount last = null;
                for (Amount a : contract.amounts()) {
                    boolean partner = contract.amountPairs().stream().anyMatch(p -> p.capitals() == a);
                    if (a.start() >= from && a.end() <= to && !partner) {
                        last = a;
                    }
                }
                if (last == null) {
                    continue;
                }
                if (TOTAL_LINE.matcher(line.text()).find()) {
                    tableTotal = last.value();
                } else {
                    items++;
                    sum = sum.add(last.value());
                }
            }
            if (items >= 2) {
                tables.add(new LineItemTable(items, sum, tableTotal,
                        new Excerpt(clause.start(), clause.end(), clause.text(), null)));
            }
        }
        return tables;
    }
}
