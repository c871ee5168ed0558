package org.zhiban.ai.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.zhiban.ai.AiCall;
import org.zhiban.ai.AiCallLog;
import org.zhiban.ai.AiSuggestion;
import org.zhiban.ai.AiSuggestions;
import org.zhiban.ai.AiTask;
import org.zhiban.cases.ui.CasePanel;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Formats;

/**
 * AI+人工 in the case views: per AI step what was suggested (by which model, or by rules without one, and why),
 * and what the officer did with it; in the 办理 dialog the open suggestion beside the inputs, adoptable into its
 * field. A suggestion for a field the user may not see is not shown to them either.
 */
@org.springframework.stereotype.Component
class AiSuggestionPanels implements CasePanel {

    private final AiSuggestions suggestions;
    private final AiCallLog calls;
    private final Directory directory;
    private final I18NProvider i18n;

    AiSuggestionPanels(AiSuggestions suggestions, AiCallLog calls, Directory directory, I18NProvider i18n) {
        this.suggestions = suggestions;
        this.calls = calls;
        this.directory = directory;
        this.i18n = i18n;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forCase(ZhibanUser user, String caseId) {
        List<AiSuggestion> shown = suggestions.visibleTo(user, caseId);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> routing = calls.forCase(caseId).stream()
                .collect(Collectors.toMap(AiCall::id, AiCall::routing, (a, b) -> a));
        Div box = new Div(new H3(t("ai.panel.title")));
        box.setId("case-ai-suggestions");
        for (AiSuggestion s : shown) {
            Div item = suggestion(s, routing);
            item.add(decision(s));
            box.add(item);
        }
        return Optional.of(box);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forTask(ZhibanUser user, String caseId, String activityId,
                                                                 BiConsumer<String, String> fill) {
        List<AiSuggestion> open = suggestions.visibleTo(user, caseId).stream().filter(AiSuggestion::open).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div(new H4(t("ai.panel.task")));
        box.setId("task-ai-suggestions");
        box.addClassName("ai-suggestions");
        for (AiSuggestion s : open) {
            Div item = suggestion(s, Map.of());
            Button adopt = new Button(t("ai.panel.adopt", t("field." + s.field())), e -> fill.accept(s.field(), s.content()));
            adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
            adopt.setId("ai-adopt-" + s.field());
            item.add(adopt, new Paragraph(t("ai.panel.hint")));
            box.add(item);
        }
        return Optional.of(box);
    }

    private Div suggestion(AiSuggestion s, Map<String, String> routing) {
        String task = AiTask.byId(s.task()).map(AiTask::label).orElse(s.task());
        Span source = new Span(s.fallback() ? t("ai.panel.source.none", s.notice()) : t("ai.panel.source.model", s.model()));
        source.getElement().getThemeList().add("badge " + (s.fallback() ? "contrast" : "success"));
        source.addClassName("ai-source");
        Paragraph head = new Paragraph(new Span(task + "（" + t("field." + s.field()) + "）　"), source,
                new Span("　" + t("ai.panel.prompt", s.prompt()) + "　" + Formats.dateTime(s.createdAt())));
        Div item = new Div(head);
        item.addClassName("ai-suggestion");
        if (s.callId() != null && routing.containsKey(s.callId())) {
            item.add(new Paragraph(t("ai.panel.routing", routing.get(s.callId()))));
        }
        Pre content = new Pre(s.content());
        content.getStyle().set("white-space", "pre-wrap");
        content.addClassName("ai-content");
        item.add(content);
        if (s.unresolvedCitations() > 0) {
            Span warning = new Span(t("ai.panel.unresolved", s.unresolvedCitations()));
            warning.getElement().getThemeList().add("badge error");
            item.add(warning);
        }
        return item;
    }

    private com.vaadin.flow.component.Component decision(AiSuggestion s) {
        if (s.open()) {
            Span open = new Span(t("ai.panel.open"));
            open.getElement().getThemeList().add("badge");
            return open;
        }
        Div box = new Div(new Paragraph(t("ai.panel.decision." + s.decision(), directory.displayName(s.decidedBy()),
                Formats.dateTime(s.decidedAt()))));
        box.addClassName("ai-decision");
        if (s.diff() != null && !s.diff().isBlank()) {
            Div diff = new Div();
            diff.addClassName("ai-diff");
            for (String line : s.diff().lines().toList()) {
                Span l = new Span(line.startsWith("+") ? "＋ " + line.substring(1) : "－ " + line.substring(1));
                l.getStyle().set("display", "block")
                        .set("color", line.startsWith("+") ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                diff.add(l);
            }
            box.add(diff);
        }
        return box;
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, com.vaadin.flow.component.UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale(), args);
    }
}
