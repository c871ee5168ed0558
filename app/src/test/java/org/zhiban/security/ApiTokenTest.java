package org.zhiban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** API 令牌: issue, use, scope, expiry, revocation — and a service account never logs in with a password. */
@ZhibanTest
class ApiTokenTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_token_is_issued_once_used_limited_by_its_scope_and_dies_by_expiry_or_revocation() {
        Api sysadmin = Api.as(rest, "sysadmin");
        String account = "oa" + System.nanoTime() % 1_000_000;
        var created = sysadmin.post("/api/admin/service-accounts",
                Map.of("id", account, "name", "协同办公系统", "department", "office", "roles", List.of("officer", "reviewer")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);

        Map<String, Object> read = issue(sysadmin, account, List.of("read"));
        String readToken = (String) read.get("token");
        assertThat(readToken).startsWith("zbt_");
        assertThat(bearer(readToken, HttpMethod.GET, "/api/tasks", null).getStatusCode().value()).isEqualTo(200);
        assertThat(sysadmin.list("/api/admin/service-accounts/" + account + "/tokens"))
                .as("the listing never shows the secret").allSatisfy(t -> assertThat(t.toString()).doesNotContain(readToken));

        var completing = bearer(readToken, HttpMethod.POST, "/api/tasks/any/complete", Map.of("outcome", "approve"));
        assertThat(completing.getStatusCode().value()).isEqualTo(403);
        assertThat(completing.getBody()).contains("auth.token.scope");

        String actToken = (String) issue(sysadmin, account, List.of("read", "act")).get("token");
        assertThat(bearer(actToken, HttpMethod.POST, "/api/tasks/any/complete", Map.of("outcome", "approve"))
                .getStatusCode().value()).as("allowed to act; no such task").isEqualTo(404);

        jdbc.update("update api_token set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                read.get("id"));
        assertThat(bearer(readToken, HttpMethod.GET, "/api/tasks", null).getStatusCode().value()).as("expired").isEqualTo(401);

        String actId = actToken.substring(4, actToken.indexOf('_', 4));
        assertThat(rest.withBasicAuth("sysadmin", "demo123").exchange("/api/admin/service-accounts/" + account
                + "/tokens/" + actId, HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(bearer(actToken, HttpMethod.GET, "/api/tasks", null).getStatusCode().value()).as("revoked").isEqualTo(401);
        assertThat(bearer(actToken.substring(0, actToken.length() - 2) + "xx", HttpMethod.GET, "/api/tasks", null)
                .getStatusCode().value()).as("forged").isEqualTo(401);
        assertThat(sysadmin.list("/api/admin/service-accounts/" + account + "/tokens"))
                .filteredOn(t -> actId.equals(t.get("id"))).singleElement()
                .satisfies(t -> assertThat(t.get("revokedAt")).isNotNull());
    }

    @Test
    void a_service_account_holds_no_administrator_role_and_has_no_password_login() {
        Api sysadmin = Api.as(rest, "sysadmin");
        var refused = sysadmin.post("/api/admin/service-accounts",
                Map.of("id", "rogue-oa", "name", "越权系统", "roles", List.of("auditadmin")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("code", "serviceAccount.adminRole");
        assertThat(sysadmin.post("/api/admin/service-accounts/nobody/tokens",
                Map.of("scopes", List.of("read"), "expiresAt", Instant.now().plusSeconds(60).toString()))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(sysadmin.post("/api/admin/service-accounts/zhangsan/tokens",
                Map.of("scopes", List.of("read"), "expiresAt", Instant.now().plusSeconds(60).toString()))
                .getStatusCode().value()).as("a person gets no token").isEqualTo(404);
    }

    @Test
    void a_token_without_scopes_or_beyond_a_year_is_refused() {
        Api sysadmin = Api.as(rest, "sysadmin");
        String account = "oa" + System.nanoTime() % 1_000_000;
        sysadmin.post("/api/admin/service-accounts", Map.of("id", account, "name", "脚本", "roles", List.of("auditor")));
        assertThat(sysadmin.post("/api/admin/service-accounts/" + account + "/tokens",
                Map.of("scopes", List.of("admin"), "expiresAt", Instant.now().plusSeconds(60).toString()))
                .getBody()).containsEntry("code", "token.scopes");
        assertThat(sysadmin.post("/api/admin/service-accounts/" + account + "/tokens",
                Map.of("scopes", List.of("read"), "expiresAt", Instant.now().plusSeconds(400L * 86400).toString()))
                .getBody()).containsEntry("code", "token.expiresAt");
    }

    private static Map<String, Object> issue(Api sysadmin, String account, List<String> scopes) {
        var issued = sysadmin.post("/api/admin/service-accounts/" + account + "/tokens",
                Map.of("scopes", scopes, "expiresAt", Instant.now().plusSeconds(3600).toString()));
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        assertThat(issued.getBody()).containsOnlyKeys("id", "token");
        return issued.getBody();
    }

    private ResponseEntity<String> bearer(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
