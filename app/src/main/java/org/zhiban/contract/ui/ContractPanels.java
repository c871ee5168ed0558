package org.zhiban.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.ui.CasePanel;
import org.zhiban.contract.ContractCaseReports;
import org.zhiban.contract.ContractDecisions;
import org.zhiban.contract.ContractHistory;
import org.zhiban.contract.ContractIntake;
import org.zhiban.contract.ContractLabels;
import org.zhiban.contract.ContractReport;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Notifications;

/**
 * The 合同审查 section of the case view — risk, score, the findings beside the original text, the exports — and in
 * the task dialogs what each step needs: in 会审 采纳/不采纳 for every finding, in 修改合同 the revised file.
 */
@org.springframework.stereotype.Component
class ContractPanels implements CasePanel {

    private static final String CASE_TYPE = "contract";

    private final ContractCaseReports reports;
    private final ContractDecisions decisions;
    private final ContractHistory history;
    private final ContractIntake intake;
    private final CaseFiles caseFiles;

    ContractPanels(ContractCaseReports reports, ContractDecisions decisions, ContractHistory history,
                   ContractIntake intake, CaseFiles caseFiles) {
        this.reports = reports;
        this.decisions = decisions;
        this.history = history;
        this.intake = intake;
        this.caseFiles = caseFiles;
    }

    @Override
    public Optional<Component> forCase(ZhibanUser user, String caseId) {
        if (!isContract(caseId)) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("contract-panel");
        ContractReport report;
        try {
            report = reports.report(user, caseId);
        } catch (org.zhiban.shared.Refusal notYet) {
            box.add(new H3("合同审查"), new Paragraph(Notifications.describe(notYet)));
            return Optional.of(box);
        }
        box.add(new H3("合同审查"), summary(report), exports(user, caseId));
        FlexLayout beside = new FlexLayout();
        beside.setWidthFull();
        beside.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        ContractTextView text = new ContractTextView(reports.text(user, caseId), report);
        text.getStyle().set("flex", "3 1 28rem");
        Div findings = findingList(user, caseId, report, null);
        findings.getStyle().set("flex", "2 1 20rem").set("max-height", "70vh").set("overflow", "auto");
        beside.add(text, findings);
        box.add(beside);
        return Optional.of(box);
    }

    @Override
    public Optional<Component> forTask(ZhibanUser user, String caseId, String activityId,
                                       BiConsumer<String, String> fill) {
        if (!isContract(caseId)) {
            return Optional.empty();
        }
        if ("jointReview".equals(activityId)) {
            return decisions.reviewTask(user, caseId).map(task -> {
                String part = decisions.partOf(task);
                ContractReport report = reports.report(user, caseId);
                Div box = new Div(new Paragraph("您代表" + ContractLabels.part(part) + "会审：请逐项选择“采纳”或“不采纳”"
                        + "（不采纳须说明理由），全部处理后再点“会审同意”；也可“退回修改”。"), summary(report));
                box.setId("contract-review-task");
                box.add(findingList(user, caseId, report, part));
                return box;
            });
        }
        if ("revise".equals(activityId)) {
            Div box = new Div(new Paragraph("请上传修改后的合同（可同时上传中标通知书），再点“重新提交审查”。同一文件再次上传会被识别，不会重复审查。"));
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
                if (Notifications.attempt(() -> {
                    ContractIntake.Revised revised = intake.revise(user, caseId, meta.fileName(), data, null, null);
                    Notifications.success(revised.unchanged() ? "文件与上次相同，未作改动：" + meta.fileName()
                            : "已收到修改后的合同：" + meta.fileName());
                })) {
                    box.getElement().setAttribute("data-uploaded", meta.fileName());
                }
            })));
            upload.setId("contract-revise-upload");
            upload.setMaxFiles(1);
            box.add(upload);
            return Optional.of(box);
        }
        return Optional.empty();
    }

    private static Paragraph summary(ContractReport r) {
        Paragraph p = new Paragraph("风险等级：" + r.levelLabel() + "　合规评分：" + r.score() + "（100 − 20×高 − 8×中 − 2×低）"
                + "　审查方式：" + r.methodNote() + "　文件：" + r.fileName());
        p.setId("contract-summary");
        return p;
    }

    private HorizontalLayout exports(ZhibanUser user, String caseId) {
        HorizontalLayout row = new HorizontalLayout();
        for (ContractCaseReports.Format f : ContractCaseReports.Format.values()) {
            StreamResource resource = new StreamResource("合同审查报告-" + caseId + "." + f.extension,
                    () -> new ByteArrayInputStream(reports.render(reports.report(user, caseId), f)));
            resource.setContentType(f.mediaType);
            Anchor a = new Anchor(resource, "导出 " + f.extension.toUpperCase());
            a.getElement().setAttribute("download", true);
            row.add(a);
        }
        return row;
    }

    /** Findings grouped by severity; with {@code part}, each with the reviewer's 采纳/不采纳 controls. */
    private Div findingList(ZhibanUser user, String caseId, ContractReport report, String part) {
        Div list = new Div();
        list.setId(part == null ? "contract-findings" : "contract-decisions");
        if (report.findings().isEmpty()) {
            list.add(new Paragraph("未发现问题。"));
        }
        for (String severity : List.of("high", "medium", "low")) {
            List<ContractReport.FindingView> group = report.findings().stream()
                    .filter(f -> severity.equals(f.severity())).toList();
            if (group.isEmpty()) {
                continue;
            }
            list.add(new H4(ContractLabels.level(severity) + "风险（" + group.size() + "）"));
            for (ContractReport.FindingView f : group) {
                FindingCard card = new FindingCard(f);
                HorizontalLayout tools = new HorizontalLayout();
                String clause = ContractTextView.clauseId(report, f.start());
                if (clause != null && part == null) {
                    tools.add(new Button("定位原文", e -> UI.getCurrent().getPage().executeJs(
                            "document.getElementById($0)?.scrollIntoView({behavior:'smooth',block:'center'})", clause)));
                }
                if (f.id() != null) {
                    tools.add(new Button("相似案例", e -> similar(user, caseId, f)));
                }
                card.add(tools);
                if (part != null && f.id() != null) {
                    card.add(decisionControls(user, caseId, f, part));
                }
                list.add(card);
            }
        }
        return list;
    }

    private Component decisionControls(ZhibanUser user, String caseId, ContractReport.FindingView f, String part) {
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setItems("accept", "override");
        choice.setItemLabelGenerator(ContractLabels::decision);
        f.decisions().stream().filter(d -> part.equals(d.part())).reduce((a, b) -> b)
                .ifPresent(d -> choice.setValue(d.decision()));
        TextField opinion = new TextField();
        opinion.setPlaceholder("意见（不采纳须填写理由）");
        opinion.setWidthFull();
        Button save = new Button("保存", e -> {
            if (Notifications.attempt(() -> decisions.decide(user, caseId, f.id(), choice.getValue(), opinion.getValue()))) {
                Notifications.success(f.ruleId() + "：已" + ContractLabels.decision(choice.getValue()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(choice, opinion, save);
        row.setWidthFull();
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.addClassName("contract-decision");
        row.getElement().setAttribute("data-finding", f.id());
        return row;
    }

    private void similar(ZhibanUser user, String caseId, ContractReport.FindingView f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("相似案例：" + f.ruleId());
        List<ContractHistory.Precedent> precedents = history.similar(user, caseId, f.id(), 5);
        if (precedents.isEmpty()) {
            dialog.add(new Paragraph("历史合同中尚无相似的审查意见。"));
        }
        for (ContractHistory.Precedent p : precedents) {
            Div item = new Div(new Paragraph(p.caseId() + "《" + (p.title() == null ? "" : p.title()) + "》 相似度 "
                    + Math.round(p.similarity() * 100) + "% · " + p.resolution()),
                    new Paragraph("原文：“" + (p.excerpt() == null ? "" : p.excerpt()) + "”"));
            p.decisions().forEach(d -> item.add(new Paragraph(d)));
            item.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            dialog.add(item);
        }
        dialog.getFooter().add(new Button("关闭", e -> dialog.close()));
        dialog.setWidth("48rem");
        dialog.open();
    }

    private boolean isContract(String caseId) {
        return caseFiles.find(caseId).map(f -> CASE_TYPE.equals(f.caseType())).orElse(false);
    }
}
