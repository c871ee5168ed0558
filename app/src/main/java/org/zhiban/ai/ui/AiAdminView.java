package org.zhiban.ai.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.zhiban.ai.AiCall;
import org.zhiban.ai.AiCallLog;
import org.zhiban.ai.AiTask;
import org.zhiban.ai.ModelHealth;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;

/**
 * 模型管理 (系统管理员): the configured models with their state, and the recent AI calls — task, model or why none,
 * latency, tokens, outcome — with the prompt as it was logged (personal data redacted). Models are configured in
 * {@code zhiban.ai.models.*}; this page shows them, it does not edit them.
 */
@Route("admin/ai")
@Menu(order = 9, icon = "vaadin:lightbulb", title = "nav.ai.admin")
@RolesAllowed(Role.Names.SYSADMIN)
public class AiAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT = 100;

    private final ModelHealth health;
    private final AiCallLog calls;
    final Grid<ModelHealth.Status> models = new Grid<>();
    final Grid<AiCall> recent = new Grid<>();

    public AiAdminView(ModelHealth health, AiCallLog calls) {
        this.health = health;
        this.calls = calls;
        models.setId("ai-models");
        models.addColumn(ModelHealth.Status::name).setHeader(getTranslation("ai.admin.name")).setAutoWidth(true);
        models.addColumn(ModelHealth.Status::model).setHeader(getTranslation("ai.admin.model")).setAutoWidth(true);
        models.addColumn(ModelHealth.Status::baseUrl).setHeader(getTranslation("ai.admin.baseUrl")).setFlexGrow(2);
        models.addColumn(s -> getTranslation(s.local() ? "ai.admin.local" : "ai.admin.external"))
                .setHeader(getTranslation("ai.admin.where")).setAutoWidth(true);
        models.addColumn(s -> s.isDefault() ? "✓" : "").setHeader(getTranslation("ai.admin.default")).setAutoWidth(true);
        models.addComponentColumn(s -> badge(getTranslation("ai.admin.breaker." + s.breaker()),
                "CLOSED".equals(s.breaker()) ? "success" : "error")).setHeader(getTranslation("ai.admin.breaker")).setAutoWidth(true);
        models.addComponentColumn(s -> s.reachable() == null ? new Span("—")
                        : badge(getTranslation(s.reachable() ? "ai.admin.reachable" : "ai.admin.unreachable"),
                        s.reachable() ? "success" : "error"))
                .setHeader(getTranslation("ai.admin.health")).setAutoWidth(true);
        models.setAllRowsVisible(true);

        recent.setId("ai-calls");
        recent.addColumn(c -> Formats.dateTime(c.calledAt())).setHeader(getTranslation("ai.admin.time")).setAutoWidth(true);
        recent.addColumn(c -> AiTask.byId(c.task()).map(AiTask::label).orElse(c.task()))
                .setHeader(getTranslation("ai.admin.task")).setAutoWidth(true);
        recent.addColumn(c -> c.model() == null ? "—" : c.model()).setHeader(getTranslation("ai.admin.model")).setAutoWidth(true);
        recent.addColumn(AiCall::routing).setHeader(getTranslation("ai.admin.routing")).setFlexGrow(2)
                .setTooltipGenerator(AiCall::routing);
        recent.addComponentColumn(c -> badge(getTranslation("ai.admin.outcome." + c.outcome()),
                "ok".equals(c.outcome()) ? "success" : "no-model".equals(c.outcome()) ? "contrast" : "error"))
                .setHeader(getTranslation("ai.admin.outcome")).setAutoWidth(true);
        recent.addColumn(c -> c.latencyMs() + " ms").setHeader(getTranslation("ai.admin.latency")).setAutoWidth(true);
        recent.addColumn(c -> c.promptTokens() + " / " + c.completionTokens()).setHeader(getTranslation("ai.admin.tokens")).setAutoWidth(true);
        recent.addColumn(AiCall::redactions).setHeader(getTranslation("ai.admin.redactions")).setAutoWidth(true);
        recent.addColumn(c -> c.caseId() == null ? "" : c.caseId()).setHeader(getTranslation("ai.admin.case")).setAutoWidth(true);
        recent.addItemClickListener(e -> showPrompt(e.getItem()));

        Button probe = new Button(getTranslation("ai.admin.probe"), e -> models.setItems(health.statuses(true)));
        probe.setId("ai-probe");
        Button refresh = new Button(getTranslation("ai.admin.refresh"), e -> refresh());
        add(new H2(getTranslation("ai.admin.title")), new H3(getTranslation("ai.admin.models")));
        add(health.statuses(false).isEmpty() ? new Paragraph(getTranslation("ai.admin.none")) : models);
        add(new HorizontalLayout(probe, refresh), new H3(getTranslation("ai.admin.calls")), recent);
        refresh();
    }

    private void refresh() {
        models.setItems(health.statuses(false));
        recent.setItems(calls.recent(RECENT));
    }

    private void showPrompt(AiCall call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ai.admin.prompt", call.prompt()));
        dialog.setWidth("min(60rem, 95vw)");
        Pre text = new Pre(call.redactedPrompt() == null ? getTranslation("ai.admin.notSent") : call.redactedPrompt());
        text.getStyle().set("white-space", "pre-wrap");
        text.setId("ai-call-prompt");
        dialog.add(new Paragraph(call.routing() + (call.error() == null ? "" : " · " + call.error())), text);
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ai.admin.title") + " · " + getTranslation("app.name");
    }
}
