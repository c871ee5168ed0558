package org.zhiban.testcase;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.Directory;
import org.zhiban.inbox.TaskSummary;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.ui.VaadinUser;

/**
 * A case type the product has never heard of — {@link PermitCaseType}, test only — runs end to end through the
 * generic machinery: opened by {@code CaseFiles.open}, listed in the inbox, completed through REST and the dialog,
 * found by case search, shown in the case view, recorded on the ledger; and its second step, routed to 法制科,
 * makes 法制科 a participant that sees the case's shared fields and nothing else of 办公室's.
 */
@ZhibanTest
class CaseFrameworkTest {

    @Autowired TestRestTemplate rest;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseTypes caseTypes;
    @Autowired Directory directory;
    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        VaadinUser.logout();
    }

    private String openPermit(String subject) {
        CaseFile file = caseFiles.open(caseTypes.find(PermitCaseType.ID).orElseThrow(), "关于" + subject + "的许可申请",
                "office", directory.find("zhangsan").orElseThrow(),
                Map.of("subject", subject, "amount", "12345.6", "category", "甲类"));
        assertThat(file.caseId()).startsWith("TS-");
        return file.caseId();
    }

    @Test
    void a_new_case_type_runs_end_to_end_and_crosses_into_the_legal_department() {
        String caseId = openPermit("户外广告设置");
        String officeDocument = Api.as(rest, "zhangsan").startDocument("关于办公室内部事务的通知", "各科室：正文。");
        Api officer = Api.as(rest, "zhangsan");
        Api legalReviewer = Api.as(rest, "sunqi");
        Api legalOfficer = Api.as(rest, "zhaoliu");
        Api officeReviewer = Api.as(rest, "lisi");

        // the drafter finds 填写申请 in the inbox and submits it with a changed amount and an internal memo
        Map<String, Object> apply = officer.openTask(caseId);
        assertThat(apply).containsEntry("name", "填写申请").containsEntry("caseType", PermitCaseType.ID);
        assertThat(officer.get("/api/tasks/" + apply.get("id")).getBody().get("outcomes")).isEqualTo(List.of("submit"));
        assertThat(officer.complete((String) apply.get("id"), "submit", null,
                Map.of("amount", 20000, "internalMemo", "仅限本科室")).getStatusCode().value()).isEqualTo(204);

        // 法制审核 is routed to 法制科: its reviewer sees it, 办公室's reviewer does not
        Map<String, Object> review = Waiting.until(() -> legalReviewer.openTask(caseId), java.util.Objects::nonNull);
        assertThat(review).containsEntry("name", "法制审核").containsEntry("department", "legal");
        assertThat(officeReviewer.openTask(caseId)).isNull();

        // 法制科 sees the case, but only its shared fields; nothing else of 办公室's
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) legalOfficer.get("/api/cases/" + caseId).getBody().get("data");
        assertThat(seen).containsEntry("subject", "户外广告设置").doesNotContainKey("internalMemo");
        assertThat(((Number) seen.get("amount")).doubleValue()).isEqualTo(20000.0);
        assertThat(legalOfficer.get("/api/cases/" + officeDocument).getStatusCode().value()).isEqualTo(404);
        @SuppressWarnings("unchecked")
        Map<String, Object> own = (Map<String, Object>) officer.get("/api/cases/" + caseId).getBody().get("data");
        assertThat(own).containsEntry("internalMemo", "仅限本科室");

        // an undeclared outcome and a rejection without opinion are refused and change nothing
        assertThat(legalReviewer.complete((String) review.get("id"), "comment", "看过", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(legalReviewer.complete((String) review.get("id"), "reject", " ", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(legalReviewer.complete((String) review.get("id"), "reject", "理由", Map.of("internalMemo", "x"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(legalReviewer.openTask(caseId).get("id")).isEqualTo(review.get("id"));

        assertThat(legalReviewer.complete((String) review.get("id"), "reject", "设置地点不符合规划。",
                Map.of("legalNote", "依据《广告法》第四十一条")).getStatusCode().value()).isEqualTo(204);

        // case search finds it for both departments; 办公室's other case stays out of 法制科's results
        assertThat(searchIds(legalReviewer, "type=permit&q=" + caseId)).containsExactly(caseId);
        assertThat(searchIds(legalReviewer, "size=100")).doesNotContain(officeDocument);
        Map<String, Object> page = officer.get("/api/cases?type=permit&q=" + caseId).getBody();
        assertThat(page.get("total")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> hit = ((List<Map<String, Object>>) page.get("items")).get(0);
        assertThat(hit).containsEntry("state", "completed").containsEntry("department", "office")
                .containsEntry("type", PermitCaseType.ID).containsKeys("title", "created");

        // the review log has both decisions, each with the role and department the task was routed to, and the AI
        // step's suggestion, which the reviewer replaced with a note of their own
        List<Map<String, Object>> records = Waiting.until(
                () -> Api.as(rest, "auditor").list("/api/ledger/records?caseId=" + caseId), r -> r.size() == 4);
        assertThat(records).extracting(r -> r.get("action") + ":" + r.get("user") + ":" + r.get("role") + ":"
                + r.get("department")).containsExactlyInAnyOrder("submit:zhangsan:officer:office",
                "suggest-ai:ai:未配置模型:office", "reject-ai:sunqi:reviewer:legal", "reject:sunqi:reviewer:legal");
        // the task's decision and the AI decision come from one transaction; the log may hold them in either order
        assertThat(records).filteredOn(r -> "reject".equals(r.get("action"))).singleElement()
                .satisfies(r -> assertThat(r.get("opinion")).isEqualTo("设置地点不符合规划。"));
    }

    @Test
    void a_bad_start_form_is_refused_field_by_field_and_opens_nothing() {
        Api officer = Api.as(rest, "zhangsan");
        long before = ((Number) officer.get("/api/cases?type=permit").getBody().get("total")).longValue();
        var response = officer.post("/api/cases", Map.of("type", PermitCaseType.ID, "title", "关于某事的许可申请",
                "data", Map.of("subject", "某事", "amount", "-5", "category", "丙类")));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("amount", "category");
        assertThat(((Number) officer.get("/api/cases?type=permit").getBody().get("total")).longValue()).isEqualTo(before);

        var opened = officer.post("/api/cases", Map.of("type", PermitCaseType.ID, "title", "关于某事的许可申请",
                "data", Map.of("subject", "某事", "category", "乙类")));
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        assertThat((String) opened.getBody().get("caseId")).startsWith("TS-");
        assertThat(Api.as(rest, "sunqi").post("/api/cases", Map.of("type", PermitCaseType.ID, "title", "x",
                "data", Map.of("subject", "某事", "category", "乙类"))).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void the_case_types_describe_their_fields_and_outcomes_for_oa_clients() {
        List<Map<String, Object>> types = Api.as(rest, "zhangsan").list("/api/case-types");
        Map<String, Object> permit = types.stream().filter(t -> PermitCaseType.ID.equals(t.get("id"))).findFirst()
                .orElseThrow();
        assertThat(permit.get("processKeys")).isEqualTo(List.of("test_permit"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) permit.get("fields");
        assertThat(fields).extracting(f -> f.get("key") + ":" + f.get("kind"))
                .containsExactly("subject:text", "amount:money", "category:select", "legalNote:long-text",
                        "internalMemo:text");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> outcomes = (Map<String, List<Map<String, Object>>>) permit.get("outcomes");
        assertThat(outcomes.get("legalReview")).extracting(o -> o.get("id") + ":" + o.get("style") + ":"
                + o.get("opinionRequired") + ":" + o.get("action"))
                .containsExactly("approve:primary:false:approve", "reject:danger:true:reject");
        Map<String, Object> document = types.stream().filter(t -> "document".equals(t.get("id"))).findFirst().orElseThrow();
        assertThat(document.get("name")).isEqualTo("公文");

        // the OpenAPI document describes each type's data and start form from the same declarations
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>)
                Api.as(rest, "zhangsan").get("/v3/api-docs").getBody().get("components")).get("schemas");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> start = (Map<String, Map<String, Object>>) schemas.get("permitStart").get("properties");
        assertThat(start).containsOnlyKeys("subject", "amount", "category");
        assertThat(start.get("category").get("enum")).isEqualTo(List.of("甲类", "乙类"));
        assertThat(start.get("amount")).containsEntry("type", "number").containsEntry("multipleOf", 0.01);
        @SuppressWarnings("unchecked")
        List<Object> required = (List<Object>) schemas.get("permitStart").get("required");
        assertThat(required).containsExactlyInAnyOrder("subject", "category");
    }

    @Test
    void the_dialog_draws_exactly_the_declared_outcomes_and_asks_for_the_required_opinion() {
        String caseId = openPermit("临时占道");
        Api officer = Api.as(rest, "zhangsan");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of());
        Waiting.until(() -> Api.as(rest, "sunqi").openTask(caseId), java.util.Objects::nonNull);

        VaadinUser.login(context, "sunqi");
        UI.getCurrent().navigate(InboxView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("搜索案号或标题")), caseId);
        @SuppressWarnings("unchecked")
        Grid<TaskSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("办理")));

        assertThat(_find(Button.class).stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("outcome-")))
                .containsExactly("outcome-approve", "outcome-reject");
        Button reject = _get(Button.class, spec -> spec.withId("outcome-reject"));
        assertThat(reject.getThemeNames()).contains("error");
        assertThat(_get(Button.class, spec -> spec.withId("outcome-approve")).getThemeNames()).contains("primary");
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("field-amount"));
        assertThat(amount.isReadOnly()).as("amount is editable in 填写申请 only").isTrue();
        assertThat(amount.getHelperText()).isEqualTo("大写：壹万贰仟叁佰肆拾伍元陆角整");
        TextArea legalNote = _get(TextArea.class, spec -> spec.withId("field-legalNote"));
        assertThat(legalNote.isReadOnly()).isFalse();
        // the AI step's suggestion (no model here: rules and templates, and it says so) sits beside the inputs
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("ai-source")).getText())
                .startsWith("未配置模型");
        _click(_get(Button.class, spec -> spec.withId("ai-adopt-legalNote")));
        assertThat(legalNote.getValue()).startsWith("申请事项：临时占道；类别：甲类");
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("field-internalMemo")))
                .as("an owner-only field is not shown to the participating department").isEmpty();

        _click(reject);
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("task-opinion"));
        assertThat(opinion.isInvalid()).isTrue();
        assertThat(Api.as(rest, "sunqi").openTask(caseId)).isNotNull();

        _setValue(opinion, "材料不全。");
        _click(reject);
        assertThat(Api.as(rest, "sunqi").openTask(caseId)).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) officer.get("/api/cases/" + caseId).getBody()
                .get("history");
        assertThat(history).filteredOn(h -> h.get("outcome") != null).extracting(h -> h.get("outcome") + ":" + h.get("opinion"))
                .containsExactly("submit:null", "reject:材料不全。");
        assertThat(officer.list("/api/cases/" + caseId + "/ai-suggestions")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("decision", "accepted").containsEntry("decidedBy", "sunqi"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> searchIds(Api api, String query) {
        return ((List<Map<String, Object>>) api.get("/api/cases?" + query).getBody().get("items")).stream()
                .map(i -> (String) i.get("caseId")).toList();
    }
}
