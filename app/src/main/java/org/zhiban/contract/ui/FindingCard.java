package org.zhiban.contract.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.zhiban.contract.ContractLabels;
import org.zhiban.contract.ContractReport;
import org.zhiban.shared.ui.Formats;

/** One finding as a reviewer reads it: severity, clause, what is wrong, the words, the suggested wording, the article. */
class FindingCard extends Div {

    FindingCard(ContractReport.FindingView f) {
        addClassName("contract-finding");
        getElement().setAttribute("data-rule", f.ruleId());
        getStyle().set("border-left", "4px solid " + switch (f.severity()) {
            case "high" -> "var(--lumo-error-color)";
            case "medium" -> "#e8a200";
            default -> "var(--lumo-primary-color)";
        }).set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)");
        Span severity = new Span(ContractLabels.level(f.severity()) + "风险");
        severity.getElement().getThemeList().add("badge " + switch (f.severity()) {
            case "high" -> "error";
            case "medium" -> "contrast";
            default -> "";
        });
        Span source = new Span("model".equals(f.source()) ? "模型意见" : "规则");
        source.getElement().getThemeList().add("badge " + ("model".equals(f.source()) ? "success" : "contrast"));
        Div head = new Div(severity, new Span(" "), source, new Span(" " + f.ruleId()
                + (f.clause() == null ? "" : " · " + f.clause())));
        add(head, new Paragraph(f.message()));
        if (f.excerpt() != null) {
            Paragraph excerpt = new Paragraph("原文：“" + f.excerpt() + "”");
            excerpt.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(excerpt);
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            add(new Paragraph("建议修改：" + f.suggestion()));
        }
        if (f.citation() != null) {
            Div basis = new Div(new Span("依据："));
            ContractReport.CitationRef ref = f.citationRef();
            if (ref != null && ref.verified() && ref.link() != null) {
                Anchor link = new Anchor(ref.link(), f.citation());
                link.setTarget("_blank");
                basis.add(link);
            } else {
                basis.add(new Span(f.citation() + ("model".equals(f.source()) || ref == null || !ref.verified()
                        ? "（知识库未能核实）" : "")));
            }
            add(basis);
        }
        for (ContractReport.DecisionView d : f.decisions()) {
            Paragraph line = new Paragraph(ContractLabels.part(d.part()) + " " + (d.userName() == null ? d.userId()
                    : d.userName()) + " " + ContractLabels.decision(d.decision()) + (d.opinion() == null ? ""
                    : "：" + d.opinion()) + "（" + Formats.dateTime(d.at()) + "）");
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(line);
        }
    }
}
