package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.zhiban.knowledge.PolicyAnswer;
import org.zhiban.knowledge.PolicyQuestions;
import org.zhiban.shared.ui.Notifications;

/** 政策问答: a question answered from the retrieved articles, with every citation of the answer checked (✓/✗). */
@Route("knowledge/ask")
@Menu(order = 6, icon = "vaadin:question-circle", title = "nav.kb.ask")
@PermitAll
public class PolicyAskView extends VerticalLayout implements HasDynamicTitle {

    /** The classifications offered; the value is what the service receives. */
    private static final List<String> CLASSIFICATIONS = List.of("public", "internal", "secret");

    private final PolicyQuestions questions;
    final TextArea question = new TextArea();
    final RadioButtonGroup<String> classification = new RadioButtonGroup<>();
    final VerticalLayout answer = new VerticalLayout();

    public PolicyAskView(PolicyQuestions questions) {
        this.questions = questions;
        question.setLabel(getTranslation("kb.ask.question"));
        question.setWidthFull();
        question.setMaxLength(2000);
        question.setId("kb-question");
        classification.setLabel(getTranslation("kb.ask.classification"));
        classification.setItems(CLASSIFICATIONS);
        classification.setItemLabelGenerator(c -> getTranslation("kb.ask.classification." + c));
        classification.setValue("public");
        Button ask = new Button(getTranslation("kb.ask.go"), e -> ask());
        ask.setId("kb-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setPadding(false);
        add(new H2(getTranslation("kb.ask.title")), question, classification, ask, answer);
    }

    void ask() {
        Notifications.attempt(() -> show(questions.ask(question.getValue(),
                "secret".equals(classification.getValue()) ? "涉密" : classification.getValue())));
    }

    private void show(PolicyAnswer a) {
        answer.removeAll();
        Span notice = new Span(a.fallback() ? getTranslation("kb.ask.fallback") : getTranslation("kb.ask.model", a.model()));
        notice.getElement().getThemeList().add("badge " + (a.fallback() ? "contrast" : "success"));
        notice.setId("kb-answer-notice");
        Pre text = new Pre(a.answer());
        text.setId("kb-answer");
        text.getStyle().set("white-space", "pre-wrap");
        answer.add(notice, text, new H3(getTranslation("kb.ask.citations")));
        for (PolicyAnswer.CitedArticle c : a.citations()) {
            String mark = c.resolved() ? "✓ " : "✗ ";
            if (c.resolved()) {
                answer.add(new Paragraph(new Span(mark), new RouterLink(c.text(), ArticleView.class,
                        new RouteParameters(Map.of("statute", c.statute(), "articleNo", c.article())))));
            } else {
                Span bad = new Span(mark + c.text() + "（" + getTranslation("kb.citation." + c.status()) + "）");
                bad.addClassName("kb-unresolved");
                answer.add(new Paragraph(bad));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.ask.title") + " · " + getTranslation("app.name");
    }
}
