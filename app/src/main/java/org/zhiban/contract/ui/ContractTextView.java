package org.zhiban.contract.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.List;
import org.zhiban.contract.ContractReport;

/**
 * 原文对照: the contract as it was read, clause by clause, each finding's words marked where they stand. Built from
 * text nodes and {@code <mark>} elements only, never from HTML, so nothing in an upload can run in the page.
 */
class ContractTextView extends Div {

    ContractTextView(String text, ContractReport report) {
        setId("contract-text");
        addClassName("contract-text");
        getStyle().set("white-space", "pre-wrap").set("font-family", "FangSong, STFangsong, serif")
                .set("line-height", "1.8").set("max-height", "70vh").set("overflow", "auto")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-m)");
        List<ContractReport.ClauseView> top = report.clauses().stream().filter(c -> c.level() == 1)
                .sorted(Comparator.comparingInt(ContractReport.ClauseView::start)).toList();
        int at = 0;
        for (ContractReport.ClauseView c : top) {
            if (c.start() > at) {
                add(block(text, at, c.start(), null, report));
            }
            add(block(text, c.start(), Math.min(c.end(), text.length()), c.path(), report));
            at = Math.max(at, Math.min(c.end(), text.length()));
        }
        if (at < text.length()) {
            add(block(text, at, text.length(), null, report));
        }
    }

    private static Div block(String text, int start, int blockEnd, String path, ContractReport report) {
        int end = trimmedEnd(text, start, blockEnd);
        Div block = new Div();
        block.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        if (path != null) {
            block.setId("clause-" + start);
            block.getElement().setAttribute("data-clause", path);
        }
        List<ContractReport.FindingView> marks = report.findings().stream()
                .filter(f -> f.start() != null && f.start() < end && f.end() > start)
                .sorted(Comparator.comparingInt(ContractReport.FindingView::start)).toList();
        int at = start;
        for (ContractReport.FindingView f : marks) {
            int from = Math.max(f.start(), at);
            int to = Math.min(f.end(), end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                block.add(new Span(text.substring(at, from)));
            }
            Element mark = new Element("mark");
            mark.setText(text.substring(from, to));
            mark.setAttribute("title", f.ruleId() + "：" + f.message());
            mark.setAttribute("data-rule", f.ruleId());
            mark.getStyle().set("background", switch (f.severity()) {
                case "high" -> "rgba(255, 80, 80, 0.35)";
                case "medium" -> "rgba(255, 180, 0, 0.35)";
                default -> "rgba(80, 160, 255, 0.25)";
            });
            block.getElement().appendChild(mark);
            at = to;
        }
        if (at < end) {
            block.add(new Span(text.substring(at, end)));
        }
        return block;
    }

    /** Without the blank lines that close a block: the blocks' margins space the clauses already. */
    private static int trimmedEnd(String text, int start, int end) {
        int at = end;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** The element id of the clause holding an offset, for scrolling to a finding. */
    static String clauseId(ContractReport report, Integer offset) {
        if (offset == null) {
            return null;
        }
        return report.clauses().stream().filter(c -> c.level() == 1 && c.start() <= offset && offset < c.end())
                .findFirst().map(c -> "clause-" + c.start()).orElse(null);
    }
}
