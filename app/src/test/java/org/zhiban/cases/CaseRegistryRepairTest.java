package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** A database from before the task register: its open tasks come back into the inboxes at start. */
@ZhibanTest
class CaseRegistryRepairTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired CaseRegistryRepair repair;

    @Test
    void an_open_task_missing_from_the_register_is_registered_again() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于升级前遗留待办的通知", "各科室：正文。");
        String taskId = (String) officer.openTask(caseId).get("id");
        jdbc.sql("delete from case_task where task_id = :id").param("id", taskId).update();
        assertThat(officer.openTask(caseId)).as("gone from the inbox without its register row").isNull();

        repair.repair();

        assertThat(officer.openTask(caseId)).containsEntry("id", taskId).containsEntry("department", "office");
    }
}
