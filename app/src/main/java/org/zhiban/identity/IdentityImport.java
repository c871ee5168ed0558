package org.zhiban.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 账号导入: the production command that opens accounts from a CSV file (UTF-8, header line
 * {@code id,familyName,givenName,email,departmentId,departmentName,roles,initialPassword}; roles are role group
 * ids separated by {@code ;}). Every row is checked before anything is written, so a bad file changes nothing;
 * existing users are left as they are. {@code java -jar zhiban-exec.jar --zhiban.identity.import-file=users.csv
 * --zhiban.identity.import-and-exit=true}. Where an LDAP identity plugin is used, accounts come from LDAP instead.
 */
@Component
@Order(-1)
class IdentityImport implements ApplicationRunner {

    static final String HEADER = "id,familyName,givenName,email,departmentId,departmentName,roles,initialPassword";
    private static final int MIN_PASSWORD = 8;
    private static final Logger log = LoggerFactory.getLogger(IdentityImport.class);

    private final IdentityProvisioning provisioning;
    private final ApplicationContext context;
    private final String file;
    private final boolean exitAfter;

    IdentityImport(IdentityProvisioning provisioning, ApplicationContext context,
                   @Value("${zhiban.identity.import-file:}") String file,
                   @Value("${zhiban.identity.import-and-exit:false}") boolean exitAfter) {
        this.provisioning = provisioning;
        this.context = context;
        this.file = file;
        this.exitAfter = exitAfter;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (file.isBlank()) {
            return;
        }
        int created = importAccounts(parse(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)));
        log.info("账号导入完成 / accounts imported from {}: {} created", file, created);
        if (exitAfter) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    @Transactional
    public int importAccounts(List<IdentityProvisioning.Account> accounts) {
        provisioning.ensureRoleGroups();
        int created = 0;
        for (IdentityProvisioning.Account account : accounts) {
            created += provisioning.ensureAccount(account) ? 1 : 0;
        }
        return created;
    }

    /** All rows, or an {@link IllegalArgumentException} naming every bad line. */
    static List<IdentityProvisioning.Account> parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException("第一行应为 / the first line must be: " + HEADER);
        }
        List<IdentityProvisioning.Account> accounts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                IdentityProvisioning.Account account = row(lines.get(i).split(",", -1));
                if (!seen.add(account.id())) {
                    throw new IllegalArgumentException("重复的账号 / duplicate id " + account.id());
                }
                accounts.add(account);
            } catch (IllegalArgumentException e) {
                problems.add("第 " + (i + 1) + " 行 / line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("账号文件有误，未导入任何账号 / nothing imported:\n" + String.join("\n", problems));
        }
        return accounts;
    }

    private static IdentityProvisioning.Account row(String[] f) {
        if (f.length != 8) {
            throw new IllegalArgumentException("应有 8 列 / 8 columns expected, found " + f.length);
        }
        String id = f[0].strip();
        if (!IdentityProvisioning.ACCOUNT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("账号只能由小写字母、数字和 ._- 组成 / bad id '" + id + "'");
        }
        List<Role> roles = new ArrayList<>();
        for (String groupId : f[6].strip().split(";")) {
            roles.add(Role.ofGroupId(groupId.strip()).orElseThrow(
                    () -> new IllegalArgumentException("未知角色 / unknown role '" + groupId.strip() + "'")));
        }
        String department = f[4].strip();
        if (!department.isEmpty() && f[5].isBlank()) {
            throw new IllegalArgumentException("科室需要名称 / the department needs a name");
        }
        String password = f[7];
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("初始密码至少 " + MIN_PASSWORD + " 位 / initial password too short");
        }
        return new IdentityProvisioning.Account(id, f[1].strip(), f[2].strip(), f[3].strip(),
                department.isEmpty() ? null : department, f[5].strip(), roles, password);
    }
}
