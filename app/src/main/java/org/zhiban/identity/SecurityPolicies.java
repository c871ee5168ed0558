package org.zhiban.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.zhiban.shared.AdminOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.shared.Refusal;

/**
 * 安全策略管理: the policy in force, and its change by the 安全管理员 — each changed value a record in the
 * administrative log. Read on every login and password change; cached, because it changes a few times a year.
 */
@Service
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityPolicies {

    private final SecurityProperties properties;
    private final JdbcTemplate jdbc;
    private final AdminOperations adminLog;
    private final Clock clock;
    private volatile SecurityPolicy current;

    public SecurityPolicies(SecurityProperties properties, JdbcTemplate jdbc, AdminOperations adminLog, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.adminLog = adminLog;
        this.clock = clock;
    }

    public SecurityPolicy current() {
        SecurityPolicy policy = current;
        if (policy == null) {
            policy = load();
            current = policy;
        }
        return policy;
    }

    public SecurityProperties properties() {
        return properties;
    }

    @Transactional
    public SecurityPolicy change(ZhibanUser admin, SecurityPolicy wanted) {
        Administrators.require(admin, Role.SECADMIN);
        wanted.validated();
        Map<String, String> before = asSettings(current());
        Map<String, String> after = asSettings(wanted);
        after.forEach((name, value) -> {
            if (!value.equals(before.get(name))) {
                jdbc.update("delete from security_setting where name = ?", name);
                jdbc.update("insert into security_setting (name, val, changed_by, changed_at) values (?, ?, ?, ?)",
                        name, value, admin.id(), java.sql.Timestamp.from(clock.instant()));
                adminLog.record(admin.id(), Role.SECADMIN.groupId(), "security.policy", name,
                        "安全策略 " + name + "：" + before.get(name) + " → " + value);
            }
        });
        current = null;
        return current();
    }

    private SecurityPolicy load() {
        Map<String, String> settings = asSettings(SecurityPolicy.defaults(properties));
        jdbc.query("select name, val from security_setting", rs -> {
            settings.put(rs.getString(1), rs.getString(2));
        });
        return new SecurityPolicy(number(settings, "passwordMinLength"), number(settings, "passwordCharacterClasses"),
                number(settings, "passwordHistory"), number(settings, "passwordMaxAgeDays"),
                number(settings, "lockoutMaxAttempts"), number(settings, "lockoutMinutes"),
                number(settings, "sessionTimeoutMinutes"), Boolean.parseBoolean(settings.get("secondFactorForEveryone")));
    }

    private static int number(Map<String, String> settings, String name) {
        return Integer.parseInt(settings.get(name));
    }

    private static Map<String, String> asSettings(SecurityPolicy p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("passwordMinLength", Integer.toString(p.passwordMinLength()));
        s.put("passwordCharacterClasses", Integer.toString(p.passwordCharacterClasses()));
        s.put("passwordHistory", Integer.toString(p.passwordHistory()));
        s.put("passwordMaxAgeDays", Integer.toString(p.passwordMaxAgeDays()));
        s.put("lockoutMaxAttempts", Integer.toString(p.lockoutMaxAttempts()));
        s.put("lockoutMinutes", Integer.toString(p.lockoutMinutes()));
        s.put("sessionTimeoutMinutes", Integer.toString(p.sessionTimeoutMinutes()));
        s.put("secondFactorForEveryone", Boolean.toString(p.secondFactorForEveryone()));
        return s;
    }
}
