package org.zhiban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhiban.ZhibanTest;

/** Opening production accounts from a CSV file: all or nothing, idempotent, and the accounts can log in. */
@ZhibanTest
class IdentityImportTest {

    @Autowired IdentityImport identityImport;
    @Autowired Directory directory;
    @Autowired TestRestTemplate rest;

    @Test
    void accounts_from_a_file_can_log_in_with_their_department_and_roles() {
        List<IdentityProvisioning.Account> accounts = IdentityImport.parse(List.of(IdentityImport.HEADER,
                "chenba,陈,八,chenba@example.gov.cn,finance,财务科,officer,Initial-pass-1",
                "zhoujiu,周,九,zhoujiu@example.gov.cn,finance,财务科,reviewer;leader,Initial-pass-2"));

        assertThat(identityImport.importAccounts(accounts)).isEqualTo(2);
        assertThat(identityImport.importAccounts(accounts)).as("a second run changes nothing").isZero();

        ZhibanUser reviewer = directory.find("zhoujiu").orElseThrow();
        assertThat(reviewer.departmentName()).isEqualTo("财务科");
        assertThat(reviewer.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.LEADER);
        assertThat(rest.withBasicAuth("chenba", "Initial-pass-1").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).as("an imported password must be changed first").isEqualTo(403);
        assertThat(new org.zhiban.Api(rest.withBasicAuth("chenba", "Initial-pass-1"), "chenba").post("/api/me/password",
                java.util.Map.of("currentPassword", "Initial-pass-1", "newPassword", "Dong-Xue-2026"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(rest.withBasicAuth("chenba", "Dong-Xue-2026").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void a_file_with_one_bad_row_names_it_and_imports_nothing() {
        assertThatThrownBy(() -> IdentityImport.parse(List.of(IdentityImport.HEADER,
                "wushi,吴,十,wushi@example.gov.cn,finance,财务科,officer,Initial-pass-3",
                "Bad User,王,二,x@example.gov.cn,,,officer,short",
                "zhengyi,郑,一,z@example.gov.cn,finance,财务科,boss,Initial-pass-4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第 3 行").hasMessageContaining("第 4 行").hasMessageContaining("boss");
        assertThat(directory.find("wushi")).isEmpty();
    }

    @Test
    void a_file_without_the_header_is_refused() {
        assertThatThrownBy(() -> IdentityImport.parse(List.of("chenba,陈,八")))
                .hasMessageContaining(IdentityImport.HEADER);
    }
}
