package org.zhiban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.audit.ui.AuditView;
import org.zhiban.cases.ui.CaseView;
import org.zhiban.document.ui.NewDocumentView;
import org.zhiban.identity.ui.LoginView;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.knowledge.ui.ArticleView;
import org.zhiban.knowledge.ui.KnowledgeAdminView;
import org.zhiban.knowledge.ui.KnowledgeSearchView;
import org.zhiban.knowledge.ui.PolicyAskView;
import org.zhiban.knowledge.ui.RetrievalTestView;
import org.zhiban.workspace.ui.HomeView;

/**
 * Walks every REST endpoint and every view with every role (and no login) and checks allow or deny, including
 * reading another department's case by id. A new endpoint or view fails here until it is put in the tables.
 */
@ZhibanTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** One demo account per role; staff are all in 办公室 so the office case is theirs. */
    static final Map<Role, String> ACCOUNT = new LinkedHashMap<>();

    static {
        ACCOUNT.put(Role.OFFICER, "zhangsan");
        ACCOUNT.put(Role.REVIEWER, "lisi");
        ACCOUNT.put(Role.LEADER, "wangwu");
        ACCOUNT.put(Role.DESIGNER, "designer");
        ACCOUNT.put(Role.AUDITOR, "auditor");
        ACCOUNT.put(Role.SYSADMIN, "sysadmin");
        ACCOUNT.put(Role.SECADMIN, "secadmin");
        ACCOUNT.put(Role.AUDITADMIN, "auditadmin");
    }

    static final Set<Role> STAFF = EnumSet.of(Role.OFFICER, Role.REVIEWER, Role.LEADER);
    static final Set<Role> CASE_READERS = EnumSet.of(Role.OFFICER, Role.REVIEWER, Role.LEADER, Role.AUDITOR);
    static final Set<Role> SYSADMIN = EnumSet.of(Role.SYSADMIN);
    static final Set<Role> SECADMIN = EnumSet.of(Role.SECADMIN);
    static final Set<Role> AUDITADMIN = EnumSet.of(Role.AUDITADMIN);
    static final String MATRIX_USER = "matrix-user";
    static final String MATRIX_OA = "matrix-oa";

    @Autowired TestRestTemplate rest;
    String officeCase;
    String officeRecord;

    /** A case of 办公室 at 核稿, with a review record already covered by a signed checkpoint. */
    @BeforeAll
    void an_office_case_exists() {
        Api officer = Api.as(rest, "zhangsan");
        officeCase = officer.startDocument("关于访问控制测试的通知", "各科室：正文。");
        officer.complete((String) officer.openTask(officeCase).get("id"), "submit", null, Map.of());
        Api auditor = Api.as(rest, "auditor");
        officeRecord = (String) Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + officeCase),
                r -> !r.isEmpty()).get(0).get("recordId");
        Waiting.until(() -> auditor.get("/api/ledger/records/" + officeRecord + "/proof").getStatusCode().value(),
                status -> status == 200);
    }

    /**
     * One endpoint as the matrix calls it. {@code pattern} is its request mapping, so every mapped endpoint can be
     * checked to be in the table. An allowed role gets 2xx, or with {@code authorizedOnly} anything but 401/403/5xx
     * (a task id that is nobody's answers 404 to a role that may work on tasks).
     */
    record Endpoint(HttpMethod method, String pattern, String path, Set<Role> allowed, boolean anonymous, Object body,
                    boolean authorizedOnly) {
        Endpoint(HttpMethod method, String path, Set<Role> allowed, boolean anonymous) {
            this(method, patternOf(path), path, allowed, anonymous, null, false);
        }

        Endpoint(HttpMethod method, String path, Set<Role> allowed, boolean anonymous, Object body) {
            this(method, patternOf(path), path, allowed, anonymous, body, false);
        }

        static String patternOf(String path) {
            return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        }

        Endpoint as(String pattern) {
            return new Endpoint(method, pattern, path, allowed, anonymous, body, authorizedOnly);
        }

        Endpoint onlyAuthorization() {
            return new Endpoint(method, pattern, path, allowed, anonymous, body, true);
        }
    }

    /** A small text file for the knowledge upload, posted as multipart. */
    static org.springframework.util.MultiValueMap<String, Object> policyUpload() {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(
                "第一条 为了测试访问控制，制定本办法。\n第二条 本办法自发布之日起施行。".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "access-matrix.txt";
            }
        });
        form.add("title", "访问控制测试办法");
        form.add("level", "部门规章");
        form.add("effectiveFrom", "2024-01-01");
        return form;
    }

    static org.springframework.util.MultiValueMap<String, Object> attachmentUpload() {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(
                "访问控制测试材料".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "material.txt";
            }
        });
        return form;
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/tasks", STAFF, false),
                new Endpoint(HttpMethod.GET, "/api/tasks?state=done", STAFF, false),
                new Endpoint(HttpMethod.GET, "/api/tasks/nobodys-task", STAFF, false).as("/api/tasks/{id}").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/tasks/nobodys-task/claim", STAFF, false, Map.of())
                        .as("/api/tasks/{id}/claim").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/tasks/nobodys-task/complete", STAFF, false,
                        Map.of("outcome", "approve")).as("/api/tasks/{id}/complete").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/contracts/review", STAFF, false, attachmentUpload()),
                new Endpoint(HttpMethod.POST, "/api/contracts", EnumSet.of(Role.OFFICER), false, attachmentUpload())
                        .onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/contracts/" + officeCase + "/file", EnumSet.of(Role.OFFICER), false,
                        attachmentUpload()).as("/api/contracts/{caseId}/file").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/contracts/" + officeCase, CASE_READERS, false)
                        .as("/api/contracts/{caseId}").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/contracts/" + officeCase + "/text", CASE_READERS, false)
                        .as("/api/contracts/{caseId}/text").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/contracts/" + officeCase + "/report.pdf", CASE_READERS, false)
                        .as("/api/contracts/{caseId}/report.{format}").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/contracts/" + officeCase + "/findings/none/decision",
                        EnumSet.of(Role.REVIEWER), false, Map.of("decision", "accept"))
                        .as("/api/contracts/{caseId}/findings/{findingId}/decision").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/contracts/" + officeCase + "/findings/none/similar", CASE_READERS, false)
                        .as("/api/contracts/{caseId}/findings/{findingId}/similar").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/contracts/findings?ruleId=CON-AMT-CAPITALS-MISMATCH", CASE_READERS, false),
                new Endpoint(HttpMethod.GET, "/api/contracts/dashboard", CASE_READERS, false),
                new Endpoint(HttpMethod.GET, "/api/contracts/dashboard/contracts?dimension=kind&key=goods", CASE_READERS,
                        false),
                new Endpoint(HttpMethod.POST, "/api/documents", EnumSet.of(Role.OFFICER), false),
                new Endpoint(HttpMethod.GET, "/api/documents/templates", STAFF, false),
                new Endpoint(HttpMethod.GET, "/api/documents/templates/NOTICE", STAFF, false).as("/api/documents/templates/{docType}"),
                new Endpoint(HttpMethod.POST, "/api/documents/compose", EnumSet.of(Role.OFFICER), false,
                        Map.of("docType", "通知", "title", "关于访问控制的通知")),
                new Endpoint(HttpMethod.POST, "/api/documents/polish", EnumSet.of(Role.OFFICER), false, Map.of("text", "正文")),
                new Endpoint(HttpMethod.POST, "/api/documents/import", EnumSet.of(Role.OFFICER), false, attachmentUpload())
                        .onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/documents/check", STAFF, false, Map.of("docType", "通知",
                        "fields", Map.of("标题", "关于访问控制的通知"), "body", "正文")),
                new Endpoint(HttpMethod.PUT, "/api/documents/" + officeCase + "/draft", EnumSet.of(Role.OFFICER), false,
                        Map.of("body", "正文")).as("/api/documents/{caseId}/draft").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/documents/" + officeCase + "/proofread", STAFF, false, Map.of())
                        .as("/api/documents/{caseId}/proofread"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/versions", CASE_READERS, false)
                        .as("/api/documents/{caseId}/versions"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/versions/1", CASE_READERS, false)
                        .as("/api/documents/{caseId}/versions/{versionNo}"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/versions/diff?from=1&to=2", CASE_READERS,
                        false).as("/api/documents/{caseId}/versions/diff"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/numbers", CASE_READERS, false)
                        .as("/api/documents/{caseId}/numbers"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/receipts", CASE_READERS, false)
                        .as("/api/documents/{caseId}/receipts"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/files", CASE_READERS, false)
                        .as("/api/documents/{caseId}/files"),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/files/layout/PDF", CASE_READERS, false)
                        .as("/api/documents/{caseId}/files/{stage}/{kind}").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/documents/" + officeCase + "/preview", CASE_READERS, false)
                        .as("/api/documents/{caseId}/preview"),
                new Endpoint(HttpMethod.POST, "/api/cases", EnumSet.of(Role.OFFICER), false, Map.of("type", "document",
                        "title", "关于访问控制的通知", "data", Map.of("docType", "通知", "body", "正文"))),
                new Endpoint(HttpMethod.GET, "/api/cases?q=GW", CASE_READERS, false),
                new Endpoint(HttpMethod.GET, "/api/case-types", CASE_READERS, false),
                new Endpoint(HttpMethod.GET, "/api/cases/" + officeCase + "/attachments", CASE_READERS, false)
                        .as("/api/cases/{caseId}/attachments"),
                new Endpoint(HttpMethod.GET, "/api/cases/" + officeCase + "/attachments/none", CASE_READERS, false)
                        .as("/api/cases/{caseId}/attachments/{id}").onlyAuthorization(),
                new Endpoint(HttpMethod.POST, "/api/cases/" + officeCase + "/attachments", STAFF, false,
                        attachmentUpload()).as("/api/cases/{caseId}/attachments"),
                new Endpoint(HttpMethod.GET, "/api/cases/" + officeCase, CASE_READERS, false).as("/api/cases/{caseId}"),
                new Endpoint(HttpMethod.GET, "/api/cases/" + officeCase + "/diagram", CASE_READERS, false)
                        .as("/api/cases/{caseId}/diagram"),
                new Endpoint(HttpMethod.GET, "/api/cases/" + officeCase + "/ai-suggestions", CASE_READERS, false)
                        .as("/api/cases/{caseId}/ai-suggestions"),
                new Endpoint(HttpMethod.PUT, "/api/cases/" + officeCase + "/classification",
                        EnumSet.of(Role.OFFICER, Role.LEADER), false, Map.of("classification", "内部"))
                        .as("/api/cases/{caseId}/classification").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/ai/models", EnumSet.of(Role.SYSADMIN), false),
                new Endpoint(HttpMethod.GET, "/api/ai/calls", EnumSet.of(Role.SYSADMIN), false),
                new Endpoint(HttpMethod.GET, "/api/ledger/records?caseId=" + officeCase, CASE_READERS, false),
                new Endpoint(HttpMethod.GET, "/api/ledger/records/" + officeRecord + "/proof", CASE_READERS, false)
                        .as("/api/ledger/records/{id}/proof"),
                new Endpoint(HttpMethod.GET, "/api/ledger/cases/" + officeCase + "/verification", CASE_READERS, false)
                        .as("/api/ledger/cases/{caseId}/verification"),
                new Endpoint(HttpMethod.GET, "/api/ledger/audit", EnumSet.of(Role.AUDITOR, Role.AUDITADMIN), false),
                new Endpoint(HttpMethod.GET, "/actuator/prometheus", EnumSet.of(Role.SYSADMIN), false),
                new Endpoint(HttpMethod.GET, "/actuator/health", EnumSet.allOf(Role.class), true),
                new Endpoint(HttpMethod.GET, "/v3/api-docs", EnumSet.allOf(Role.class), false),
                new Endpoint(HttpMethod.GET, "/api/knowledge/search?q=欺诈", EnumSet.allOf(Role.class), false),
                new Endpoint(HttpMethod.GET, "/api/knowledge/articles/消费者权益保护法/55", EnumSet.allOf(Role.class), false)
                        .as("/api/knowledge/articles/{statute}/{articleNo}"),
                new Endpoint(HttpMethod.GET, "/api/knowledge/statutes", EnumSet.allOf(Role.class), false),
                new Endpoint(HttpMethod.POST, "/api/knowledge/citations/verify", EnumSet.allOf(Role.class), false,
                        Map.of("text", "依照《消费者权益保护法》第五十五条")),
                new Endpoint(HttpMethod.POST, "/api/knowledge/ask", EnumSet.allOf(Role.class), false,
                        Map.of("question", "经营者欺诈怎么赔偿")),
                new Endpoint(HttpMethod.POST, "/api/knowledge/imports", EnumSet.of(Role.SYSADMIN), false, Map.of()),
                new Endpoint(HttpMethod.POST, "/api/knowledge/index/rebuild", EnumSet.of(Role.SYSADMIN), false, Map.of()),
                new Endpoint(HttpMethod.POST, "/api/knowledge/documents", EnumSet.of(Role.SYSADMIN), false,
                        policyUpload()),
                new Endpoint(HttpMethod.GET, "/api/me", EnumSet.allOf(Role.class), false),
                new Endpoint(HttpMethod.POST, "/api/me/password", EnumSet.allOf(Role.class), false,
                        Map.of("currentPassword", "wrong", "newPassword", "x")).onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/admin/users", SYSADMIN, false),
                new Endpoint(HttpMethod.POST, "/api/admin/users", SYSADMIN, false, Map.of("id", MATRIX_USER,
                        "familyName", "矩", "givenName", "阵", "department", "office", "roles", List.of("officer")))
                        .onlyAuthorization(),
                new Endpoint(HttpMethod.PUT, "/api/admin/users/" + MATRIX_USER + "/assignment", SYSADMIN, false,
                        Map.of("department", "office", "roles", List.of("officer", "reviewer")))
                        .as("/api/admin/users/{id}/assignment"),
                new Endpoint(HttpMethod.POST, "/api/admin/users/" + MATRIX_USER + "/disable", SYSADMIN, false, Map.of())
                        .as("/api/admin/users/{id}/disable"),
                new Endpoint(HttpMethod.POST, "/api/admin/users/" + MATRIX_USER + "/enable", SYSADMIN, false, Map.of())
                        .as("/api/admin/users/{id}/enable"),
                new Endpoint(HttpMethod.POST, "/api/admin/users/" + MATRIX_USER + "/password-reset", SYSADMIN, false,
                        Map.of()).as("/api/admin/users/{id}/password-reset"),
                new Endpoint(HttpMethod.POST, "/api/admin/departments", SYSADMIN, false,
                        Map.of("id", "matrix-dept", "name", "矩阵科")).onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/admin/service-accounts", SYSADMIN, false),
                new Endpoint(HttpMethod.POST, "/api/admin/service-accounts", SYSADMIN, false, Map.of("id", MATRIX_OA,
                        "name", "矩阵 OA", "department", "office", "roles", List.of("officer"))).onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/admin/service-accounts/" + MATRIX_OA + "/tokens", SYSADMIN, false)
                        .as("/api/admin/service-accounts/{id}/tokens"),
                new Endpoint(HttpMethod.POST, "/api/admin/service-accounts/" + MATRIX_OA + "/tokens", SYSADMIN, false,
                        Map.of("scopes", List.of("read"), "expiresAt", java.time.Instant.now().plusSeconds(86400).toString()))
                        .as("/api/admin/service-accounts/{id}/tokens"),
                new Endpoint(HttpMethod.DELETE, "/api/admin/service-accounts/" + MATRIX_OA + "/tokens/none", SYSADMIN,
                        false).as("/api/admin/service-accounts/{id}/tokens/{tokenId}").onlyAuthorization(),
                new Endpoint(HttpMethod.GET, "/api/admin/security/policy", SECADMIN, false),
                new Endpoint(HttpMethod.PUT, "/api/admin/security/policy", SECADMIN, false, Map.of(
                        "passwordMinLength", 10, "passwordCharacterClasses", 3, "passwordHistory", 5,
                        "passwordMaxAgeDays", 90, "lockoutMaxAttempts", 5, "lockoutMinutes", 15,
                        "sessionTimeoutMinutes", 30, "secondFactorForEveryone", false)),
                new Endpoint(HttpMethod.GET, "/api/admin/security/locked-accounts", SECADMIN, false),
                new Endpoint(HttpMethod.POST, "/api/admin/security/locked-accounts/zhaoliu/unlock", SECADMIN, false,
                        Map.of()).as("/api/admin/security/locked-accounts/{userId}/unlock"),
                new Endpoint(HttpMethod.GET, "/api/admin/security/login-events", SECADMIN, false),
                new Endpoint(HttpMethod.POST, "/api/admin/security/users/zhaoliu/second-factor-reset", SECADMIN, false,
                        Map.of()).as("/api/admin/security/users/{userId}/second-factor-reset"),
                new Endpoint(HttpMethod.GET, "/api/admin/operations", AUDITADMIN, false),
                new Endpoint(HttpMethod.GET, "/api/admin/operations/export", AUDITADMIN, false),
                new Endpoint(HttpMethod.GET, "/api/admin/operations/verification", AUDITADMIN, false),
                new Endpoint(HttpMethod.GET, "/api/admin/operations/none/proof", AUDITADMIN, false)
                        .as("/api/admin/operations/{recordId}/proof").onlyAuthorization());
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** Every /api endpoint the application maps is in the table: a new one fails here until it is classified. */
    @Test
    void every_mapped_api_endpoint_is_in_the_matrix() {
        Set<String> mapped = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> handler.getBeanType().getPackageName().startsWith("org.zhiban"))
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> (info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : info.getMethodsCondition().getMethods()).forEach(m -> mapped.add(m + " " + p))));
        Set<String> classified = endpoints().stream().map(e -> e.method() + " " + e.pattern())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(mapped).isNotEmpty();
        assertThat(classified).containsAll(mapped);
    }

    @Test
    void every_endpoint_allows_exactly_its_roles() {
        for (Endpoint e : endpoints()) {
            int anonymous = rest.exchange(e.path(), e.method(), body(e), String.class).getStatusCode().value();
            assertThat(anonymous).as("anonymous " + e).isEqualTo(e.anonymous() ? 200 : 401);
            for (Map.Entry<Role, String> account : ACCOUNT.entrySet()) {
                int status = rest.withBasicAuth(account.getValue(), "demo123")
                        .exchange(e.path(), e.method(), body(e), String.class).getStatusCode().value();
                if (e.allowed().contains(account.getKey()) && e.authorizedOnly()) {
                    assertThat(status).as(account.getKey() + " " + e).isNotIn(401, 403).isLessThan(500);
                } else if (e.allowed().contains(account.getKey())) {
                    assertThat(status).as(account.getKey() + " " + e).isBetween(200, 299);
                } else {
                    assertThat(status).as(account.getKey() + " " + e).isEqualTo(403);
                }
            }
        }
    }

    private static org.springframework.http.HttpEntity<?> body(Endpoint e) {
        if (e.body() != null) {
            return new org.springframework.http.HttpEntity<>(e.body());
        }
        return e.method() == HttpMethod.POST
                ? new org.springframework.http.HttpEntity<>(Map.of("title", "关于访问控制的通知", "docType", "通知", "body", "正文"))
                : null;
    }

    @Test
    void another_departments_case_and_task_are_not_found_by_id() {
        Api legalOfficer = Api.as(rest, "zhaoliu");
        Api legalReviewer = Api.as(rest, "sunqi");
        assertThat(legalOfficer.get("/api/cases/" + officeCase).getStatusCode().value()).isEqualTo(404);
        assertThat(legalReviewer.get("/api/cases/" + officeCase).getStatusCode().value()).isEqualTo(404);
        assertThat(legalOfficer.get("/api/ledger/records?caseId=" + officeCase).getStatusCode().value()).isEqualTo(404);
        assertThat(legalOfficer.get("/api/ledger/records/" + officeRecord + "/proof").getStatusCode().value()).isEqualTo(404);
        String reviewTask = (String) Api.as(rest, "lisi").openTask(officeCase).get("id");
        assertThat(legalReviewer.get("/api/tasks/" + reviewTask).getStatusCode().value()).isEqualTo(404);
        assertThat(legalReviewer.complete(reviewTask, "approve", null, null).getStatusCode().value()).isEqualTo(404);
        assertThat(Api.as(rest, "lisi").openTask(officeCase)).isNotNull();
        assertThat(legalOfficer.list("/api/tasks")).extracting(t -> t.get("caseId")).doesNotContain(officeCase);
        assertThat(legalReviewer.list("/api/tasks")).extracting(t -> t.get("caseId")).doesNotContain(officeCase);
    }

    /** Roles allowed on each view; the login view is the only anonymous one. */
    static final Map<Class<?>, Set<Role>> VIEWS = Map.ofEntries(
            Map.entry(LoginView.class, EnumSet.allOf(Role.class)),
            Map.entry(HomeView.class, EnumSet.allOf(Role.class)),
            Map.entry(InboxView.class, STAFF),
            Map.entry(CaseView.class, CASE_READERS),
            Map.entry(org.zhiban.cases.ui.CaseSearchView.class, CASE_READERS),
            Map.entry(NewDocumentView.class, EnumSet.of(Role.OFFICER)),
            Map.entry(org.zhiban.contract.ui.NewContractView.class, EnumSet.of(Role.OFFICER)),
            Map.entry(org.zhiban.contract.ui.ContractDashboardView.class, CASE_READERS),
            Map.entry(org.zhiban.contract.ui.ContractHistoryView.class, CASE_READERS),
            Map.entry(org.zhiban.document.ui.DocumentEditorView.class, EnumSet.of(Role.OFFICER)),
            Map.entry(AuditView.class, EnumSet.of(Role.AUDITOR, Role.AUDITADMIN, Role.OFFICER, Role.REVIEWER, Role.LEADER)),
            Map.entry(KnowledgeSearchView.class, EnumSet.allOf(Role.class)),
            Map.entry(ArticleView.class, EnumSet.allOf(Role.class)),
            Map.entry(PolicyAskView.class, EnumSet.allOf(Role.class)),
            Map.entry(RetrievalTestView.class, EnumSet.allOf(Role.class)),
            Map.entry(KnowledgeAdminView.class, EnumSet.of(Role.SYSADMIN)),
            Map.entry(org.zhiban.ai.ui.AiAdminView.class, EnumSet.of(Role.SYSADMIN)),
            Map.entry(org.zhiban.identity.ui.UsersAdminView.class, EnumSet.of(Role.SYSADMIN)),
            Map.entry(org.zhiban.identity.ui.ServiceAccountsView.class, EnumSet.of(Role.SYSADMIN)),
            Map.entry(org.zhiban.identity.ui.SecurityAdminView.class, EnumSet.of(Role.SECADMIN)),
            Map.entry(org.zhiban.audit.ui.AdminLogView.class, EnumSet.of(Role.AUDITADMIN)),
            Map.entry(org.zhiban.identity.ui.SecondFactorView.class, EnumSet.allOf(Role.class)),
            Map.entry(org.zhiban.identity.ui.PasswordChangeView.class, EnumSet.allOf(Role.class)));

    @Test
    void every_view_allows_exactly_its_roles() throws ClassNotFoundException {
        assertThat(routeClasses()).as("every @Route class is in the VIEWS table").isEqualTo(VIEWS.keySet());
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (Map.Entry<Class<?>, Set<Role>> view : VIEWS.entrySet()) {
            assertThat(checker.hasAccess(view.getKey(), null, role -> false))
                    .as("anonymous on " + view.getKey().getSimpleName()).isEqualTo(view.getKey() == LoginView.class);
            for (Role role : Role.values()) {
                Principal principal = () -> ACCOUNT.get(role);
                boolean allowed = checker.hasAccess(view.getKey(), principal, r -> r.equals(role.name()));
                assertThat(allowed).as(role + " on " + view.getKey().getSimpleName())
                        .isEqualTo(view.getValue().contains(role));
            }
        }
    }

    private static Set<Class<?>> routeClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.zhiban")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes.stream().collect(Collectors.toSet());
    }
}
