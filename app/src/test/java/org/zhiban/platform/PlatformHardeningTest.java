package org.zhiban.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** The engine and login settings that are security decisions, checked on the running app. */
@ZhibanTest
class PlatformHardeningTest {

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void the_engine_runs_with_authorization_bounded_queries_and_no_expressions_or_java_serialization() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isAuthorizationEnabled()).isTrue();
        assertThat(config.getQueryMaxResultsLimit()).isEqualTo(EngineHardening.QUERY_MAX_RESULTS);
        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.getHistory()).isEqualTo("full");
        assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void neither_the_engine_rest_api_nor_the_camunda_webapps_are_shipped() {
        assertThatThrownBy(() -> Class.forName("org.camunda.bpm.engine.rest.impl.CamundaRestResources"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.camunda.bpm.webapp.impl.engine.EngineRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
        String body = rest.withBasicAuth("sysadmin", "demo123").getForObject("/engine-rest/engine", String.class);
        assertThat(body == null ? "" : body).doesNotContain("\"name\"");
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String stored = jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = 'zhangsan'").query(String.class).single();
        assertThat(stored).startsWith("{BCRYPT}$2");
    }

    @Test
    void repeated_failed_logins_lock_the_account_for_a_while() {
        String userId = "throttle" + System.nanoTime() % 100000;
        User user = identityService.newUser(userId);
        user.setPassword("right-password");
        identityService.saveUser(user);
        identityService.createMembership(userId, "auditor");
        assertThat(status(userId, "right-password")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(status(userId, "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status(userId, "right-password")).as("locked after 5 failures").isEqualTo(401);
    }

    private int status(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/api/ledger/audit", String.class)
                .getStatusCode().value();
    }

    @Test
    void process_variables_are_ids_and_small_primitives_never_serialized_objects() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于变量类型检查的通知", "各科室：正文。");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null,
                java.util.Map.of("documentNumber", "某办发〔2026〕3号"));
        String processInstanceId = (String) officer.get("/api/cases/" + caseId).getBody().get("processInstanceId");
        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list();
        assertThat(variables).isNotEmpty();
        assertThat(variables).extracting(HistoricVariableInstance::getTypeName)
                .allMatch(Set.of("string", "boolean", "integer", "long", "double", "null")::contains);
    }
}
