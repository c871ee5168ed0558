package org.zhiban.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;
import org.zhiban.cases.HistoryEntry;
import org.zhiban.cases.ui.CaseView;
import org.zhiban.inbox.TaskSummary;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.ui.bpmn.BpmnViewer;

/** The inbox and the case view as an officer and a reviewer use them, without a browser (Karibu-Testing). */
@ZhibanTest
class InboxAndCaseViewTest {

    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void logout() {
        VaadinUser.logout();
    }

    @Test
    void the_officer_finds_the_new_draft_in_the_inbox_and_submits_it_to_review() {
        String caseId = Api.as(rest, "zhangsan").startDocument("关于收集办公用品需求的通知", "各科室：请于本周内报送需求。");
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate(InboxView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("搜索案号或标题")), caseId);
        @SuppressWarnings("unchecked")
        Grid<TaskSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        TaskSummary draft = GridKt._get(grid, 0);
        assertThat(draft.caseId()).isEqualTo(caseId);
        assertThat(draft.name()).isEqualTo("拟稿");

        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("办理")));
        _setValue(_get(TextField.class, spec -> spec.withId("field-mainRecipients")), "各科室、各直属单位");
        _click(_get(Button.class, spec -> spec.withId("outcome-submit")));

        assertThat(Api.as(rest, "zhangsan").openTask(caseId)).isNull();
        assertThat(Api.as(rest, "lisi").openTask(caseId).get("name")).isEqualTo("核稿");
    }

    @Test
    void the_case_view_shows_the_position_on_the_diagram_and_who_did_what() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于调整值班安排的通知", "各科室：值班安排调整如下。");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, java.util.Map.of());

        VaadinUser.login(context, "lisi");
        UI.getCurrent().navigate("cases/" + caseId);

        assertThat(_get(H2.class).getText()).contains(caseId, "关于调整值班安排的通知");
        assertThat(_get(Span.class, spec -> spec.withId("case-state")).getText()).isEqualTo("办理中");
        BpmnViewer diagram = _get(BpmnViewer.class);
        assertThat(diagram.getDiagramXml()).contains("document_dispatch");
        assertThat(diagram.getActiveActivities()).containsExactly("review");
        assertThat(diagram.getCompletedActivities()).contains("draft", "complianceCheck");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, spec -> spec.withId("case-history"));
        assertThat(GridKt._findAll(history)).extracting(HistoryEntry::activity, HistoryEntry::userName,
                        HistoryEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("拟稿", "张三", "submit"));
    }

    @Test
    void staff_follow_the_case_to_its_review_trail_but_only_auditors_verify_the_whole_log() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于留痕核验的通知", "各科室：正文。");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, java.util.Map.of());
        org.zhiban.Waiting.until(() -> officer.list("/api/ledger/records?caseId=" + caseId), r -> !r.isEmpty());

        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("case-review-trail")).getHref())
                .isEqualTo("audit?case=" + caseId);
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.of("case", caseId));

        @SuppressWarnings("unchecked")
        Grid<org.zhiban.audit.ReviewTrail.RecordView> trail = _get(Grid.class);
        assertThat(GridKt._findAll(trail)).extracting(org.zhiban.audit.ReviewTrail.RecordView::action).contains("submit");
        assertThat(_find(Button.class, spec -> spec.withText("核验全部账本"))).isEmpty();
    }

    @Test
    void another_departments_case_shows_not_found() {
        String caseId = Api.as(rest, "zhangsan").startDocument("关于内部事项的通知", "正文");
        VaadinUser.login(context, "zhaoliu");
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(_get(H2.class).getText()).isEqualTo("案件不存在或无权查看");
        assertThat(_find(BpmnViewer.class)).isEmpty();
        _get(CaseView.class);
    }
}
