package org.zhiban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;

/**
 * 安全回归: each finding of the 等保 review, replayed against the running app, fails here if it comes back.
 * (Self-approval: {@code inbox.SeparationOfDutiesFlowTest}; error shapes: {@code shared.UniformErrorsTest};
 * statute overwrite: {@code knowledge.KnowledgeUploadTest}.)
 */
@ZhibanTest
class SecurityRegressionTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void five_wrong_passwords_lock_an_account_for_a_while_never_for_good_and_the_security_administrator_can_unlock() {
        String victim = person("victim");
        for (int i = 0; i < 5; i++) {
            assertThat(basic(victim, "Wrong-pass-" + i)).isEqualTo(401);
        }
        assertThat(basic(victim, "Right-pass-123")).as("locked").isEqualTo(401);
        List<Map<String, Object>> locked = Api.as(rest, "secadmin").list("/api/admin/security/locked-accounts");
        assertThat(locked).extracting(l -> l.get("loginName")).contains(victim);

        // the lock runs out by itself: move its end into the past, as the clock would
        jdbc.update("update login_throttle set locked_until = ? where login_name = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), victim);
        assertThat(basic(victim, "Right-pass-123")).as("the lock ended").isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            basic(victim, "Wrong-pass-" + i);
        }
        assertThat(basic(victim, "Right-pass-123")).isEqualTo(401);
        assertThat(Api.as(rest, "secadmin").post("/api/admin/security/locked-accounts/" + victim + "/unlock", Map.of())
                .getStatusCode().value()).isEqualTo(204);
        assertThat(basic(victim, "Right-pass-123")).as("unlocked").isEqualTo(200);
        assertThat(Api.as(rest, "secadmin").list("/api/admin/security/login-events?user=" + victim))
                .extracting(e -> e.get("outcome")).contains("LOCKED", "REFUSED_LOCKED", "UNLOCKED", "FAILURE");
    }

    @Test
    void an_unknown_user_is_refused_in_the_same_time_as_a_known_one() {
        String known = person("timing");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            knownTimes.add(timed(known));
            unknownTimes.add(timed("nobody-" + i + "-" + System.nanoTime()));
        }
        double ratio = (double) median(unknownTimes) / median(knownTimes);
        // bcrypt runs on both paths; what differs is a query or two. Before the fix: 3–7 ms against 70–240 ms.
        assertThat(ratio).as("unknown/known median refusal time").isBetween(0.5, 2.0);
    }

    @Test
    void a_session_cannot_change_anything_through_the_api_without_the_csrf_token() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.login("zhangsan", "demo123")).isTrue();
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/api/tasks/any/claim"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("auth.csrf");

        String me = browser.get("/api/me").body();
        String token = me.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/api/tasks/any/claim"))
                .header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withToken.statusCode()).as("passes CSRF, then: no such task").isEqualTo(404);
    }

    @Test
    void the_login_form_refuses_a_post_without_its_csrf_token() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> crossSite = browser.postLogin("zhangsan", "demo123", null);
        assertThat(crossSite.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(browser.get("/api/me").statusCode()).as("no session was logged in").isEqualTo(401);
        assertThat(browser.login("zhangsan", "demo123")).as("with the page's token it works").isTrue();
    }

    @Test
    void an_anonymous_401_opens_no_session() {
        var answer = rest.getForEntity("/api/tasks", String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().get("Set-Cookie")).isNull();
    }

    @Test
    void a_proof_of_another_departments_record_is_a_404_that_names_no_case() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于安全回归的通知", "各科室：正文。");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of());
        String recordId = (String) Waiting.until(() -> Api.as(rest, "auditor").list("/api/ledger/records?caseId=" + caseId),
                r -> !r.isEmpty()).get(0).get("recordId");
        var answer = Api.as(rest, "zhaoliu").get("/api/ledger/records/" + recordId + "/proof");
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().toString()).doesNotContain(caseId);
    }

    @Test
    void no_administrator_acts_on_their_own_account() {
        var self = Api.as(rest, "sysadmin").put("/api/admin/users/sysadmin/assignment",
                Map.of("roles", List.of("sysadmin", "auditadmin")));
        assertThat(self.getStatusCode().value()).isEqualTo(403);
        assertThat(self.getBody()).containsEntry("code", "admin.notOwnAccount");
        assertThat(Api.as(rest, "secadmin").post("/api/admin/security/locked-accounts/secadmin/unlock", Map.of())
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void the_three_administrators_read_no_case() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于三员分立的通知", "各科室：正文。");
        for (String admin : List.of("sysadmin", "secadmin", "auditadmin")) {
            assertThat(Api.as(rest, admin).get("/api/cases/" + caseId).getStatusCode().value()).as(admin).isEqualTo(403);
            assertThat(Api.as(rest, admin).get("/api/ledger/records?caseId=" + caseId).getStatusCode().value()).isEqualTo(403);
        }
    }

    private String person(String prefix) {
        String id = prefix + System.nanoTime() % 1_000_000;
        User user = identityService.newUser(id);
        user.setPassword("Right-pass-123");
        identityService.saveUser(user);
        identityService.createMembership(id, "auditor");
        return id;
    }

    private int basic(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/api/ledger/audit", String.class).getStatusCode().value();
    }

    private long timed(String user) {
        long start = System.nanoTime();
        basic(user, "Wrong-pass-1");
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
