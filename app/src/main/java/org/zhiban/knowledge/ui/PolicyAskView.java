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
import org.zhiban.ai.AiCitation;
import org.zhiban.knowledge.PolicyAnswer;
import org.zhiban.shared.Classification;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import org.zhiban.knowledge.PolicyQuestions;
import org.zhiban.shared.ui.Notifications;

/** 政策问答: a question answered from the retrieved articles, with every citation of the answer checked (✓/✗). */
@Route("knowledge/ask")
@Menu(order = 6, icon = "vaadin:question-circle", title = "nav.kb.ask")
@PermitAll
public class PolicyAskView extends VerticalLayout implements HasDynamicTitle {

    /** The classifications offered; the value is what the service receives. */
    private static final List<Classification> CLASSIFICATIONS = List.of(Classification.values());

    private final PolicyQuestions questions;
    final TextArea question = new TextArea();
    final RadioButtonGroup<Classification> classification = new RadioButtonGroup<>();
    final VerticalLayout answer = new VerticalLayout();
    private Disposable streaming;

    public PolicyAskView(PolicyQuestions questions) {
        this.questions = questions;
        question.setLabel(getTranslation("kb.ask.question"));
        question.setWidthFull();
        question.setMaxLength(2000);
        question.setId("kb-question");
        classification.setLabel(getTranslation("kb.ask.classification"));
        classification.setItems(CLASSIFICATIONS);
        classification.setItemLabelGenerator(Classification::label);
        classification.setValue(Classification.INTERNAL);
        Button ask = new Button(getTranslation("kb.ask.go"), e -> ask());
        ask.setId("kb-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setPadding(false);
        add(new H2(getTranslation("kb.ask.title")), question, classification, ask, answer);
    }

    /**
     * Streams the answer into the page as the model writes it (server push), then shows the verified citations.
     * Without push (a test's UI) the whole answer is shown at once.
     */
    void ask() {
        Optional<UI> ui = getUI().filter(u -> u.getPushConfiguration().getPushMode().isEnabled());
        if (ui.isEmpty()) {
            Notifications.attempt(() -> show(questions.ask(question.getValue(), classification.getValue().name())));
            return;
        }
        Notifications.attempt(() -> {
            Flux<PolicyQuestions.Progress> progress = questions.askAsItIsWritten(question.getValue(),
                    classification.getValue().name());
            answer.removeAll();
            Pre writing = answerText("");
            answer.add(writing);
            streaming = progress.subscribeOn(Schedulers.boundedElastic()).subscribe(
                    p -> ui.get().access(() -> {
                        if (p.answer() != null) {
                            show(p.answer());
                        } else {
                            writing.setText(p.text());
                        }
                    }),
                    e -> ui.get().access(() -> Notifications.error(getTranslation("kb.ask.failed"))));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (streaming != null) {
            streaming.dispose();
        }
        super.onDetach(detachEvent);
    }

    private static Pre answerText(String text) {
        Pre pre = new Pre(text);
        pre.setId("kb-answer");
        pre.getStyle().set("white-space", "pre-wrap");
        return pre;
    }

    private void show(PolicyAnswer a) {
        answer.removeAll();
        Span notice = new Span(a.fallback() ? getTranslation("kb.ask.fallback", a.notice())
                : getTranslation("kb.ask.model", a.model()));
        notice.getElement().getThemeList().add("badge " + (a.fallback() ? "contrast" : "success"));
        notice.setId("kb-answer-notice");
        Span routing = new Span(getTranslation("kb.ask.routing", a.routing(), a.promptVersion()));
        routing.addClassName("kb-routing");
        answer.add(notice, routing, answerText(a.answer()), new H3(getTranslation("kb.ask.citations")));
        if (a.citations().stream().anyMatch(c -> !c.resolved())) {
            Span warning = new Span(getTranslation("kb.ask.unresolvedWarning"));
            warning.getElement().getThemeList().add("badge error");
            answer.add(warning);
        }
        for (AiCitation c : a.citations()) {
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
