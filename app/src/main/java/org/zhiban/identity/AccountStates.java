package org.zhiban.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 账号状态: what Camunda's identity tables do not hold — the kind of account, whether it is disabled, and its
 * password's age and duty to change. An account created outside the app (no row) counts as a person's whose
 * password age is unknown and is not forced to change.
 */
@Service
public class AccountStates {

    /** 账号类别 */
    public enum Kind {
        /** 人员账号 */ PERSON,
        /** 演示账号: exempt from the password policy, in the default profile only */ DEMO,
        /** 服务账号 (OA systems, scripts): API tokens only, never a password login */ SERVICE
    }

    public record AccountState(String userId, Kind kind, boolean disabled, boolean mustChangePassword,
                               Instant passwordChangedAt) {

        /** Whether the password must be changed before anything else: on demand, or older than the policy allows. */
        public boolean passwordChangeDue(SecurityPolicy policy, Instant now) {
            if (kind == Kind.DEMO) {
                return false;
            }
            return mustChangePassword || passwordChangedAt != null
                    && passwordChangedAt.plus(Duration.ofDays(policy.passwordMaxAgeDays())).isBefore(now);
        }
    }

    private static final org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder HISTORY_HASH =
            new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountStates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AccountState of(String userId) {
        return find(userId).orElse(new AccountState(userId, Kind.PERSON, false, false, null));
    }

    public Optional<AccountState> find(String userId) {
        return jdbc.query("select user_id, kind, disabled, must_change_password, password_changed_at "
                + "from account_state where user_id = ?", (rs, i) -> new AccountState(rs.getString(1),
                Kind.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), userId).stream().findFirst();
    }

    /** The accounts of one kind, by id. */
    public java.util.List<String> ofKind(Kind kind) {
        return jdbc.queryForList("select user_id from account_state where kind = ? order by user_id", String.class,
                kind.name());
    }

    /** Records a new account; its first password must be changed unless it is a demo or service account. */
    public void created(String userId, Kind kind, boolean mustChangePassword, String createdBy) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("delete from account_state where user_id = ?", userId);
        jdbc.update("insert into account_state (user_id, kind, disabled, must_change_password, password_changed_at, "
                + "created_at, created_by) values (?, ?, false, ?, ?, ?, ?)", userId, kind.name(), mustChangePassword,
                now, now, createdBy);
    }

    public void passwordChanged(String userId, boolean mustChangeNext) {
        ensureRow(userId);
        jdbc.update("update account_state set must_change_password = ?, password_changed_at = ? where user_id = ?",
                mustChangeNext, Timestamp.from(clock.instant()), userId);
    }

    public void setDisabled(String userId, boolean disabled) {
        ensureRow(userId);
        jdbc.update("update account_state set disabled = ? where user_id = ?", disabled, userId);
    }

    /** Keeps the password's bcrypt hash, so a later change cannot bring it back. */
    public void rememberPassword(String userId, String password) {
        jdbc.update("insert into password_history (user_id, hash, changed_at) values (?, ?, ?)", userId,
                HISTORY_HASH.encode(password), Timestamp.from(clock.instant()));
    }

    /** Whether the password is one of the account's last {@code history} passwords. */
    public boolean usedRecently(String userId, String password, int history) {
        return jdbc.queryForList("select hash from password_history where user_id = ? order by changed_at desc "
                + "fetch first " + history + " rows only", String.class, userId).stream()
                .anyMatch(hash -> HISTORY_HASH.matches(password, hash));
    }

    private void ensureRow(String userId) {
        if (find(userId).isEmpty()) {
            created(userId, Kind.PERSON, false, null);
        }
    }
}
