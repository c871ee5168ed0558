package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/** 部门隔离 decided from the registry and the task register alone, without Spring. */
class CaseAccessTest {

    final CaseFiles files = mock(CaseFiles.class);
    final CaseTasks tasks = mock(CaseTasks.class);
    final CaseAccess access = new CaseAccess(files, tasks);

    static final CaseFile OFFICE_CASE = new CaseFile("GW-2026-000001", "document", "document_basic", "pi", "office",
            "zhangsan", "关于某事的通知", Instant.EPOCH, "running");

    static ZhibanUser user(String id, String department, Role... roles) {
        return new ZhibanUser(id, id, department, department, Set.of(roles));
    }

    static CaseTask task(String department, String assignee, String... groups) {
        return new CaseTask("t1", OFFICE_CASE.caseId(), "", "document", "pi", "document_basic", "review", "核稿",
                department, Set.of(groups), assignee, Instant.EPOCH, null, "open", null, null);
    }

    @Test
    void the_owning_departments_staff_and_auditors_read_the_case() {
        assertThat(access.canRead(user("lisi", "office", Role.REVIEWER), OFFICE_CASE)).isTrue();
        assertThat(access.canRead(user("auditor", null, Role.AUDITOR), OFFICE_CASE)).isTrue();
        assertThat(access.isOwner(user("auditor", null, Role.AUDITOR), OFFICE_CASE)).isFalse();
    }

    @Test
    void another_department_reads_it_only_once_it_took_part() {
        ZhibanUser legal = user("sunqi", "legal", Role.REVIEWER);
        assertThat(access.canRead(legal, OFFICE_CASE)).isFalse();
        when(tasks.departmentTookPart(OFFICE_CASE.caseId(), "legal")).thenReturn(true);
        assertThat(access.canRead(legal, OFFICE_CASE)).isTrue();
        assertThat(access.isOwner(legal, OFFICE_CASE)).isFalse();
    }

    @Test
    void administrators_and_designers_read_no_case() {
        for (Role role : Set.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITADMIN, Role.DESIGNER)) {
            assertThat(access.canRead(user("admin", "office", role), OFFICE_CASE)).as(role.name()).isFalse();
        }
    }

    @Test
    void a_task_is_workable_in_the_department_it_is_routed_to_by_its_group_or_its_assignee() {
        assertThat(access.canWorkOn(user("lisi", "office", Role.REVIEWER), task("office", null, "reviewer"))).isTrue();
        assertThat(access.canWorkOn(user("sunqi", "legal", Role.REVIEWER), task("office", null, "reviewer"))).isFalse();
        assertThat(access.canWorkOn(user("zhangsan", "office", Role.OFFICER), task("office", null, "reviewer"))).isFalse();
        assertThat(access.canWorkOn(user("lisi", "office", Role.REVIEWER), task("office", "other", "reviewer"))).isFalse();
        assertThat(access.couldClaim(user("lisi", "office", Role.REVIEWER), task("office", "other", "reviewer"))).isTrue();
        assertThat(access.canWorkOn(user("zhangsan", "office", Role.OFFICER), task("office", "zhangsan"))).isTrue();
    }

    @Test
    void an_unreadable_case_is_not_found_rather_than_forbidden() {
        when(files.find(OFFICE_CASE.caseId())).thenReturn(Optional.of(OFFICE_CASE));
        assertThatThrownBy(() -> access.readable(user("zhaoliu", "legal", Role.OFFICER), OFFICE_CASE.caseId()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }
}
