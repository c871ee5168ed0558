package org.zhiban.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTypes;
import org.zhiban.cases.SeparationOfDuties;
import org.zhiban.identity.Directory;
import org.zhiban.identity.IdentityProvisioning;
import org.zhiban.identity.Role;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.testcase.PermitCaseType;
import org.zhiban.ui.VaadinUser;

/**
 * 职责分离 end to end (issue #8): a person holding both 承办人 and 核稿人 drafts a 公文 and must not approve it — the
 * inbox does not offer 核稿 to them, claiming or completing it is 403 and changes nothing, a colleague approves it;
 * where the configuration switches a step's separation off, the same person goes through.
 */
@ZhibanTest
class SeparationOfDutiesFlowTest {

    /** 办公室, 承办人 and 核稿人 at once. */
    static final String DRAFTER = "qianyi";
    /** 法制科, 承办人 and 核稿人 at once. */
    static final String LEGAL_ALL_ROUNDER = "weier";

    @Autowired TestRestTemplate rest;
    @Autowired ApplicationContext context;
    @Autowired IdentityProvisioning provisioning;
    @Autowired TaskService taskService;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseTypes caseTypes;
    @Autowired Directory directory;
    @Autowired SeparationOfDuties separation;

    @BeforeEach
    void accounts() {
        provisioning.ensureAccount(new IdentityProvisioning.Account(DRAFTER, "钱", "一", DRAFTER + "@test.zhiban.local",
                "office", "办公室", List.of(Role.OFFICER, Role.REVIEWER), "demo123"),
                org.zhiban.identity.AccountStates.Kind.DEMO, false, null);
        provisioning.ensureAccount(new IdentityProvisioning.Account(LEGAL_ALL_ROUNDER, "卫", "二",
                LEGAL_ALL_ROUNDER + "@test.zhiban.local", "legal", "法制科", List.of(Role.OFFICER, Role.REVIEWER),
                "demo123"), org.zhiban.identity.AccountStates.Kind.DEMO, false, null);
    }

    @AfterEach
    void logout() {
        VaadinUser.logout();
    }

    /** A 公文 drafted and submitted by the drafter; returns its 核稿 task as the reviewer 李四 sees it. */
    private Map<String, Object> submittedDraft(String caseId) {
        Api drafter = Api.as(rest, DRAFTER);
        assertThat(drafter.complete((String) drafter.openTask(caseId).get("id"), "submit", null, Map.of())
                .getStatusCode().value()).isEqualTo(204);
        Map<String, Object> review = Api.as(rest, "lisi").openTask(caseId);
        assertThat(review).containsEntry("name", "核稿").containsEntry("assignee", null);
        return review;
    }

    @Test
    void the_drafter_who_also_holds_the_reviewer_role_cannot_approve_their_own_draft() {
        Api drafter = Api.as(rest, DRAFTER);
        Api reviewer = Api.as(rest, "lisi");
        String caseId = drafter.startDocument("关于规范公文核稿程序的通知", "各科室：现就核稿程序通知如下。");

        // given the drafter submitted the draft, when 核稿 waits for a reviewer, then it is not offered to them
        String reviewId = (String) submittedDraft(caseId).get("id");
        assertThat(drafter.list("/api/tasks?q=" + caseId)).isEmpty();
        VaadinUser.login(context, DRAFTER);
        UI.getCurrent().navigate(InboxView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("搜索案号或标题")), caseId);
        assertThat(GridKt._size(_get(Grid.class))).isZero();

        // when they open, claim or complete it anyway, then each is refused with 403 and nothing changes
        for (ResponseEntity<Map<String, Object>> refused : List.of(drafter.get("/api/tasks/" + reviewId),
                drafter.post("/api/tasks/" + reviewId + "/claim", Map.of()),
                drafter.complete(reviewId, "approve", "同意。", Map.of()))) {
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody()).containsEntry("code", "task.separationOfDuties");
            assertThat((String) refused.getBody().get("detail")).contains("职责分离", "「核稿」");
        }
        assertThat(reviewer.openTask(caseId)).containsEntry("id", reviewId).containsEntry("assignee", null);
        assertThat(decisions(drafter, caseId)).containsExactly("拟稿:" + DRAFTER + ":submit");

        // then another reviewer approves it
        assertThat(reviewer.complete(reviewId, "approve", "同意。", null).getStatusCode().value()).isEqualTo(204);
        assertThat(decisions(drafter, caseId)).containsExactly("拟稿:" + DRAFTER + ":submit", "核稿:lisi:approve");
    }

    @Test
    void a_review_assigned_to_the_drafter_anyway_stays_listed_as_not_completable_and_is_refused() {
        Api drafter = Api.as(rest, DRAFTER);
        String caseId = drafter.startDocument("关于核稿分工的通知", "各科室：核稿分工如下。");
        String reviewId = (String) submittedDraft(caseId).get("id");

        // given 核稿 is assigned to the drafter from outside the inbox (a model's assignee, an operator)
        taskService.setAssignee(reviewId, DRAFTER);

        // then it stays in their inbox, marked, so it is not lost — but they cannot decide it
        assertThat(drafter.openTask(caseId)).containsEntry("id", reviewId).containsEntry("completable", false);
        assertThat(drafter.complete(reviewId, "approve", null, Map.of()).getStatusCode().value()).isEqualTo(403);
        VaadinUser.login(context, DRAFTER);
        UI.getCurrent().navigate(InboxView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("搜索案号或标题")), caseId);
        @SuppressWarnings("unchecked")
        Grid<TaskSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Component actions = (Component) GridKt._getCellComponent(grid, 0, "actions");
        assertThat(_get(actions, Span.class, spec -> spec.withId("separated-" + reviewId)).getText()).isEqualTo("职责分离");
        assertThat(_find(actions, Button.class)).isEmpty();

        // and handed back, a colleague decides it
        taskService.setAssignee(reviewId, null);
        assertThat(Api.as(rest, "lisi").complete(reviewId, "approve", null, null).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void a_step_with_separation_switched_off_by_configuration_lets_the_same_person_through() {
        // given PermitCaseType declares 法制审核 separated and application-test.yml switches it off
        assertThat(separation.applies(PermitCaseType.ID, "legalReview")).isFalse();
        assertThat(separation.applies("document", "review")).isTrue();
        String caseId = caseFiles.open(caseTypes.find(PermitCaseType.ID).orElseThrow(), "关于法制科自行许可的申请",
                "legal", directory.find(LEGAL_ALL_ROUNDER).orElseThrow(),
                Map.of("subject", "法制宣传栏设置", "category", "乙类")).caseId();
        Api applicant = Api.as(rest, LEGAL_ALL_ROUNDER);
        assertThat(applicant.complete((String) applicant.openTask(caseId).get("id"), "submit", null, Map.of())
                .getStatusCode().value()).isEqualTo(204);

        // when 法制审核 reaches 法制科, then the applicant, a reviewer too, is offered it and decides it
        Map<String, Object> review = Waiting.until(() -> applicant.openTask(caseId), Objects::nonNull);
        assertThat(review).containsEntry("name", "法制审核").containsEntry("completable", true);
        assertThat(applicant.complete((String) review.get("id"), "approve", null, null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(decisions(applicant, caseId)).containsExactly("填写申请:" + LEGAL_ALL_ROUNDER + ":submit",
                "法制审核:" + LEGAL_ALL_ROUNDER + ":approve");
    }

    @SuppressWarnings("unchecked")
    private static List<String> decisions(Api api, String caseId) {
        return ((List<Map<String, Object>>) api.get("/api/cases/" + caseId).getBody().get("history")).stream()
                .filter(h -> h.get("outcome") != null).map(h -> h.get("activity") + ":" + h.get("user") + ":" + h.get("outcome"))
                .toList();
    }
}
