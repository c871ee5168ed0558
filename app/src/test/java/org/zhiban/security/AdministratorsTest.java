package org.zhiban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.identity.Directory;
import org.zhiban.identity.login.SecondFactors;
import org.zhiban.identity.login.Totp;

/**
 * 三员分立 and accounts: a new account's one-time password must be changed under the policy, an administrator
 * needs a second factor, and every administrative act is a verifiable, tamper-evident record.
 */
@ZhibanTest
class AdministratorsTest {

    @Autowired TestRestTemplate rest;
    @Autowired SecondFactors secondFactors;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_new_accounts_one_time_password_must_be_changed_under_the_policy_before_anything_else() {
        String id = "new" + System.nanoTime() % 1_000_000;
        String temporary = create(id, "officer");
        Api user = new Api(rest.withBasicAuth(id, temporary), id);
        var held = user.get("/api/cases");
        assertThat(held.getStatusCode().value()).isEqualTo(403);
        assertThat(held.getBody()).containsEntry("code", "password.changeRequired");

        var weak = user.post("/api/me/password", Map.of("currentPassword", temporary, "newPassword", "short"));
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(weak.getBody().get("errors").toString()).contains("password.tooShort", "password.classes");
        var named = user.post("/api/me/password", Map.of("currentPassword", temporary, "newPassword", "X-" + id + "-2026!"));
        assertThat(named.getBody().get("errors").toString()).contains("password.containsUserName");
        assertThat(user.post("/api/me/password", Map.of("currentPassword", temporary, "newPassword", "Chun-Feng-2026"))
                .getStatusCode().value()).isEqualTo(204);

        Api changed = new Api(rest.withBasicAuth(id, "Chun-Feng-2026"), id);
        assertThat(rest.withBasicAuth(id, "Chun-Feng-2026").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(changed.post("/api/me/password", Map.of("currentPassword", "Chun-Feng-2026", "newPassword", temporary))
                .getBody().get("errors").toString()).as("an earlier password does not come back").contains("password.reused");
    }

    @Test
    void an_administrator_needs_the_second_factor_and_a_code_is_good_once() throws InterruptedException {
        String id = "adm" + System.nanoTime() % 1_000_000;
        String temporary = create(id, "secadmin");
        assertThat(status(id, temporary, null)).as("password alone").isEqualTo(401);

        var enrolment = secondFactors.startEnrolment(directory.find(id).orElseThrow());
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
        byte[] secret = new Base32().decode(enrolment.secret());
        while (Instant.now().getEpochSecond() % Totp.STEP_SECONDS > Totp.STEP_SECONDS - 4) {
            Thread.sleep(500);  // three codes in a row must fall in one window of the clock
        }
        long step = Totp.step(Instant.now());
        List<String> recovery = secondFactors.confirm(id, Totp.code(secret, step - 1));
        assertThat(recovery).hasSize(10);

        HttpHeaders withCode = new HttpHeaders();
        withCode.setBasicAuth(id, temporary);
        withCode.set("X-Zhiban-Totp", Totp.code(secret, step));
        assertThat(rest.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(Map.of("currentPassword", temporary,
                "newPassword", "Qiu-Yue-2026"), withCode), String.class).getStatusCode().value()).isEqualTo(204);

        String next = Totp.code(secret, step + 1);
        assertThat(status(id, "Qiu-Yue-2026", next)).isEqualTo(200);
        assertThat(status(id, "Qiu-Yue-2026", next)).as("the same code again").isEqualTo(401);
        assertThat(status(id, "Qiu-Yue-2026", recovery.get(0))).as("a recovery code").isEqualTo(200);
        assertThat(status(id, "Qiu-Yue-2026", recovery.get(0))).as("each recovery code once").isEqualTo(401);
    }

    @Test
    void every_administrative_act_is_on_the_ledger_verifiable_and_a_rewritten_one_is_caught() throws Exception {
        String id = "log" + System.nanoTime() % 1_000_000;
        create(id, "officer");
        Api auditadmin = Api.as(rest, "auditadmin");
        List<Map<String, Object>> entries = Waiting.until(() -> auditadmin.list("/api/admin/operations?user=sysadmin"),
                list -> list.stream().anyMatch(e -> String.valueOf(e.get("detail")).contains(id)));
        assertThat(entries).extracting(e -> e.get("operation")).contains("user.create", "user.resetPassword");
        assertThat(Api.as(rest, "auditor").get("/api/admin/operations").getStatusCode().value())
                .as("a case auditor does not read it").isEqualTo(403);
        Map<String, Object> verification = Waiting.until(() -> auditadmin.get("/api/admin/operations/verification").getBody(),
                v -> ((List<?>) v.get("records")).stream().allMatch(r -> "VERIFIED".equals(((Map<?, ?>) r).get("status"))));
        assertThat((List<?>) verification.get("records")).isNotEmpty();
        String csv = rest.withBasicAuth("auditadmin", "demo123").getForObject("/api/admin/operations/export", String.class);
        assertThat(csv).contains("user.create").contains(id);

        String recordId = (String) entries.stream().filter(e -> String.valueOf(e.get("detail")).contains(id))
                .findFirst().orElseThrow().get("recordId");
        String original = jdbc.queryForObject("select entry from ledger_review_record where record_id = ?", String.class, recordId);
        org.zhiban.LedgerTampering.rewrite(jdbc, recordId, original.replace(id, "someone-else"));
        try {
            List<?> checks = (List<?>) auditadmin.get("/api/admin/operations/verification").getBody().get("records");
            assertThat(checks).filteredOn(r -> recordId.equals(((Map<?, ?>) r).get("recordId"))).singleElement()
                    .satisfies(r -> assertThat(((Map<?, ?>) r).get("status")).isEqualTo("FAILED"));
        } finally {
            org.zhiban.LedgerTampering.rewrite(jdbc, recordId, original);
        }
    }

    private String create(String id, String role) {
        var created = Api.as(rest, "sysadmin").post("/api/admin/users", Map.of("id", id, "familyName", "测", "givenName",
                "试", "department", "office", "roles", List.of(role)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("temporaryPassword");
    }

    private int status(String user, String password, String code) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        if (code != null) {
            headers.set("X-Zhiban-Totp", code);
        }
        return rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }
}
